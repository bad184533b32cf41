import { Alert, Card, EmptyState, ErrorAlert, PageHeader, Pagination, ProgressBar, SelectField, Spinner, Table, useLang, useT, type TableColumn } from '@motcua/ui';
import type { ReactNode } from 'react';
import { officialsMessages } from '../officials.messages';
import { formatCount } from './format';
import styles from './records.module.css';
import { UnitFilter } from './unit-fields';
import type { useCursorPages } from './use-cursor-pages';

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

/** The list's card: the unit filter (every list has it) and the list's own filters, each starting again at page 1. */
export function RecordsCard({
  title,
  fetching,
  unit,
  onUnitChange,
  filters,
  children,
}: {
  title: string;
  fetching: boolean;
  unit: string;
  onUnitChange: (code: string) => void;
  filters?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card title={title} aria-busy={fetching}>
      <div className={styles.toolbar}>
        <UnitFilter value={unit} onChange={onUnitChange} />
        {filters}
      </div>
      {children}
    </Card>
  );
}

/** A filter of a list: a choice among values, or all of them. */
export function FilterSelect<Value extends string>({
  label,
  value,
  allLabel,
  options,
  onChange,
}: {
  label: string;
  value: Value | '';
  allLabel: string;
  options: { value: Value; label: string }[];
  onChange: (value: Value | '') => void;
}) {
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value as Value | '')}>
      <option value="">{allLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

interface Connection<Row> {
  totalCount: number;
  nodes: Row[];
  pageInfo: { endCursor: string | null };
}

/** One server page of a list: loading, a failure with retry, the empty state, the count, the table and the pager. */
export function RecordList<Row>({
  connection,
  fetching,
  error,
  onRetry,
  empty,
  total,
  caption,
  columns,
  rowKey,
  pages,
  pageSize,
}: {
  connection: Connection<Row> | undefined;
  fetching: boolean;
  error: unknown;
  onRetry: () => void;
  empty: { title: string; description?: string };
  /** The count line above the table; by default "showing n of total". */
  total?: (connection: Connection<Row>) => ReactNode;
  caption: string;
  columns: TableColumn<Row>[];
  rowKey: (row: Row) => string;
  pages: CursorPages;
  pageSize: number;
}) {
  const t = useT(officialsMessages);
  const lang = useLang();
  const countLine = total ?? ((list: Connection<Row>) => <p className={styles.total}>{t('list.count', { shown: formatCount(list.nodes.length, lang), total: formatCount(list.totalCount, lang) })}</p>);
  return (
    <>
      {fetching && connection && <ProgressBar label={t('loading')} />}
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : null}
      {!connection && fetching && <Spinner label={t('loading')} />}
      {connection && connection.totalCount === 0 && <EmptyState title={empty.title} description={empty.description} />}
      {connection && connection.totalCount > 0 && (
        <>
          {countLine(connection)}
          <Table caption={caption} hideCaption columns={columns} rows={connection.nodes} rowKey={rowKey} pageSize={pageSize} />
          <Pagination page={pages.page} pageCount={pages.pageCount(connection.totalCount)} onPageChange={(p) => (p > pages.page ? pages.next(connection.pageInfo.endCursor) : pages.previous())} />
        </>
      )}
    </>
  );
}
