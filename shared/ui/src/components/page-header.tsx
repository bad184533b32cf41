import { useEffect, type ReactNode } from 'react';
import styles from './page-header.module.css';

const PRODUCT_NAME = 'Một Cửa';

/** The document's <title>, so tabs, history and screen readers tell the pages apart (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — ${PRODUCT_NAME}`;
  }, [title]);
}

/**
 * The page's one <h1>, with an optional description and actions. Its title is also the document's <title>, in all
 * three apps without each page setting it.
 */
export function PageHeader({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className={styles.header}>
      <div>
        <h1 className={styles.title}>{title}</h1>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
