import { useSharedT } from '../i18n/i18n';
import { Button } from './button';
import styles from './pagination.module.css';

export interface PaginationProps {
  /** 1-based. */
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageCount, onPageChange }: PaginationProps) {
  const t = useSharedT();
  if (pageCount <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={t('pagination.label')}>
      <Button variant="secondary" size="small" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        ‹ {t('pagination.previous')}
      </Button>
      <span className={styles.status} aria-live="polite">
        {t('pagination.page', { page, pageCount })}
      </span>
      <Button variant="secondary" size="small" disabled={page >= pageCount} onClick={() => onPageChange(page + 1)}>
        {t('pagination.next')} ›
      </Button>
    </nav>
  );
}
