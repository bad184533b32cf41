import { toDisplayErrors } from '../errors/display-error';
import { useLang, useSharedT } from '../i18n/i18n';
import { Alert } from './alert';
import { Button } from './button';
import styles from './error-alert.module.css';

/**
 * Shows a GraphQL, REST or network error: the message in the current language, as a sentence; the code, which the
 * user can read out to the help desk, folded into a "details" line below it, never inside the sentence.
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const lang = useLang();
  const t = useSharedT();
  // One failure often comes back once per field of the answer: say it once.
  const errors = toDisplayErrors(error).filter((item, index, all) => all.findIndex((other) => other.code === item.code && other.text[lang] === item.text[lang]) === index);
  return (
    <Alert tone="error" title={t('error.title')}>
      <ul className={styles.list}>
        {errors.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the errors of one answer are fixed and may repeat a text.
          <li key={index}>
            <p className={styles.text}>{item.text[lang]}</p>
            <details className={styles.details}>
              <summary>{t('error.code')}</summary>
              <code className={styles.code}>{item.code}</code>
            </details>
          </li>
        ))}
      </ul>
      {onRetry && (
        <div className={styles.actions}>
          <Button variant="secondary" size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        </div>
      )}
    </Alert>
  );
}
