import { Card, Spinner, Table, useLang, useT, type TableColumn } from '@motcua/ui';
import { lazy, Suspense, useMemo } from 'react';
import { formatCount, formatShare } from '../common/format';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import type { MonthRow } from './indicators.query';

const TrendChart = lazy(() => import('../charts/trend-chart'));

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(2, 4)}`;

/** The monthly trend: a chart (loaded when needed) and the same figures as a table for reading or a screen reader. */
export function TrendCard({ months }: { months: MonthRow[] }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const columns = useMemo<TableColumn<MonthRow>[]>(
    () => [
      { key: 'month', header: t('column.month'), render: (m) => `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}` },
      { key: 'total', header: t('column.total'), render: (m) => <span className={styles.number}>{formatCount(m.totalDossiers, lang)}</span> },
      { key: 'online', header: t('column.online'), render: (m) => <span className={styles.number}>{formatCount(m.onlineDossiers, lang)}</span> },
      { key: 'share', header: t('column.onlineShare'), render: (m) => <span className={styles.number}>{formatShare(m.onlineShare, lang)}</span> },
    ],
    [t, lang],
  );
  const withShare = months.filter((m) => m.onlineShare !== null);
  const label = t('trend.chartLabel', {
    months: String(months.length),
    first: formatShare(withShare[0]?.onlineShare, lang),
    last: formatShare(withShare.at(-1)?.onlineShare, lang),
  });
  return (
    <Card title={t('trend.heading')} className={styles.trendCard}>
      <p className={styles.muted}>{t('trend.description')}</p>
      <div className={styles.chartBox}>
        <Suspense fallback={<Spinner label={t('chart.loading')} />}>
          <TrendChart
            points={months.map((m) => ({ month: m.month, total: m.totalDossiers, share: m.onlineShare }))}
            label={label}
            formatShare={(s) => formatShare(s, lang, 0)}
            formatCount={(n) => formatCount(n, lang)}
            monthLabel={monthLabel}
          />
        </Suspense>
      </div>
      <details className={styles.details}>
        <summary>{t('trend.table')}</summary>
        <Table caption={t('trend.caption')} hideCaption columns={columns} rows={months} rowKey={(m) => m.month} pageSize={60} />
      </details>
    </Card>
  );
}
