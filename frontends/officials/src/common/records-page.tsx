import { Alert, Button, Card, EmptyState, ErrorAlert, PageHeader, Pagination, ProgressBar, SelectField, Spinner, Table, useLang, useT, type TableColumn } from '@motcua/ui';
import { useEffect, useState, type ReactNode } from 'react';
import { useQuery, type AnyVariables, type TypedDocumentNode, type UseQueryArgs } from 'urql';
import { officialsMessages } from '../officials.messages';
import { formatCount, unitName } from './format';
import { today } from './period';
import styles from './records.module.css';
import { UnitFilter } from './unit-fields';
import { useCursorPages } from './use-cursor-pages';

type CursorPages = ReturnType<typeof useCursorPages>;

/** A page of the records officials keep (training, volunteers, events, targets, Zalo groups, support). */
export function RecordsPage({
  title,
  description,
  actions,
  notice,
  actionError,
  children,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  /** What the last change did ("Đã lưu …"). */
  notice?: string | null;
  /** A row action that failed (cancel, delete, reactivate). */
  actionError?: unknown;
  children: ReactNode;
}) {
  return (
    <div className={styles.page}>
      <PageHeader title={title} description={description} actions={actions} />
      {notice && (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      )}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      {children}
    </div>
  );
}

interface Connection<Row> {
  totalCount: number;
  nodes: Row[];
  pageInfo: { endCursor: string | null };
}

type Filters = Record<string, string | number>;

/** A list of records as a page holds it: its filters (the unit always among them), its server pages and its answer. */
export interface Records<Row, F extends Filters, C extends Connection<Row> = Connection<Row>> {
  filters: F & { unit: string };
  /** A filter changed: the list starts again at page 1. */
  change(patch: Partial<F & { unit: string }>): void;
  pages: CursorPages;
  connection: C | undefined;
  fetching: boolean;
  error: unknown;
  refresh(): void;
  /** Goes up after each change the page makes, so that its summaries are read again too. */
  refreshKey: number;
  notice: string | null;
  /** After a change: say what it did and read the list again. */
  saved(message: string): void;
}

export function useRecords<Data, Row, F extends Filters, V extends AnyVariables, C extends Connection<Row> = Connection<Row>>({
  query,
  pageSize,
  filters: initial,
  variables,
  select,
}: {
  query: TypedDocumentNode<Data, V>;
  pageSize: number;
  filters: F;
  /** The query's own variables from the filters; unit, first and after are added. */
  variables: (filters: F & { unit: string }) => Record<string, unknown>;
  select: (data: Data) => C;
}): Records<Row, F, C> {
  const pages = useCursorPages(pageSize);
  const [filters, setFilters] = useState<F & { unit: string }>({ unit: '', ...initial });
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [{ data, fetching, error }, reexecute] = useQuery<Data, V>({ query, variables: { ...variables(filters), unit: filters.unit || null, first: pages.first, after: pages.after } as unknown as V });
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    setRefreshKey((k) => k + 1);
  };
  return {
    filters,
    change: (patch) => {
      setFilters((current) => ({ ...current, ...patch }));
      pages.reset();
    },
    pages,
    connection: data ? select(data) : undefined,
    fetching,
    error,
    refresh,
    refreshKey,
    notice,
    saved: (message) => {
      setNotice(message);
      refresh();
    },
  };
}

/** The list's card: the unit filter (every list has it) and the list's own filters. */
export function RecordsCard<Row, F extends Filters>({ title, list, filters, children }: { title: string; list: Records<Row, F>; filters?: ReactNode; children: ReactNode }) {
  return (
    <Card title={title} aria-busy={list.fetching}>
      <div className={styles.toolbar}>
        <UnitFilter value={list.filters.unit} onChange={(unit) => list.change({ unit } as Partial<F & { unit: string }>)} />
        {filters}
      </div>
      {children}
    </Card>
  );
}

/** A filter of a list: one of its values, or all of them. */
export function FilterSelect<Row, F extends Filters>({
  list,
  name,
  label,
  allLabel,
  options,
}: {
  list: Records<Row, F>;
  name: keyof F & string;
  label: string;
  allLabel?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <SelectField label={label} value={String(list.filters[name])} onChange={(e) => list.change({ [name]: e.target.value } as Partial<F & { unit: string }>)}>
      {allLabel !== undefined && <option value="">{allLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

/** One server page of a list: loading, a failure with retry, the empty state, the count, the table and the pager. */
export function RecordList<Row, F extends Filters>({
  list,
  empty,
  total,
  caption,
  columns,
  rowKey,
}: {
  list: Records<Row, F>;
  empty: { title: string; description?: string };
  /** The count line above the table; by default "showing n of total". */
  total?: (connection: Connection<Row>) => ReactNode;
  caption: string;
  columns: TableColumn<Row>[];
  rowKey: (row: Row) => string;
}) {
  const t = useT(officialsMessages);
  const lang = useLang();
  const { connection, fetching, error, pages } = list;
  const countLine =
    total ?? ((found: Connection<Row>) => <p className={styles.total}>{t('list.count', { shown: formatCount(found.nodes.length, lang), total: formatCount(found.totalCount, lang) })}</p>);
  return (
    <>
      {fetching && connection && <ProgressBar label={t('loading')} />}
      {error ? <ErrorAlert error={error} onRetry={list.refresh} /> : null}
      {!connection && fetching && <Spinner label={t('loading')} />}
      {connection && connection.totalCount === 0 && <EmptyState title={empty.title} description={empty.description} />}
      {connection && connection.totalCount > 0 && (
        <>
          {countLine(connection)}
          <Table caption={caption} hideCaption columns={columns} rows={connection.nodes} rowKey={rowKey} pageSize={pages.first} />
          <Pagination page={pages.page} pageCount={pages.pageCount(connection.totalCount)} onPageChange={(p) => (p > pages.page ? pages.next(connection.pageInfo.endCursor) : pages.previous())} />
        </>
      )}
    </>
  );
}

/** A count read again when the page changed what it counts (`refreshKey` goes up after each save). */
export function useRefreshedQuery<Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>, refreshKey: number) {
  const [result, reexecute] = useQuery(args);
  useEffect(() => {
    if (refreshKey) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  return result;
}

/** The years a summary can be read for, this one first: the records begin in 2022. */
function YearSelect({ label, value, onChange }: { label: string; value: number; onChange: (year: number) => void }) {
  const thisYear = Number(today().slice(0, 4));
  return (
    <SelectField label={label} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
      {Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i).map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </SelectField>
  );
}

/** A summary by unit or channel: its failure, its loading, its rows or a sentence saying there are none. */
export function SummaryTable<Row>({
  rows,
  fetching,
  error,
  caption,
  columns,
  rowKey,
  empty,
}: {
  rows: Row[] | undefined;
  fetching: boolean;
  error: unknown;
  caption: string;
  columns: TableColumn<Row>[];
  rowKey: (row: Row) => string;
  empty: string;
}) {
  const t = useT(officialsMessages);
  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      {!rows && fetching && <Spinner label={t('loading')} />}
      {rows && (rows.length ? <Table caption={caption} hideCaption columns={columns} rows={rows} rowKey={rowKey} pageSize={25} /> : <p>{empty}</p>)}
    </>
  );
}

type YearVariables = { unit: string | null; from: string; to: string };
type UnitRow = { unit: { code: string; name: string; nameEn?: string | null } };

/**
 * A year's summary by unit (who was trained, what volunteers did): a card with its year picker and a row per unit
 * (the unit's column first), read again when a record on the page changes (`refreshKey`).
 */
export function YearSummaryCard<Data, Row extends UnitRow>({
  texts,
  query,
  rowsOf,
  unit,
  refreshKey,
  columns,
}: {
  texts: { title: string; description?: string; year: string; unit: string; caption: string; empty: string };
  query: TypedDocumentNode<Data, YearVariables>;
  rowsOf: (data: Data) => Row[];
  unit: string;
  refreshKey: number;
  columns: TableColumn<Row>[];
}) {
  const lang = useLang();
  const [year, setYear] = useState(Number(today().slice(0, 4)));
  const { data, fetching, error } = useRefreshedQuery<Data, YearVariables>({ query, variables: { unit: unit || null, from: `${year}-01-01`, to: `${year}-12-31` } }, refreshKey);
  const unitColumn: TableColumn<Row> = { key: 'unit', header: texts.unit, render: (r) => unitName(r.unit, lang) };
  return (
    <Card title={texts.title} aria-busy={fetching}>
      {texts.description && <p className={styles.muted}>{texts.description}</p>}
      <div className={styles.toolbar}>
        <YearSelect label={texts.year} value={year} onChange={setYear} />
      </div>
      <SummaryTable
        rows={data ? rowsOf(data) : undefined}
        fetching={fetching}
        error={error}
        caption={texts.caption}
        columns={[unitColumn, ...columns]}
        rowKey={(r) => r.unit.code}
        empty={texts.empty}
      />
    </Card>
  );
}

/** A count in a table cell, aligned as a number; `strong` for the column the table is about. */
export function CountCell({ value, strong = false }: { value: number; strong?: boolean }) {
  const lang = useLang();
  return strong ? <strong className={styles.number}>{formatCount(value, lang)}</strong> : <span className={styles.number}>{formatCount(value, lang)}</span>;
}

/**
 * A record's row buttons: one that opens something (edit, the volunteer's dossiers) and one change applied at once
 * (delete, deactivate), after which the list is read again.
 */
export function RowActions({ open, change }: { open: { label: string; onClick: () => void }; change: { label: string; busy: boolean; run: () => Promise<{ error?: unknown }>; onDone: () => void } }) {
  return (
    <span className={styles.actions}>
      <Button size="small" variant="secondary" onClick={open.onClick}>
        {open.label}
      </Button>
      <Button
        size="small"
        variant="ghost"
        busy={change.busy}
        onClick={async () => {
          const result = await change.run();
          if (!result.error) change.onDone();
        }}
      >
        {change.label}
      </Button>
    </span>
  );
}
