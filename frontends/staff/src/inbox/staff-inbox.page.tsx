import {
  Badge,
  Button,
  Card,
  DossierStatusBadge,
  EmptyState,
  ErrorAlert,
  Link,
  PageHeader,
  Pagination,
  ProgressBar,
  SignedInUser,
  Spinner,
  Table,
  Tabs,
  formatDateTime,
  formatNumber,
  hasAnyRole,
  navigate,
  useAppLocation,
  useLang,
  useSession,
  useT,
  type TableColumn,
} from '@motcua/ui';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { DossierCodeText } from '../documents/dossier-code-text';
import { staffMessages } from '../staff.messages';
import { staffPaths } from '../staff.routes';
import { useViewer } from '../viewer/use-viewer';
import { INBOX_FILTERS, parseInboxFilter, type InboxFilter } from './inbox-filters';
import { inboxMessages } from './inbox.messages';
import styles from './staff-inbox.module.css';
import { INBOX_COUNTS, STAFF_INBOX, type InboxDossier } from './staff-inbox.query';

const PAGE_SIZE = 20;
const FILTER_PARAM = 'trang-thai';

export function StaffInboxPage() {
  const t = useT(inboxMessages);
  const ts = useT(staffMessages);
  const lang = useLang();
  const session = useSession();
  const { viewer } = useViewer();
  const location = useAppLocation();
  const filter = parseInboxFilter(new URLSearchParams(location.search).get(FILTER_PARAM));
  const statuses = INBOX_FILTERS.find((entry) => entry.filter === filter)?.statuses ?? null;
  // Cursors of the pages before the current one: "previous" pops, "next" pushes the current page's end cursor.
  // Kept with the filter they belong to, so a filter changed by the back button starts again at page 1.
  const [paging, setPaging] = useState<{ filter: InboxFilter; cursors: (string | null)[] }>({ filter, cursors: [null] });
  const cursors = paging.filter === filter ? paging.cursors : [null];
  const setCursors = (next: (string | null)[]) => setPaging({ filter, cursors: next });
  const after = cursors.at(-1) ?? null;

  const [{ data, fetching, error }, reexecute] = useQuery({ query: STAFF_INBOX, variables: { first: PAGE_SIZE, after, statuses } });
  const [counts, reexecuteCounts] = useQuery({ query: INBOX_COUNTS });
  const inbox = data?.staffInbox;
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteCounts({ requestPolicy: 'network-only' });
  };

  function selectFilter(next: InboxFilter) {
    navigate(next === 'waiting' ? staffPaths.inbox : `${staffPaths.inbox}?${FILTER_PARAM}=${next}`, { replace: true, keepFocus: true });
  }

  const columns = useMemo<TableColumn<InboxDossier>[]>(
    () => [
      {
        key: 'code',
        header: t('column.code'),
        render: (d) => (
          <Link className={styles.code} href={staffPaths.dossier(d.code)}>
            <DossierCodeText code={d.code} />
          </Link>
        ),
      },
      {
        key: 'procedure',
        header: t('column.procedure'),
        render: (d) => (d.procedure ? <span className={styles.procedure}>{lang === 'en' ? d.procedure.nameEn : d.procedure.name}</span> : '—'),
      },
      { key: 'applicant', header: t('column.applicant'), render: (d) => d.applicant?.fullName ?? '—' },
      { key: 'channel', header: t('column.channel'), render: (d) => t(`channel.${d.channel}`) },
      { key: 'status', header: t('column.status'), render: (d) => <DossierStatusBadge status={d.status} /> },
      {
        key: 'dueAt',
        header: t('column.dueAt'),
        render: (d) => (
          <span className={styles.due}>
            <span>{d.dueAt ? formatDateTime(d.dueAt, lang) : '—'}</span>
            {d.overdue && <Badge tone="danger">{t('inbox.overdue')}</Badge>}
            {d.promisedAt && <span className={styles.promised}>{t('inbox.promised', { date: formatDateTime(d.promisedAt, lang) })}</span>}
          </span>
        ),
      },
    ],
    [t, lang],
  );

  const page = cursors.length;
  const pageCount = inbox ? Math.max(1, Math.ceil(inbox.totalCount / PAGE_SIZE)) : 1;
  const first = (page - 1) * PAGE_SIZE + 1;

  return (
    <div className={styles.page}>
      <PageHeader
        title={ts('staff.title')}
        description={ts('staff.description')}
        actions={
          <>
            {hasAnyRole(session, ['INTAKE']) && <Button onClick={() => navigate(staffPaths.intake)}>{t('inbox.newIntake')}</Button>}
            <Button variant="secondary" onClick={refresh} busy={fetching && !!inbox}>
              {t('inbox.refresh')}
            </Button>
          </>
        }
      />
      {session && (
        <div className={styles.user}>
          <SignedInUser user={session.user} showUnit />
          {viewer?.unit && <span className={styles.unitName}>{t('inbox.unitName', { name: lang === 'en' ? viewer.unit.nameEn : viewer.unit.name })}</span>}
        </div>
      )}
      <Card title={t('inbox.heading')} aria-busy={fetching}>
        <Tabs
          label={t('inbox.filters')}
          value={filter}
          onChange={selectFilter}
          items={INBOX_FILTERS.map((entry) => ({ value: entry.filter, label: t(`filter.${entry.filter}`), count: counts.data?.[entry.filter].totalCount ?? null }))}
        >
          {fetching && inbox && <ProgressBar label={t('loading')} />}
          {error && <ErrorAlert error={error} onRetry={refresh} />}
          {!inbox && fetching && <Spinner label={t('loading')} />}
          {inbox && inbox.nodes.length === 0 && (
            <EmptyState title={t('inbox.empty')} description={filter === 'waiting' ? t('inbox.emptyDescription') : t('inbox.emptyFilter')} />
          )}
          {inbox && inbox.nodes.length > 0 && (
            <>
              <p className={styles.total}>
                {inbox.totalCount > PAGE_SIZE
                  ? t('inbox.range', {
                      from: formatNumber(first, lang),
                      to: formatNumber(first + inbox.nodes.length - 1, lang),
                      total: formatNumber(inbox.totalCount, lang),
                    })
                  : t('inbox.total', { count: formatNumber(inbox.totalCount, lang) })}
              </p>
              <Table
                caption={t('inbox.caption')}
                hideCaption
                columns={columns}
                rows={inbox.nodes}
                rowKey={(d) => d.code}
                pageSize={PAGE_SIZE}
                rowClassName={(d) => (d.overdue ? styles.overdueRow : undefined)}
              />
              <Pagination
                page={page}
                pageCount={pageCount}
                onPageChange={(next) => {
                  if (next < page) setCursors(cursors.slice(0, -1));
                  else if (inbox.pageInfo.endCursor) setCursors([...cursors, inbox.pageInfo.endCursor]);
                }}
              />
            </>
          )}
        </Tabs>
      </Card>
    </div>
  );
}
