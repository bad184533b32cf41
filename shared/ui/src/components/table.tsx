import { useState, type ReactNode } from 'react';
import { Pagination } from './pagination';
import styles from './table.module.css';

export interface TableColumn<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
}

export interface TableProps<Row> {
  /** The table's accessible name; shown unless `hideCaption` (when a heading right above says the same). */
  caption: string;
  hideCaption?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Rows per page; the table pages through `rows` itself. */
  pageSize?: number;
  /** A class for some rows (e.g. overdue ones); the row's text must say the same, colour only repeats it. */
  rowClassName?: (row: Row) => string | undefined;
}

export function Table<Row>({ caption, hideCaption = false, columns, rows, rowKey, pageSize = 10, rowClassName }: TableProps<Row>) {
  const [requestedPage, setPage] = useState(1);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  // Fewer rows after a refresh must not leave the table on a page that no longer exists.
  const page = Math.min(requestedPage, pageCount);
  const visible = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <div>
      <div className={styles.wrapper}>
        <table className={styles.table}>
          <caption className={hideCaption ? styles.hiddenCaption : styles.caption}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => (
                  <td key={column.key} data-label={column.header}>
                    {column.render(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} onPageChange={setPage} />
    </div>
  );
}
