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
  SelectField,
  SignedInUser,
  Spinner,
  Table,
  Tabs,
  TextField,
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
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { DossierCodeText } from '../documents/dossier-code-text';
import { staffMessages } from '../staff.messages';
import { staffPaths } from '../staff.routes';
import { useViewer } from '../viewer/use-viewer';
import { INBOX_FILTERS, parseInboxFilter, type InboxFilter } from './inbox-filters';
import { inboxMessages } from './inbox.messages';
import styles from './staff-inbox.module.css';
import { INBOX_COUNTS, INBOX_HANDLERS, STAFF_INBOX, type InboxDossier, type InboxOrder } from './staff-inbox.query';

const PAGE_SIZE = 20;
const FILTER_PARAM = 'trang-thai';
const SEARCH_PARAM = 'tim';
const ORDER_PARAM = 'sap-xep';
const HANDLER_PARAM = 'xu-ly';
/** The order's name in the address bar: Vietnamese, like the other parameters. */
const ORDER_IN_URL: Record<InboxOrder, string | null> = { ARRIVAL: null, DUE_SOONEST: 'han-tra' };
/** The handler filter's value for "assigned to me"; any other value is a handler's subject. */
const MINE = 'cua-toi';

interface InboxView {
  filter: InboxFilter;
  search: string;
  order: InboxOrder;
  /** '' for every handler, {@link MINE}, or a handler's subject. */
  handler: string;
}

/** The inbox's state lives in the address, so the back button and a shared link restore it. */
function inboxUrl({ filter, search, order, handler }: InboxView): string {
  const params = new URLSearchParams();
  if (filter !== 'waiting') params.set(FILTER_PARAM, filter);
  if (search) params.set(SEARCH_PARAM, search);
  const orderName = ORDER_IN_URL[order];
  if (orderName) params.set(ORDER_PARAM, orderName);
  if (handler) params.set(HANDLER_PARAM, handler);
  const query = params.toString();
  return query ? `${staffPaths.inbox}?${query}` : staffPaths.inbox;
}

export function StaffInboxPage() {
  const t = useT(inboxMessages);
  const ts = useT(staffMessages);
  const lang = useLang();
  const session = useSession();
  const { viewer } = useViewer();
  const location = useAppLocation();
  const params = new URLSearchParams(location.search);
  const filter = parseInboxFilter(params.get(FILTER_PARAM));
  const search = (params.get(SEARCH_PARAM) ?? '').trim().slice(0, 100);
  const order: InboxOrder = params.get(ORDER_PARAM) === ORDER_IN_URL.DUE_SOONEST ? 'DUE_SOONEST' : 'ARRIVAL';
  const handler = (params.get(HANDLER_PARAM) ?? '').slice(0, 200);
  const current: InboxView = { filter, search, order, handler };
  const byHandler = { assignedToMe: handler === MINE, handlerSubject: handler && handler !== MINE ? handler : null };
  const statuses = INBOX_FILTERS.find((entry) => entry.filter === filter)?.statuses ?? null;
  const headingId = useId();
  const [searchInput, setSearchInput] = useState(search);
  useEffect(() => setSearchInput(search), [search]);
  // Cursors of the pages before the current one: "previous" pops, "next" pushes the current page's end cursor.
  // Kept with the view they belong to, so a view changed by the back button starts again at page 1.
  const view = `${filter}|${search}|${order}|${handler}`;
  const [paging, setPaging] = useState<{ view: string; cursors: (string | null)[] }>({ view, cursors: [null] });
  const cursors = paging.view === view ? paging.cursors : [null];
  const setCursors = (next: (string | null)[]) => setPaging({ view, cursors: next });
  const after = cursors.at(-1) ?? null;

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: STAFF_INBOX,
    variables: { first: PAGE_SIZE, after, statuses, search: search || null, orderBy: order, ...byHandler },
  });
  const [counts, reexecuteCounts] = useQuery({ query: INBOX_COUNTS, variables: { search: search || null, ...byHandler } });
  const [handlers] = useQuery({ query: INBOX_HANDLERS });
  const isHandler = hasAnyRole(session, ['HANDLER']);
  const inbox = data?.staffInbox;
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteCounts({ requestPolicy: 'network-only' });
  };

  function selectFilter(next: InboxFilter) {
    navigate(inboxUrl({ ...current, filter: next }), { replace: true, keepFocus: true });
  }

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    navigate(inboxUrl({ ...current, search: searchInput.trim() }), { keepFocus: true });
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
      { key: 'applicant', header: t('column.applicant'), render: (d) => (d.applicant ? <span lang="vi">{d.applicant.fullName}</span> : '—') },
      {
        key: 'handler',
        header: t('column.handler'),
        render: (d) => (d.handlerName ? <span lang="vi">{d.handlerName}</span> : <span className={styles.unassigned}>{t('handler.unassigned')}</span>),
      },
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
      {/* One line for who and where: the rows of the inbox start above the fold of a 1366×800 screen. */}
      <PageHeader
        title={ts('staff.title')}
        description={viewer?.unit ? t('inbox.unitName', { name: lang === 'en' ? viewer.unit.nameEn : viewer.unit.name }) : undefined}
        actions={
          <>
            {session && <SignedInUser user={session.user} showUnit />}
            {hasAnyRole(session, ['INTAKE']) && <Button onClick={() => navigate(staffPaths.intake)}>{t('inbox.newIntake')}</Button>}
            <Button variant="secondary" onClick={refresh} busy={fetching && !!inbox}>
              {t('inbox.refresh')}
            </Button>
          </>
        }
      />
      <Card aria-labelledby={headingId} aria-busy={fetching}>
        <div className={styles.heading}>
          <h2 id={headingId}>{t('inbox.heading')}</h2>
          {inbox && inbox.nodes.length > 0 && (
            <p className={styles.total}>
              {inbox.totalCount > PAGE_SIZE
                ? t('inbox.range', {
                    from: formatNumber(first, lang),
                    to: formatNumber(first + inbox.nodes.length - 1, lang),
                    total: formatNumber(inbox.totalCount, lang),
                  })
                : t('inbox.total', { count: formatNumber(inbox.totalCount, lang) })}
            </p>
          )}
        </div>
        <div className={styles.tools}>
          <form className={styles.search} role="search" onSubmit={submitSearch}>
            <TextField label={t('search.label')} hint={t('search.hint')} type="search" value={searchInput} maxLength={100} onChange={(event) => setSearchInput(event.target.value)} />
            <Button type="submit" variant="secondary">
              {t('search.submit')}
            </Button>
            {search && (
              <Button type="button" variant="secondary" onClick={() => navigate(inboxUrl({ ...current, search: '' }), { keepFocus: true })}>
                {t('search.clear')}
              </Button>
            )}
          </form>
          <SelectField
            className={styles.order}
            label={t('order.label')}
            value={order}
            onChange={(event) => navigate(inboxUrl({ ...current, order: event.target.value as InboxOrder }), { replace: true, keepFocus: true })}
          >
            {(['ARRIVAL', 'DUE_SOONEST'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`order.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            className={styles.handler}
            label={t('handler.label')}
            value={handler}
            onChange={(event) => navigate(inboxUrl({ ...current, handler: event.target.value }), { replace: true, keepFocus: true })}
          >
            <option value="">{t('handler.all')}</option>
            {(isHandler || handler === MINE) && <option value={MINE}>{t('handler.mine')}</option>}
            {handlers.data?.unitHandlers.map((officer) => (
              <option key={officer.subject} value={officer.subject} lang="vi">
                {officer.fullName}
              </option>
            ))}
            {handler && handler !== MINE && !handlers.data?.unitHandlers.some((officer) => officer.subject === handler) && <option value={handler}>{handler}</option>}
          </SelectField>
        </div>
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
            <EmptyState title={t('inbox.empty')} description={search ? t('search.none', { query: search }) : filter === 'waiting' ? t('inbox.emptyDescription') : t('inbox.emptyFilter')} />
          )}
          {inbox && inbox.nodes.length > 0 && (
            <>
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
