import type { ReactNode } from 'react';
import { classNames } from './class-names';
import styles from './detail-list.module.css';

export interface DetailItem {
  term: string;
  detail: ReactNode;
}

/** Label–value pairs as a <dl>: two columns on a wide screen, stacked on a phone. Empty details are left out. */
export function DetailList({ items, className }: { items: readonly DetailItem[]; className?: string }) {
  const shown = items.filter((item) => item.detail !== null && item.detail !== undefined && item.detail !== '');
  return (
    <dl className={classNames(styles.list, className)}>
      {shown.map((item) => (
        <div key={item.term} className={styles.group}>
          <dt className={styles.term}>{item.term}</dt>
          <dd className={styles.detail}>{item.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
