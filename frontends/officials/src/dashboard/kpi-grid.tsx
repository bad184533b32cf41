import { useLang, useT } from '@motcua/ui';
import { formatCount, formatShare, formatSignedPoints } from '../common/format';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import type { Figures } from './indicators.query';

type ShareKey = 'onlineShare' | 'onTimeShare' | 'onlinePaymentShare' | 'digitisedShare' | 'postalReturnShare' | 'satisfaction';

const SHARES: readonly { key: ShareKey; label: 'kpi.online' | 'kpi.onTime' | 'kpi.onlinePayment' | 'kpi.digitised' | 'kpi.postal' | 'kpi.satisfaction' }[] = [
  { key: 'onlineShare', label: 'kpi.online' },
  { key: 'onTimeShare', label: 'kpi.onTime' },
  { key: 'onlinePaymentShare', label: 'kpi.onlinePayment' },
  { key: 'digitisedShare', label: 'kpi.digitised' },
  { key: 'postalReturnShare', label: 'kpi.postal' },
  { key: 'satisfaction', label: 'kpi.satisfaction' },
];

/** The headline figures, each with its change against the same length of time just before. */
export function KpiGrid({ figures, previous }: { figures: Figures; previous: Figures | null }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const change = (key: ShareKey) => {
    const now = figures[key];
    const before = previous?.[key];
    if (now === null || before === null || before === undefined) return null;
    return Math.round((now - before) * 1000) / 10;
  };
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className={styles.visuallyHidden}>
        {t('kpi.heading')}
      </h2>
      <dl className={styles.kpis}>
        <div className={styles.kpi}>
          <dt>{t('kpi.total')}</dt>
          <dd className={styles.kpiValue}>{formatCount(figures.totalDossiers, lang)}</dd>
          <dd className={styles.kpiDetail}>{t('kpi.onlineDetail', { online: formatCount(figures.onlineDossiers, lang), inPerson: formatCount(figures.inPersonDossiers, lang) })}</dd>
        </div>
        {SHARES.map(({ key, label }) => {
          const delta = change(key);
          return (
            <div key={key} className={key === 'onlineShare' ? `${styles.kpi} ${styles.kpiMain}` : styles.kpi}>
              <dt>{t(label)}</dt>
              <dd className={styles.kpiValue}>{formatShare(figures[key], lang)}</dd>
              {/* The change line is there from the start (empty until the period before arrives), so no box grows. */}
              {delta === null ? (
                <dd className={styles.kpiDetail} aria-hidden="true">
                  {'\u00a0'}
                </dd>
              ) : (
                <dd className={delta > 0 ? styles.up : delta < 0 ? styles.down : styles.kpiDetail}>
                  <span aria-hidden="true">{delta > 0 ? '▲ ' : delta < 0 ? '▼ ' : ''}</span>
                  {t('kpi.change', { change: formatSignedPoints(delta, lang) })}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
    </section>
  );
}
