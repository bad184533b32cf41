import {
  Button,
  Card,
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
import { officialsMessages } from '../officials.messages';
import styles from './training-sessions.module.css';
import { TRAINING_SESSIONS, type TrainingSessionRow } from './training-sessions.query';

export function TrainingSessionsPage() {
  const t = useT(officialsMessages);
  const lang = useLang();
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TRAINING_SESSIONS });
  const sessions = data?.trainingSessions;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const columns = useMemo<TableColumn<TrainingSessionRow>[]>(
    () => [
      { key: 'title', header: t('column.title'), render: (s) => <strong>{s.title}</strong> },
      { key: 'audience', header: t('column.audience'), render: (s) => t(`audience.${s.audience}`) },
      { key: 'startsAt', header: t('column.startsAt'), render: (s) => formatDateTime(s.startsAt, lang) },
      { key: 'unit', header: t('column.unit'), render: (s) => s.unit?.name ?? '—' },
      {
        key: 'attendees',
        header: t('column.attendees'),
        render: (s) => <span className={styles.number}>{formatNumber(s.attendeeCount, lang)}</span>,
      },
    ],
    [t, lang],
  );

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('officials.title')}
        description={t('officials.description')}
        actions={
          <Button variant="secondary" onClick={refresh} busy={fetching && !!sessions}>
            {t('training.refresh')}
          </Button>
        }
      />
      {session && (
        <div className={styles.user}>
          <SignedInUser user={session.user} showUnit />
        </div>
      )}
      <Card title={t('training.heading')} aria-busy={fetching}>
        {fetching && sessions && <ProgressBar label={t('loading')} />}
        {error && <ErrorAlert error={error} onRetry={refresh} />}
        {!sessions && fetching && <Spinner label={t('loading')} />}
        {sessions && sessions.nodes.length === 0 && (
          <EmptyState title={t('training.empty')} description={t('training.emptyDescription')} />
        )}
        {sessions && sessions.nodes.length > 0 && (
          <>
            <p className={styles.total}>{t('training.total', { count: formatNumber(sessions.totalCount, lang) })}</p>
            <Table caption={t('training.caption')} hideCaption columns={columns} rows={sessions.nodes} rowKey={(s) => s.id} />
            {sessions.nodes.length < sessions.totalCount && (
              <p className={styles.partial}>
                {t('training.partial', {
                  shown: formatNumber(sessions.nodes.length, lang),
                  total: formatNumber(sessions.totalCount, lang),
                })}
              </p>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
