import { Badge, Card, DetailList, EmptyState, ErrorAlert, Link, PageHeader, Spinner, useAppLocation, useLang, useSession, useT, type SettlingLevel } from '@motcua/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { formatShare, unitName } from '../common/format';
import { periodFromSearch, periodSearch } from '../common/period';
import { dashboardMessages } from '../dashboard/dashboard.messages';
import styles from '../dashboard/dashboard.module.css';
import { DASHBOARD } from '../dashboard/indicators.query';
import { KpiGrid } from '../dashboard/kpi-grid';
import { procedureName } from '../dashboard/procedures-card';
import { WhereNextCard } from '../dashboard/where-next-card';
import { officialsPaths } from '../officials.routes';
import { SETTLING, type Settling } from './settling.query';

const LEVELS: readonly SettlingLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

/**
 * Today's body and level; the period's level too when it differs (a 2022 period of a procedure that a district
 * settled then reads "Cấp huyện (trước 01/7/2025)").
 */
function useSettlingDetail() {
  const t = useT(dashboardMessages);
  const english = useLang() === 'en';
  const label = (level: string) => ((LEVELS as readonly string[]).includes(level) ? t(`settlingLevel.${level as SettlingLevel}`) : level);
  return (today: Settling | null, inPeriod: string | null): string | null => {
    if (!today) return inPeriod && label(inPeriod);
    const current = `${english ? today.settlingBodyEn : today.settlingBody} (${label(today.settlingLevel)})`;
    return inPeriod && inPeriod !== today.settlingLevel ? `${current} · ${label(inPeriod)}` : current;
  };
}

/**
 * The last step of the drill-down (province → commune → procedure): one procedure's figures at one unit, and its
 * in-person dossiers that outreach could move online. Reads the unit's dashboard query (usually already cached).
 */
export default function ProcedurePage({ unitCode, procedureCode }: { unitCode: string; procedureCode: string }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const settlingDetail = useSettlingDetail();
  const ownUnit = useSession()?.user.unit ?? null;
  const { search } = useAppLocation();
  const period = useMemo(() => periodFromSearch(search), [search]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DASHBOARD, variables: { unit: unitCode, ...period } });
  const [{ data: catalogue }] = useQuery({ query: SETTLING, variables: { code: procedureCode } });
  const indicators = data?.indicators;
  const row = indicators?.byProcedure.find((p) => p.procedureCode === procedureCode) ?? null;
  const unit = indicators?.unit;
  const unitHref = unitCode === ownUnit ? officialsPaths.dashboard(periodSearch(period)) : officialsPaths.unit(unitCode, periodSearch(period));
  const parent = unit?.parent;

  return (
    <div className={styles.page}>
      <nav aria-label={t('dashboard.breadcrumb')} className={styles.breadcrumb}>
        <ol>
          {parent && unitCode !== ownUnit && (
            <li>
              <Link href={officialsPaths.dashboard(periodSearch(period))}>{unitName(parent, lang)}</Link>
            </li>
          )}
          <li>
            <Link href={unitHref}>{unit ? unitName(unit, lang) : unitCode}</Link>
          </li>
          <li aria-current="page">{row ? procedureName(row, lang) : procedureCode}</li>
        </ol>
      </nav>
      <PageHeader title={row ? procedureName(row, lang) : procedureCode} description={t('procedure.description', { unit: unit ? unitName(unit, lang) : unitCode, code: procedureCode })} />
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!data && fetching && <Spinner label={t('loading')} />}
      {indicators && !row && <EmptyState title={t('procedure.notFound')} description={t('procedure.notFoundDescription')} action={<Link href={unitHref}>{t('procedure.back')}</Link>} />}
      {indicators && row && (
        <>
          <Card title={t('procedure.facts')}>
            <DetailList
              items={[
                { term: t('procedure.field'), detail: row.field },
                { term: t('procedure.level'), detail: row.onlineLevel ? <Badge tone={row.onlineLevel === 'FULL' ? 'success' : 'neutral'}>{t(`onlineLevel.${row.onlineLevel}`)}</Badge> : null },
                { term: t('procedure.settling'), detail: settlingDetail(catalogue?.procedure ?? null, row.settlingLevel) },
                { term: t('procedure.shareOfUnit'), detail: formatShare(indicators.totalDossiers ? row.totalDossiers / indicators.totalDossiers : null, lang) },
              ]}
            />
            {row.onlineLevel === 'FULL' && row.inPersonDossiers > 0 && <p className={styles.worst}>{t('procedure.fullOnlineHint')}</p>}
          </Card>
          <KpiGrid figures={row} previous={null} />
          <WhereNextCard rows={data.outreachOpportunities.filter((o) => o.procedureCode === procedureCode)} period={period} />
        </>
      )}
    </div>
  );
}
