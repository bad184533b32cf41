import { Alert, Badge, Button, Card, DossierStatusBadge, EmptyState, ErrorAlert, Link, PageHeader, ProgressBar, Spinner, hasAnyRole, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { NotificationOutbox } from '../notifications/notification-outbox';
import { CashPaymentButton } from '../payments/cash-payment-button';
import { staffPaths } from '../staff.routes';
import { DossierActions } from './actions/dossier-actions';
import { ApplicantCard, DocumentsCard, DossierOverview, HistoryCard, PrintCard, SupplementItemsCard } from './dossier-sections';
import styles from './dossier.module.css';
import { dossierMessages } from './dossier.messages';
import { STAFF_DOSSIER } from './dossier.query';

/** /staff/ho-so/:code — one dossier: its state, applicant, documents, history, and what the officer can do now. */
export function DossierPage({ code }: { code: string }) {
  const t = useT(dossierMessages);
  const lang = useLang();
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: STAFF_DOSSIER, variables: { code } });
  const [notice, setNotice] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const dossier = data?.dossier;

  // A new dossier (another scan) starts without the previous one's notice.
  // After an action the dialog's button may be gone: focus goes to the notice, which says what happened.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (!data && fetching) return <Spinner label={t('loading')} />;
  if (!data && error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!dossier) {
    return (
      <>
        <PageHeader title={t('dossier.notFound')} />
        <Card>
          <EmptyState title={t('dossier.notFound')} description={t('dossier.notFoundDescription', { code })} action={<Link href={staffPaths.inbox}>{t('dossier.back')}</Link>} />
        </Card>
      </>
    );
  }

  const procedureName = lang === 'en' ? dossier.procedure.nameEn : dossier.procedure.name;
  const mayActHere = !!dossier.applicant;
  return (
    <div className={styles.page} aria-busy={fetching}>
      <Link className={styles.back} href={staffPaths.inbox}>
        {t('dossier.back')}
      </Link>
      <PageHeader
        title={t('dossier.title', { code: dossier.code })}
        description={procedureName}
        actions={
          <Button variant="secondary" onClick={reload} busy={fetching}>
            {t('dossier.refresh')}
          </Button>
        }
      />
      <div className={styles.statusLine} data-testid="dossier-status">
        <DossierStatusBadge status={dossier.status} />
        {dossier.overdue && <Badge tone="danger">{t('dossier.overdue')}</Badge>}
        <Badge>{t(`channel.${dossier.channel}`)}</Badge>
        <Badge>{t(`deliveryMethod.${dossier.deliveryMethod}`)}</Badge>
      </div>
      {fetching && <ProgressBar label={t('loading')} />}
      {error && <ErrorAlert error={error} onRetry={reload} />}
      <div ref={noticeRef} tabIndex={-1} className={styles.notice}>
        {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      </div>
      {!mayActHere && (
        <Alert tone="warning" title={t('dossier.hidden')}>
          <p>{t('dossier.hiddenDescription')}</p>
        </Alert>
      )}
      <div className={styles.columns}>
        {/* First in the reading order: the actions are what the officer opened the dossier for. */}
        <aside className={styles.aside} aria-label={t('actions.asideLabel')}>
          {mayActHere && <CashPaymentButton code={dossier.code} feeStatus={dossier.feeStatus} />}
          <DossierActions
            dossier={dossier}
            onDone={(text) => setNotice({ tone: 'success', text })}
            onReload={() => {
              reload();
              setNotice({ tone: 'info', text: t('dossier.reloaded') });
            }}
          />
          {mayActHere && <PrintCard dossier={dossier} />}
        </aside>
        <div className={styles.main}>
          <DossierOverview dossier={dossier} />
          <SupplementItemsCard dossier={dossier} />
          <ApplicantCard dossier={dossier} />
          {mayActHere && <DocumentsCard dossier={dossier} />}
          {mayActHere && <HistoryCard dossier={dossier} />}
          {mayActHere && hasAnyRole(session, ['INTAKE', 'ADMIN']) && (
            <Card title={t('outbox.heading')}>
              <NotificationOutbox dossierCode={dossier.code} />
              <p>
                <Link href={staffPaths.outbox(dossier.code)}>{t('outbox.all')}</Link>
              </p>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
