import { Button, Card, EmptyState, ErrorAlert, Link, PageHeader, ProgressBar, Spinner, Tabs, formatDate, formatDateTime, navigate, useAppLocation, useLang, useSession, useT } from '@motcua/ui';
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

/** The dashboard's parts, one at a time: eleven screens of cards became one screen and a row of tabs. */
const SECTIONS = ['tong-quan', 'xep-hang', 'chi-so-766', 'thu-tuc', 'tuyen-truyen', 'gui-tin'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_LABELS = {
  'tong-quan': 'section.overview',
  'xep-hang': 'section.ranking',
  'chi-so-766': 'section.index',
  'thu-tuc': 'section.procedures',
  'tuyen-truyen': 'section.outreach',
  'gui-tin': 'section.messages',
} as const satisfies Record<Section, string>;
const SECTION_PARAM = 'muc';

/** The part shown lives in the address (`?muc=`), beside the period, so a view can be shared and survives a reload. */
function sectionOf(search: string): Section {
  const value = new URLSearchParams(search).get(SECTION_PARAM);
  return (SECTIONS as readonly string[]).includes(value ?? '') ? (value as Section) : 'tong-quan';
}

function withSection(search: string, section: Section): string {
  const params = new URLSearchParams(search);
  if (section === 'tong-quan') params.delete(SECTION_PARAM);
  else params.set(SECTION_PARAM, section);
  const text = params.toString();
  return text ? `?${text}` : '';
}

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
  const section = sectionOf(search);
  const setPeriod = (next: Period) => navigate(`${pathname}${withSection(periodSearch(next), section)}`, { replace: true, keepFocus: true });
  const setSection = (next: Section) => navigate(`${pathname}${withSection(search, next)}`, { replace: true, keepFocus: true });
  const variables = { unit: unitCode, ...period };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DASHBOARD, variables });
  const [{ data: previous }] = useQuery({ query: PREVIOUS_FIGURES, variables: { unit: unitCode, ...previousPeriod(period) } });
  const indicators = data?.indicators;
  const name = indicators?.unit ? unitName(indicators.unit, lang) : null;
  const parent = indicators?.unit?.parent;
  // A unit beneath one's own has a way back up; its line is kept while the unit loads, so nothing below moves.
  const showParent = unitCode !== ownUnit;

  function renderSection() {
    // The outreach and messages parts have their own queries; the others wait for the indicators.
    if (section === 'tuyen-truyen') {
      return (
        <>
          {indicators && indicators.totalDossiers > 0 && <WhereNextCard rows={data.outreachOpportunities} period={period} />}
          <ImpactCard unitCode={unitCode} period={period} />
          <UnitOutreachCard unitCode={unitCode} period={period} />
        </>
      );
    }
    if (section === 'gui-tin') return <DeliveryRatesCard unitCode={unitCode} />;
    if (!indicators) return fetching ? <Spinner label={t('loading')} /> : null;
    if (indicators.totalDossiers === 0) return <EmptyState title={t('dashboard.noData')} description={t('dashboard.noDataDescription')} />;
    switch (section) {
      case 'xep-hang':
        if (!indicators.byUnit.some((row) => !row.own)) return <EmptyState title={t('ranking.heading')} description={t('ranking.none')} />;
        return <RankingCard rows={indicators.byUnit} overall={indicators.onlineShare} overallLabel={name ?? unitCode} period={period} />;
      case 'chi-so-766':
        return <QualityIndexCard index={indicators.qualityIndex} />;
      case 'thu-tuc':
        return <ProceduresCard unitCode={unitCode} rows={indicators.byProcedure} period={period} />;
      default:
        return (
          <>
            <KpiGrid figures={indicators} previous={previous?.indicators ?? null} />
            <TrendCard months={indicators.byMonth} />
          </>
        );
    }
  }

  return (
    <div className={styles.page}>
      {showParent && (
        <nav aria-label={t('dashboard.breadcrumb')} className={styles.breadcrumb}>
          {parent && (
            <ol>
              <li>
                <Link href={parent.code === ownUnit ? officialsPaths.dashboard(periodSearch(period)) : officialsPaths.unit(parent.code, periodSearch(period))}>{unitName(parent, lang)}</Link>
              </li>
              <li aria-current="page">{name ?? unitCode}</li>
            </ol>
          )}
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
      <Tabs label={t('dashboard.sections')} items={SECTIONS.map((value) => ({ value, label: t(SECTION_LABELS[value]) }))} value={section} onChange={setSection}>
        <div className={styles.panel}>
          {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
          {/* Over the panel, not above it: a refresh moves nothing. */}
          {indicators && fetching && (
            <div className={styles.refreshing}>
              <ProgressBar label={t('loading')} />
            </div>
          )}
          {renderSection()}
        </div>
      </Tabs>
    </div>
  );
}
