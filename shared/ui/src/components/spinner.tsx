import styles from './spinner.module.css';

/** A busy indicator whose label is shown and announced politely. */
export function Spinner({ label }: { label: string }) {
  return (
    <span className={styles.spinner} role="status">
      <span className={styles.circle} aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}

/** A thin indeterminate bar, for refreshing content that stays on screen meanwhile. */
export function ProgressBar({ label }: { label: string }) {
  return <div className={styles.progress} role="progressbar" aria-label={label} />;
}
