import type { ReactNode } from 'react';
import styles from './alert.module.css';
import { classNames } from './class-names';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

/** A message box. Errors and warnings are announced at once (role="alert"); the others politely. */
export function Alert({ tone = 'info', title, children }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode }) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div className={classNames(styles.alert, styles[tone])} role={urgent ? 'alert' : 'status'}>
      {title && <p className={styles.title}>{title}</p>}
      {children && <div className={styles.body}>{children}</div>}
    </div>
  );
}
