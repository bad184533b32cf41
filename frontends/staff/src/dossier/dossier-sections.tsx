import { Badge, Card, DetailList, DossierStatusBadge, Table, formatDateTime, formatFileSize, formatVnd, isDossierStatus, isRole, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo } from 'react';
import { PrintButton, documentPath, type PrintableKind } from '../documents/print-document-button';
import { documentsMessages } from '../documents/documents.messages';
import { ViewFileButton } from '../documents/view-file-button';
import styles from './dossier.module.css';
import { dossierMessages } from './dossier.messages';
import type { DossierDocumentView, StaffDossier } from './dossier.query';

type Props = { dossier: StaffDossier };

const TIMELINESS = ['EARLY', 'ON_TIME', 'LATE'] as const;

export function DossierOverview({ dossier }: Props) {
  const t = useT(dossierMessages);
  const lang = useLang();
  const date = (value: string | null) => (value ? formatDateTime(value, lang) : null);
  const name = (unit: { name: string; nameEn: string }) => (lang === 'en' ? unit.nameEn : unit.name);
  const timeliness = TIMELINESS.find((value) => value === dossier.timeliness);
  return (
    <Card title={t('overview.heading')}>
      <DetailList
        items={[
          { term: t('overview.procedure'), detail: `${lang === 'en' ? dossier.procedure.nameEn : dossier.procedure.name} (${dossier.procedure.code})` },
          { term: t('overview.channel'), detail: t(`channel.${dossier.channel}`) },
          { term: t('overview.assistedBy'), detail: dossier.assistedBy },
          { term: t('overview.unit'), detail: name(dossier.unit) },
          { term: t('overview.currentUnit'), detail: dossier.currentUnit.code !== dossier.unit.code ? name(dossier.currentUnit) : null },
          { term: t('overview.handler'), detail: dossier.handlerName },
          { term: t('overview.submittedAt'), detail: date(dossier.submittedAt) },
          { term: t('overview.receivedAt'), detail: date(dossier.receivedAt) },
          { term: t('overview.processingDays'), detail: t('overview.days', { days: dossier.processingDays }) },
          {
            term: t('overview.dueAt'),
            detail: dossier.dueAt && (
              <span className={styles.inline}>
                {date(dossier.dueAt)}
                {dossier.overdue && <Badge tone="danger">{t('dossier.overdue')}</Badge>}
              </span>
            ),
          },
          { term: t('overview.promisedAt'), detail: date(dossier.promisedAt) },
          { term: t('overview.settledAt'), detail: date(dossier.settledAt) },
          {
            term: t('overview.timeliness'),
            detail: timeliness && <Badge tone={timeliness === 'LATE' ? 'danger' : 'success'}>{t(`timeliness.${timeliness}`)}</Badge>,
          },
          { term: t('overview.returnedAt'), detail: date(dossier.returnedAt) },
          { term: t('overview.fee'), detail: t(`feeStatus.${dossier.feeStatus}`) },
          {
            term: t('overview.payments'),
            detail:
              dossier.payments.length > 0 ? (
                <ul className={styles.plainList}>
                  {dossier.payments.map((payment) => (
                    <li key={payment.id}>
                      {t('overview.payment', { amount: formatVnd(payment.amount, lang), method: t(`paymentMethod.${payment.method}`), status: payment.status })}
                      {payment.receiptNumber && `, ${t('overview.receiptNumber', { number: payment.receiptNumber })}`}
                    </li>
                  ))}
                </ul>
              ) : null,
          },
          { term: t('overview.delivery'), detail: t(`deliveryMethod.${dossier.deliveryMethod}`) },
          { term: t('overview.deliveryStatus'), detail: t(`deliveryStatus.${dossier.deliveryStatus}`) },
          { term: t('overview.tracking'), detail: dossier.postalTrackingNumber && <span className={styles.mono}>{dossier.postalTrackingNumber}</span> },
          { term: t('overview.nationalStatus'), detail: dossier.nationalStatus },
          {
            term: t('overview.nationalSync'),
            detail: dossier.nationalSync && (
              <>
                <Badge tone={dossier.nationalSync.state === 'FAILED' ? 'danger' : dossier.nationalSync.state === 'SYNCED' ? 'success' : 'neutral'}>
                  {t(`nationalSync.${dossier.nationalSync.state}`)}
                </Badge>{' '}
                {dossier.nationalSync.lastSyncedAt && t('overview.nationalSyncedAt', { at: date(dossier.nationalSync.lastSyncedAt) ?? '' })}
                {dossier.nationalSync.lastError && ` — ${dossier.nationalSync.lastError}`}
              </>
            ),
          },
          {
            term: t('overview.result'),
            detail:
              dossier.result && (dossier.result.signed ? t('overview.resultSigned', { name: dossier.result.signerName ?? '', at: date(dossier.result.signedAt) ?? '' }) : t('overview.resultUnsigned')),
          },
          {
            term: t('overview.rating'),
            detail: dossier.rating ? `${t('overview.ratingValue', { rating: dossier.rating })}${dossier.ratingComment ? ` — “${dossier.ratingComment}”` : ''}` : null,
          },
        ]}
      />
    </Card>
  );
}

export function ApplicantCard({ dossier }: Props) {
  const t = useT(dossierMessages);
  const applicant = dossier.applicant;
  if (!applicant) return null;
  return (
    <Card title={t('applicant.heading')}>
      <DetailList
        items={[
          { term: t('applicant.fullName'), detail: <strong>{applicant.fullName}</strong> },
          { term: t('applicant.idNumber'), detail: <span className={styles.mono}>{applicant.idNumber}</span> },
          { term: t('applicant.phone'), detail: <a href={`tel:${applicant.phone}`}>{applicant.phone}</a> },
          { term: t('applicant.address'), detail: applicant.address },
          { term: t('applicant.email'), detail: applicant.email },
        ]}
      />
    </Card>
  );
}

export function SupplementItemsCard({ dossier }: Props) {
  const t = useT(dossierMessages);
  if (dossier.supplementItems.length === 0) return null;
  return (
    <Card title={t('supplement.heading')}>
      <ul>
        {dossier.supplementItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Card>
  );
}

export function DocumentsCard({ dossier }: Props) {
  const t = useT(dossierMessages);
  const lang = useLang();
  const columns = useMemo<TableColumn<DossierDocumentView>[]>(
    () => [
      { key: 'name', header: t('documents.name'), render: (d) => d.name },
      {
        key: 'role',
        header: t('documents.role'),
        render: (d) => <Badge tone={d.role === 'RESULT' ? 'success' : d.role === 'SUPPLEMENT' ? 'warning' : 'neutral'}>{t(`documentRole.${d.role}`)}</Badge>,
      },
      {
        key: 'file',
        header: t('documents.file'),
        render: (d) => (
          <span className={styles.fileCell}>
            <span className={styles.fileName}>{d.file.originalName}</span>
            <span className={styles.muted}>
              {formatFileSize(d.file.size, lang)}
              {d.file.digitised && ` · ${t('documents.digitised')}`}
            </span>
            <ViewFileButton fileId={d.file.id} name={d.file.originalName} />
          </span>
        ),
      },
      { key: 'addedAt', header: t('documents.addedAt'), render: (d) => formatDateTime(d.addedAt, lang) },
    ],
    [t, lang],
  );
  return (
    <Card title={t('documents.heading')}>
      {dossier.documents.length === 0 && dossier.formDeclarations.length === 0 ? (
        <p className={styles.muted}>{t('documents.empty')}</p>
      ) : (
        dossier.documents.length > 0 && <Table caption={t('documents.caption')} hideCaption columns={columns} rows={dossier.documents} rowKey={(d) => d.id} pageSize={100} />
      )}
      {dossier.formDeclarations.map((declaration) => (
        <p key={declaration.requirementId} className={styles.fileCell}>
          <span className={styles.fileName}>{declaration.name}</span>
          <span className={styles.muted}>{t('documents.fromForm')}</span>
          <PrintButton path={declaration.path} label={t('documents.viewDeclaration')} />
        </p>
      ))}
    </Card>
  );
}

/** The audit trail's actions that have a label; others (from a newer service) show as they come. */
const LABELLED_ACTIONS = [
  'SUBMIT',
  'RECEIVE',
  'RECEIVE_AT_COUNTER',
  'REQUEST_SUPPLEMENT',
  'SUPPLEMENT',
  'REFUSE',
  'REQUIRE_FEE',
  'FEE_PAID',
  'START_PROCESSING',
  'TRANSFER',
  'RECORD_STEP',
  'APPROVE',
  'REJECT',
  'RETURN_RESULT',
  'WITHDRAW',
  'STOP',
  'CALL_FOR_PICKUP',
  'APOLOGISE',
  'ASSIGN',
  'RATE',
  'SUCCESSION',
] as const;
const isLabelledAction = (value: string): value is (typeof LABELLED_ACTIONS)[number] => (LABELLED_ACTIONS as readonly string[]).includes(value);

function StatusBadge({ status }: { status: string }) {
  return isDossierStatus(status) ? <DossierStatusBadge status={status} /> : <Badge>{status}</Badge>;
}

export function HistoryCard({ dossier }: Props) {
  const t = useT(dossierMessages);
  const lang = useLang();
  // Newest first: the officer wants to know what happened last.
  const events = [...dossier.history].reverse();
  const actionLabel = (action: string) => (isLabelledAction(action) ? t(`action.${action}`) : action);
  return (
    <Card title={t('history.heading')}>
      {events.length === 0 ? (
        <p className={styles.muted}>{t('history.empty')}</p>
      ) : (
        <ol className={styles.timeline}>
          {events.map((event) => (
            <li key={event.id} className={styles.event}>
              <div className={styles.eventHead}>
                <strong>{actionLabel(event.action)}</strong>
                <time dateTime={event.at} className={styles.muted}>
                  {formatDateTime(event.at, lang)}
                </time>
              </div>
              <div className={styles.muted}>
                {t('history.by', { name: event.actorName })}
                {event.actorRole && ` (${isRole(event.actorRole) ? t(`role.${event.actorRole}`) : event.actorRole})`}
              </div>
              {event.fromStatus !== event.toStatus && (
                <div className={styles.inline}>
                  {event.fromStatus && <StatusBadge status={event.fromStatus} />}
                  {event.fromStatus && <span aria-hidden="true">→</span>}
                  <StatusBadge status={event.toStatus} />
                </div>
              )}
              {event.reason && (
                <blockquote className={styles.reason}>
                  <span className={styles.visuallyHidden}>{t('history.reason')}: </span>
                  {event.reason}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** Which of the Circular 03/2025 forms apply to the dossier now. */
function printableKinds(dossier: StaffDossier): PrintableKind[] {
  const kinds: PrintableKind[] = [];
  if (dossier.receivedAt) kinds.push('receipt', 'control-slip');
  if (dossier.history.some((event) => event.action === 'REQUEST_SUPPLEMENT')) kinds.push('supplement-request');
  if (dossier.status === 'REFUSED') kinds.push('refusal');
  if (dossier.promisedAt) kinds.push('apology');
  if (dossier.status === 'STOPPED') kinds.push('stop-notice');
  return kinds;
}

export function PrintCard({ dossier }: Props) {
  const t = useT(dossierMessages);
  const td = useT(documentsMessages);
  const kinds = printableKinds(dossier);
  return (
    <Card title={t('print.heading')}>
      {kinds.length === 0 ? (
        <p className={styles.muted}>{t('print.none')}</p>
      ) : (
        <div className={styles.stack}>
          <p className={styles.muted}>{t('print.intro')}</p>
          {kinds.map((kind) => (
            <PrintButton key={kind} path={documentPath(dossier.code, kind)} label={td(`print.${kind}`)} />
          ))}
        </div>
      )}
    </Card>
  );
}
