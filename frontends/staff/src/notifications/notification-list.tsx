import { Badge, Link, Table, formatDateTime, useLang, useT, type BadgeTone, type TableColumn } from '@motcua/ui';
import { useMemo } from 'react';
import { DossierCodeText } from '../documents/dossier-code-text';
import { staffPaths } from '../staff.routes';
import styles from './notifications.module.css';
import { notificationMessages } from './notifications.messages';
import type { OutboxNotification } from './notification-outbox.query';

const TEMPLATES = ['dossier.submitted', 'dossier.received', 'dossier.supplement-requested', 'dossier.fee-due', 'dossier.refused', 'dossier.result-ready', 'dossier.returned'] as const;
const STATUSES = ['QUEUED', 'SENT', 'DELIVERED', 'FAILED'] as const;
const STATUS_TONES: Record<(typeof STATUSES)[number], BadgeTone> = { QUEUED: 'neutral', SENT: 'info', DELIVERED: 'success', FAILED: 'danger' };

const isTemplate = (value: string): value is (typeof TEMPLATES)[number] => (TEMPLATES as readonly string[]).includes(value);
const isStatus = (value: string): value is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(value);

/** The outbox as a table; `showDossier` adds a column linking each message to its dossier. */
export function NotificationList({ notifications, showDossier }: { notifications: readonly OutboxNotification[]; showDossier: boolean }) {
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
            {n.sentAt && n.sentAt !== n.createdAt && <span className={styles.muted}>{t('outbox.sentAt', { time: formatDateTime(n.sentAt, lang) })}</span>}
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
      {
        key: 'status',
        header: t('column.status'),
        render: (n) => (isStatus(n.status) ? <Badge tone={STATUS_TONES[n.status]}>{t(`status.${n.status}`)}</Badge> : n.status),
      },
    ],
    [t, lang, showDossier],
  );
  return <Table caption={t('outbox.caption')} hideCaption columns={columns} rows={notifications} rowKey={(n) => n.id} pageSize={200} />;
}
