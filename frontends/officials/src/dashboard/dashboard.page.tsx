import { Button, Card, EmptyState, ErrorAlert, Link, PageHeader, ProgressBar, Spinner, formatDate, formatDateTime, navigate, useAppLocation, useLang, useSession, useT } from '@motcua/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { unitName } from '../common/format';
import { periodFromSearch, periodSearch, previousPeriod, type Period } from '../common/period';
import { PeriodPicker } from '../common/period-picker';
import { officialsPaths } from '../officials.routes';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import { ExportMenu } from './export-menu';
import { DeliveryRatesCard } from './delivery-rates-card';
import { ImpactCard } from './impact-card';
import { DASHBOARD, PREVIOUS_FIGURES } from './indicators.query';
import { KpiGrid } from './kpi-grid';
import { ProceduresCard } from './procedures-card';
import { QualityIndexCard } from './quality-index-card';
import { RankingCard } from './ranking-card';
import { TrendCard } from './trend-card';
import { UnitOutreachCard } from './unit-outreach-card';
import { WhereNextCard } from './where-next-card';

const day = (d: string, lang: 'vi' | 'en') => formatDate(`${d}T12:00:00+07:00`, lang);

/**
 * The leaders' dashboard for one unit and period: the province (with its communes ranked) or a commune (with its
 * procedures). A unit of today carries its predecessors' history, so a 2022 period reads the old units' figures. The period lives in the address, so a view can be shared and survives a reload.
 */
export function DashboardPage({ unitCode }: { unitCode: string }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const ownUnit = useSession()?.user.unit ?? null;
  const { pathname, search } = useAppLocation();
  const period = useMemo(() => periodFromSearch(search), [search]);
  const setPeriod = (next: Period) => navigate(`${pathname}${periodSearch(next)}`, { replace: true, keepFocus: true });
  const variables = { unit: unitCode, ...period };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DASHBOARD, variables });
  const [{ data: previous }] = useQuery({ query: PREVIOUS_FIGURES, variables: { unit: unitCode, ...previousPeriod(period) } });
  const indicators = data?.indicators;
  const name = indicators?.unit ? unitName(indicators.unit, lang) : null;
  const parent = indicators?.unit?.parent;
  const showParent = !!parent && unitCode !== ownUnit;

  return (
    <div className={styles.page}>
      {showParent && (
        <nav aria-label={t('dashboard.breadcrumb')} className={styles.breadcrumb}>
          <ol>
            <li>
              <Link href={parent.code === ownUnit ? officialsPaths.dashboard(periodSearch(period)) : officialsPaths.unit(parent.code, periodSearch(period))}>{unitName(parent, lang)}</Link>
            </li>
            <li aria-current="page">{name ?? unitCode}</li>
          </ol>
        </nav>
      )}
      <PageHeader
        title={name ? t('dashboard.title', { unit: name }) : t('dashboard.titleLoading')}
        description={t('dashboard.description')}
        actions={
          <>
            <ExportMenu unitCode={unitCode} period={period} />
            <Button variant="secondary" onClick={() => window.print()}>
              {t('dashboard.print')}
            </Button>
          </>
        }
      />
      <p className={styles.printOnly}>
        {t('dashboard.printedFor', { unit: name ?? unitCode, from: day(period.from, lang), to: day(period.to, lang) })} · {t('dashboard.printedAt', { at: formatDateTime(new Date(), lang) })}
      </p>
      <Card className={styles.controls}>
        <PeriodPicker key={`${period.from}/${period.to}`} period={period} onChange={setPeriod} />
      </Card>
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!indicators && fetching && <Spinner label={t('loading')} />}
      {indicators && fetching && <ProgressBar label={t('loading')} />}
      {indicators &&
        (indicators.totalDossiers === 0 ? (
          <EmptyState title={t('dashboard.noData')} description={t('dashboard.noDataDescription')} />
        ) : (
          <>
            <KpiGrid figures={indicators} previous={previous?.indicators ?? null} />
            <TrendCard months={indicators.byMonth} />
            <RankingCard rows={indicators.byUnit} overall={indicators.onlineShare} overallLabel={name ?? unitCode} period={period} />
            <QualityIndexCard index={indicators.qualityIndex} />
            <ProceduresCard unitCode={unitCode} rows={indicators.byProcedure} period={period} />
            <WhereNextCard rows={data.outreachOpportunities} period={period} />
          </>
        ))}
      <ImpactCard unitCode={unitCode} period={period} />
      <UnitOutreachCard unitCode={unitCode} period={period} />
      <DeliveryRatesCard unitCode={unitCode} />
    </div>
  );
}
