import { Badge, Card, Link, Table, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo } from 'react';
import { formatCount, formatShare } from '../common/format';
import { periodSearch, type Period } from '../common/period';
import { useIsWide } from '../common/use-media-query';
import { officialsPaths } from '../officials.routes';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import type { ProcedureRow } from './indicators.query';

export function procedureName(row: { procedureCode: string; procedureName: string | null; procedure: { nameEn: string } | null }, lang: 'vi' | 'en'): string {
  return (lang === 'en' ? row.procedure?.nameEn : row.procedureName) ?? row.procedureName ?? row.procedureCode;
}

/** The unit's dossiers by procedure, largest first; each procedure opens its own page. */
export function ProceduresCard({ unitCode, rows, period }: { unitCode: string; rows: ProcedureRow[]; period: Period }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const wide = useIsWide();
  const columns = useMemo<TableColumn<ProcedureRow>[]>(
    () => [
      { key: 'rank', header: t('column.rank'), render: (r) => r.rank },
      {
        key: 'procedure',
        header: t('column.procedure'),
        render: (r) => <Link href={officialsPaths.procedure(unitCode, r.procedureCode, periodSearch(period))}>{procedureName(r, lang)}</Link>,
      },
      {
        key: 'level',
        header: t('column.level'),
        render: (r) => (r.onlineLevel ? <Badge tone={r.onlineLevel === 'FULL' ? 'success' : r.onlineLevel === 'PARTIAL' ? 'info' : 'neutral'}>{t(`onlineLevel.${r.onlineLevel}`)}</Badge> : '—'),
      },
      { key: 'total', header: t('column.total'), render: (r) => <span className={styles.number}>{formatCount(r.totalDossiers, lang)}</span> },
      { key: 'share', header: t('column.onlineShare'), render: (r) => <strong className={styles.number}>{formatShare(r.onlineShare, lang)}</strong> },
      { key: 'onTime', header: t('column.onTime'), render: (r) => <span className={styles.number}>{formatShare(r.onTimeShare, lang)}</span> },
    ],
    [t, lang, unitCode, period],
  );
  const shown = wide ? columns : columns.filter((c) => ['procedure', 'total', 'share'].includes(c.key));
  if (!rows.length) return null;
  return (
    <Card title={t('procedures.heading')}>
      <p className={styles.muted}>{t('procedures.description')}</p>
      <Table caption={t('procedures.caption')} hideCaption columns={shown} rows={rows} rowKey={(r) => r.procedureCode} pageSize={wide ? 10 : 5} />
    </Card>
  );
}
