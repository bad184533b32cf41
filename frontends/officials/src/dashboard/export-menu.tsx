import { ErrorAlert, fetchProtected, saveBlob, useLang, useSession, useT } from '@motcua/ui';
import { useState } from 'react';
import type { Period } from '../common/period';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';

const BREAKDOWNS = ['unit', 'procedure', 'field', 'month'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

/**
 * CSV of the indicators from the dossiers service (GET /statistics/indicators.csv through the gateway). The file needs
 * the bearer token, so it is fetched and handed to the browser as a download rather than linked.
 */
export function ExportMenu({ unitCode, period }: { unitCode: string; period: Period }) {
  const t = useT(dashboardMessages);
  const token = useSession()?.token ?? '';
  const lang = useLang();
  const [busy, setBusy] = useState<Breakdown | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download(by: Breakdown) {
    setBusy(by);
    setError(null);
    try {
      // Headers in the reader's language; the codes stay as columns of their own.
      const query = new URLSearchParams({ unitCode, from: period.from, to: period.to, by, lang });
      const blob = await fetchProtected(`/statistics/indicators.csv?${query}`, token);
      saveBlob(blob, `chi-so-${unitCode}-${period.from}-${period.to}-${by}.csv`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.exportMenu}>
      <details className={styles.menu}>
        <summary className={styles.menuButton}>{t('dashboard.export')}</summary>
        <ul className={styles.menuList}>
          {BREAKDOWNS.map((by) => (
            <li key={by}>
              <button type="button" className={styles.menuItem} onClick={() => download(by)} disabled={busy !== null} aria-busy={busy === by || undefined}>
                {t(`dashboard.exportBy.${by}`)}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {busy && (
        <p role="status" className={styles.muted}>
          {t('dashboard.exporting')}
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
