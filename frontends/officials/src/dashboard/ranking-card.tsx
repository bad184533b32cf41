import { Card, Link, Spinner, Table, useLang, useT, type TableColumn } from '@motcua/ui';
import { lazy, Suspense, useMemo } from 'react';
import { formatCount, formatShare } from '../common/format';
import { periodSearch, type Period } from '../common/period';
import { useIsWide } from '../common/use-media-query';
import { officialsPaths } from '../officials.routes';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import type { UnitRow } from './indicators.query';

const RankingChart = lazy(() => import('../charts/ranking-chart'));

/** The units beneath, ranked by online share, as a table (each a link one level down) and a chart. */
export function RankingCard({ rows, overall, overallLabel, period }: { rows: UnitRow[]; overall: number | null; overallLabel: string; period: Period }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const wide = useIsWide();
  const children = useMemo(() => rows.filter((r) => !r.own).sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)), [rows]);
  const own = rows.find((r) => r.own && r.totalDossiers > 0);
  const name = (r: UnitRow) => (lang === 'en' && r.unit?.nameEn ? r.unit.nameEn : r.unitName);
  const columns: TableColumn<UnitRow>[] = [
    { key: 'rank', header: t('column.rank'), render: (r) => (r.own ? '—' : r.rank) },
    {
      key: 'unit',
      header: t('column.unit'),
      render: (r) => (r.own ? <span>{t('ranking.own')}</span> : <Link href={officialsPaths.unit(r.unitCode, periodSearch(period))}>{name(r)}</Link>),
    },
    { key: 'total', header: t('column.total'), render: (r) => <span className={styles.number}>{formatCount(r.totalDossiers, lang)}</span> },
    { key: 'share', header: t('column.onlineShare'), render: (r) => <strong className={styles.number}>{formatShare(r.onlineShare, lang)}</strong> },
    { key: 'onTime', header: t('column.onTime'), render: (r) => <span className={styles.number}>{formatShare(r.onTimeShare, lang)}</span> },
    { key: 'paid', header: t('column.onlinePayment'), render: (r) => <span className={styles.number}>{formatShare(r.onlinePaymentShare, lang)}</span> },
    { key: 'digitised', header: t('column.digitised'), render: (r) => <span className={styles.number}>{formatShare(r.digitisedShare, lang)}</span> },
    { key: 'satisfaction', header: t('column.satisfaction'), render: (r) => <span className={styles.number}>{formatShare(r.satisfaction, lang)}</span> },
  ];
  // On a phone each row is a card: rank, unit, dossiers and online share say what the ranking is about.
  const shown = wide ? columns : columns.filter((c) => ['rank', 'unit', 'total', 'share'].includes(c.key));
  if (!children.length) return null;
  const ranked = children.filter((r) => r.onlineShare !== null);
  const label = t('ranking.chartLabel', {
    top: ranked[0] ? `${name(ranked[0])} ${formatShare(ranked[0].onlineShare, lang)}` : '—',
    bottom: ranked.at(-1) ? `${name(ranked.at(-1)!)} ${formatShare(ranked.at(-1)!.onlineShare, lang)}` : '—',
  });
  return (
    <Card title={t('ranking.heading')}>
      <p className={styles.muted}>{t('ranking.description')}</p>
      <div className={styles.chartBox}>
        <Suspense fallback={<Spinner label={t('chart.loading')} />}>
          <RankingChart
            bars={children.map((r) => ({ key: r.unitCode, label: name(r), share: r.onlineShare }))}
            reference={overall === null ? null : { label: overallLabel, share: overall }}
            label={label}
            formatShare={(s) => formatShare(s, lang, 0)}
          />
        </Suspense>
      </div>
      <Table caption={t('ranking.caption')} columns={shown} rows={own ? [...children, own] : children} rowKey={(r) => `${r.unitCode}:${r.own}`} pageSize={wide ? 50 : 10} />
    </Card>
  );
}
