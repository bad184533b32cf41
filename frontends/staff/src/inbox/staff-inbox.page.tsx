import {
  Button,
  Card,
  DossierStatusBadge,
  EmptyState,
  ErrorAlert,
  PageHeader,
  ProgressBar,
  SignedInUser,
  Spinner,
  Table,
  formatDateTime,
  formatNumber,
  useLang,
  useSession,
  useT,
  type TableColumn,
} from '@motcua/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { staffMessages } from '../staff.messages';
import styles from './staff-inbox.module.css';
import { STAFF_INBOX, type InboxDossier } from './staff-inbox.query';

export function StaffInboxPage() {
  const t = useT(staffMessages);
  const lang = useLang();
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: STAFF_INBOX });
  const inbox = data?.staffInbox;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const columns = useMemo<TableColumn<InboxDossier>[]>(
    () => [
      { key: 'code', header: t('column.code'), render: (d) => <span className={styles.code}>{d.code}</span> },
      { key: 'procedure', header: t('column.procedure'), render: (d) => d.procedure?.name ?? '—' },
      { key: 'applicant', header: t('column.applicant'), render: (d) => d.applicant?.fullName ?? '—' },
      { key: 'status', header: t('column.status'), render: (d) => <DossierStatusBadge status={d.status} /> },
      { key: 'receivedAt', header: t('column.receivedAt'), render: (d) => (d.receivedAt ? formatDateTime(d.receivedAt, lang) : '—') },
    ],
    [t, lang],
  );

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('staff.title')}
        description={t('staff.description')}
        actions={
          <Button variant="secondary" onClick={refresh} busy={fetching && !!inbox}>
            {t('inbox.refresh')}
          </Button>
        }
      />
      {session && (
        <div className={styles.user}>
          <SignedInUser user={session.user} showUnit />
        </div>
      )}
      <Card title={t('inbox.heading')} aria-busy={fetching}>
        {fetching && inbox && <ProgressBar label={t('loading')} />}
        {error && <ErrorAlert error={error} onRetry={refresh} />}
        {!inbox && fetching && <Spinner label={t('loading')} />}
        {inbox && inbox.nodes.length === 0 && <EmptyState title={t('inbox.empty')} description={t('inbox.emptyDescription')} />}
        {inbox && inbox.nodes.length > 0 && (
          <>
            <p className={styles.total}>{t('inbox.total', { count: formatNumber(inbox.totalCount, lang) })}</p>
            <Table caption={t('inbox.caption')} hideCaption columns={columns} rows={inbox.nodes} rowKey={(d) => d.code} />
            {inbox.nodes.length < inbox.totalCount && (
              <p className={styles.partial}>
                {t('inbox.partial', { shown: formatNumber(inbox.nodes.length, lang), total: formatNumber(inbox.totalCount, lang) })}
              </p>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
