import { Card, Link, Table, useLang, useSession, useT, type TableColumn } from '@motcua/ui';
import { formatCount, formatShare } from '../common/format';
import { periodSearch, type Period } from '../common/period';
import { useIsWide } from '../common/use-media-query';
import { officialsPaths } from '../officials.routes';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import type { Opportunity } from './indicators.query';
import { procedureName } from './procedures-card';

/** In-person dossiers of procedures that could have been done fully online: where outreach should go next. */
export function WhereNextCard({ rows, period }: { rows: Opportunity[]; period: Period }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const wide = useIsWide();
  const ownUnit = useSession()?.user.unit ?? null;
  const unitHref = (code: string) => (code === ownUnit ? officialsPaths.dashboard(periodSearch(period)) : officialsPaths.unit(code, periodSearch(period)));
  const columns: TableColumn<Opportunity>[] = [
    { key: 'rank', header: t('column.rank'), render: (r) => r.rank },
    { key: 'unit', header: t('column.unit'), render: (r) => <Link href={unitHref(r.unitCode)}>{lang === 'en' && r.unit?.nameEn ? r.unit.nameEn : r.unitName}</Link> },
    { key: 'procedure', header: t('column.procedure'), render: (r) => <Link href={officialsPaths.procedure(r.unitCode, r.procedureCode, periodSearch(period))}>{procedureName(r, lang)}</Link> },
    { key: 'inPerson', header: t('column.inPerson'), render: (r) => <strong className={styles.number}>{formatCount(r.inPersonDossiers, lang)}</strong> },
    { key: 'share', header: t('column.onlineShare'), render: (r) => <span className={styles.number}>{formatShare(r.onlineShare, lang)}</span> },
  ];
  const shown = wide ? columns : columns.filter((c) => c.key !== 'rank');
  return (
    <Card title={t('next.heading')}>
      <p className={styles.muted}>{t('next.description')}</p>
      {rows.length ? (
        <Table caption={t('next.caption')} hideCaption columns={shown} rows={rows} rowKey={(r) => `${r.unitCode}:${r.procedureCode}`} pageSize={wide ? 10 : 5} />
      ) : (
        <p>{t('next.empty')}</p>
      )}
    </Card>
  );
}
