import { Alert, Button, Card, EmptyState, ErrorAlert, Link, PageHeader, Spinner, Table, useT } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { staffPaths } from '../staff.routes';
import { nationalSyncMessages } from './national-sync.messages';
import { NATIONAL_SYNC_FAILURES, RETRY_NATIONAL_SYNC, type SyncFailure } from './national-sync.queries';

/** /staff/dong-bo: the unit's dossiers the national portal refused or could not be reached for, to push again. */
export function NationalSyncPage() {
  const t = useT(nationalSyncMessages);
  const [{ data, fetching, error }, reload] = useQuery<{ nationalSyncFailures: SyncFailure[] }>({ query: NATIONAL_SYNC_FAILURES, requestPolicy: 'network-only' });
  const [retry, retryNationalSync] = useMutation(RETRY_NATIONAL_SYNC);
  const [retried, setRetried] = useState<string | null>(null);

  async function again(code: string) {
    const result = await retryNationalSync({ code });
    if (result.error) return;
    setRetried(code);
    reload({ requestPolicy: 'network-only' });
  }

  const failures = data?.nationalSyncFailures ?? [];
  return (
    <div>
      <PageHeader title={t('sync.title')} description={t('sync.description')} />
      <Card>
        {error && <ErrorAlert error={error} />}
        {retry.error && <ErrorAlert error={retry.error} />}
        {retried && <Alert tone="success">{t('sync.retried', { code: retried })}</Alert>}
        {fetching && !data ? (
          <Spinner label={t('sync.loading')} />
        ) : failures.length === 0 ? (
          <EmptyState title={t('sync.empty')} />
        ) : (
          <Table
            caption={t('sync.caption')}
            rows={failures}
            rowKey={(row) => row.dossierCode}
            columns={[
              { key: 'code', header: t('sync.code'), render: (row) => <Link href={staffPaths.dossier(row.dossierCode)}>{row.dossierCode}</Link> },
              { key: 'error', header: t('sync.error'), render: (row) => row.lastError ?? '' },
              { key: 'attempts', header: t('sync.attempts'), render: (row) => row.attempts },
              {
                key: 'retry',
                header: t('sync.retry'),
                render: (row) => (
                  <Button size="small" variant="secondary" busy={retry.fetching} onClick={() => void again(row.dossierCode)}>
                    {t('sync.retry')}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
