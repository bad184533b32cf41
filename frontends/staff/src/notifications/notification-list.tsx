import { Badge, Button, ErrorAlert, Link, Table, formatDateTime, formatNumber, useLang, useT, type BadgeTone, type TableColumn } from '@motcua/ui';
import { useMemo } from 'react';
import { useMutation } from 'urql';
import { DossierCodeText } from '../documents/dossier-code-text';
import { staffPaths } from '../staff.routes';
import styles from './notifications.module.css';
import { notificationMessages } from './notifications.messages';
import { RESEND_NOTIFICATION, type NotificationStatus, type OutboxNotification } from './notification-outbox.query';

const TEMPLATES = ['dossier.submitted', 'dossier.received', 'dossier.supplement-requested', 'dossier.fee-due', 'dossier.refused', 'dossier.result-ready', 'dossier.returned'] as const;
const STATUS_TONES: Record<NotificationStatus, BadgeTone> = { QUEUED: 'neutral', SENT: 'info', DELIVERED: 'success', FAILED: 'danger' };

const isTemplate = (value: string): value is (typeof TEMPLATES)[number] => (TEMPLATES as readonly string[]).includes(value);

/** Status, attempts, the provider's reason and, once the message is out of the queue, a way to send it again. */
function Delivery({ n, onResent }: { n: OutboxNotification; onResent: () => void }) {
  const t = useT(notificationMessages);
  const lang = useLang();
  const [{ fetching, error }, resend] = useMutation(RESEND_NOTIFICATION);
  const waitingForRetry = n.status === 'QUEUED' && n.attempts > 0;
  return (
    <span className={styles.delivery}>
      <Badge tone={STATUS_TONES[n.status]}>{t(`status.${n.status}`)}</Badge>
      <span className={styles.muted}>{t('outbox.attempts', { count: formatNumber(n.attempts, lang) })}</span>
      {n.failureReason && (
        <span className={styles.reason}>
          {t('outbox.reason')}: {n.failureReason}
        </span>
      )}
      {waitingForRetry && <span className={styles.muted}>{t('outbox.nextAttempt', { time: formatDateTime(n.nextAttemptAt, lang) })}</span>}
      {n.status !== 'QUEUED' && (
        <Button size="small" variant="secondary" busy={fetching} onClick={() => void resend({ id: n.id }).then((r) => !r.error && onResent())}>
          {t('outbox.resend')}
        </Button>
      )}
      {error && <ErrorAlert error={error} />}
    </span>
  );
}

/** The outbox as a table; `showDossier` adds a column linking each message to its dossier. */
export function NotificationList({ notifications, showDossier, onResent }: { notifications: readonly OutboxNotification[]; showDossier: boolean; onResent: () => void }) {
  const t = useT(notificationMessages);
  const lang = useLang();
  const columns = useMemo<TableColumn<OutboxNotification>[]>(
    () => [
      {
        key: 'time',
        header: t('column.time'),
        render: (n) => (
          <span className={styles.time}>
            {formatDateTime(n.createdAt, lang)}
            {n.sentAt && <span className={styles.muted}>{t('outbox.sentAt', { time: formatDateTime(n.sentAt, lang) })}</span>}
            {n.deliveredAt && <span className={styles.muted}>{t('outbox.deliveredAt', { time: formatDateTime(n.deliveredAt, lang) })}</span>}
            {n.failedAt && <span className={styles.muted}>{t('outbox.failedAt', { time: formatDateTime(n.failedAt, lang) })}</span>}
          </span>
        ),
      },
      ...(showDossier
        ? [
            {
              key: 'dossier',
              header: t('column.dossier'),
              render: (n: OutboxNotification) => (
                <Link className={styles.code} href={staffPaths.dossier(n.dossierCode)}>
                  <DossierCodeText code={n.dossierCode} />
                </Link>
              ),
            },
          ]
        : []),
      {
        key: 'recipient',
        header: t('column.recipient'),
        render: (n) => (
          <span className={styles.recipient}>
            <Badge tone="info">{t(`notificationChannel.${n.channel}`)}</Badge>
            <span>{n.recipient}</span>
            {n.fallbackOf && <span className={styles.muted}>{t('outbox.fallbackOf')}</span>}
            {n.resendOf && <span className={styles.muted}>{t('outbox.resendOf')}</span>}
          </span>
        ),
      },
      {
        key: 'message',
        header: t('column.message'),
        render: (n) => (
          <span className={styles.message}>
            <strong>{isTemplate(n.template) ? t(`template.${n.template}`) : n.template}</strong>
            <span>{n.body}</span>
          </span>
        ),
      },
      { key: 'status', header: t('column.delivery'), render: (n) => <Delivery n={n} onResent={onResent} /> },
    ],
    [t, lang, showDossier, onResent],
  );
  return <Table caption={t('outbox.caption')} hideCaption columns={columns} rows={notifications} rowKey={(n) => n.id} pageSize={200} />;
}
