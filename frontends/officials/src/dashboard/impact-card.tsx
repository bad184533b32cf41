import { Alert, Card, ErrorAlert, SelectField, Spinner, Table, formatDate, useLang, useT, type TableColumn } from '@motcua/ui';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { formatCount, formatShare, formatSignedPoints, unitName } from '../common/format';
import type { Period } from '../common/period';
import { useIsWide } from '../common/use-media-query';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import { OUTREACH_IMPACT, type ImpactRow } from './indicators.query';

const BeforeAfterChart = lazy(() => import('../charts/before-after-chart'));

const WINDOWS = [1, 3, 6, 12];
const day = (d: string, lang: 'vi' | 'en') => formatDate(`${d}T12:00:00+07:00`, lang);

function Change({ points }: { points: number | null }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  if (points === null) return <span>—</span>;
  return (
    <strong className={`${styles.number} ${points > 0 ? styles.up : points < 0 ? styles.down : ''}`}>
      <span aria-hidden="true">{points > 0 ? '▲ ' : points < 0 ? '▼ ' : ''}</span>
      {t('impact.points', { value: formatSignedPoints(points, lang) })}
    </strong>
  );
}

/** "Did outreach work": each unit's online share before and after its first activity of the period. */
export function ImpactCard({ unitCode, period }: { unitCode: string; period: Period }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const [window, setWindow] = useState(3);
  const [{ data, fetching, error }] = useQuery({ query: OUTREACH_IMPACT, variables: { unit: unitCode, ...period, window } });
  const impact = data?.outreachImpact;
  const wide = useIsWide();
  const columns = useMemo<TableColumn<ImpactRow>[]>(
    () => [
      { key: 'unit', header: t('column.unit'), render: (r) => unitName(r.unit, lang) },
      { key: 'first', header: t('impact.firstActivity'), render: (r) => day(r.firstActivityOn, lang) },
      {
        key: 'activities',
        header: t('impact.activities'),
        render: (r) => t('impact.activityCount', { trainings: formatCount(r.trainings, lang), events: formatCount(r.events, lang), people: formatCount(r.peopleReached, lang) }),
      },
      { key: 'before', header: t('impact.before'), render: (r) => <span className={styles.number}>{formatShare(r.before.onlineShare, lang)}</span> },
      {
        key: 'after',
        header: t('impact.after'),
        render: (r) =>
          r.after ? (
            <span className={styles.number}>
              {formatShare(r.after.onlineShare, lang)} {r.afterPartial && <span className={styles.muted}>{t('impact.partial')}</span>}
            </span>
          ) : (
            <span className={styles.muted}>{t('impact.tooEarly')}</span>
          ),
      },
      { key: 'change', header: t('impact.change'), render: (r) => <Change points={r.changePoints} /> },
      { key: 'baseline', header: t('impact.baseline'), render: (r) => <Change points={r.baselineChangePoints} /> },
    ],
    [t, lang],
  );
  const shown = wide ? columns : columns.filter((c) => ['unit', 'first', 'before', 'after', 'change'].includes(c.key));
  return (
    <Card title={t('impact.heading')} aria-busy={fetching}>
      <p className={styles.muted}>{t('impact.description', { months: String(window) })}</p>
      <div className={styles.inlineField}>
        <SelectField label={t('impact.window')} value={String(window)} onChange={(e) => setWindow(Number(e.target.value))}>
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </SelectField>
      </div>
      {error && <ErrorAlert error={error} />}
      {!impact && fetching && <Spinner label={t('loading')} />}
      {impact && !impact.indicatorsAvailable && (
        <Alert tone="warning">
          <p>{t('impact.unavailable')}</p>
        </Alert>
      )}
      {impact && !impact.rows.length && <p>{t('impact.empty')}</p>}
      {impact && impact.rows.length > 0 && (
        <>
          <div className={styles.chartBox}>
            <Suspense fallback={<Spinner label={t('chart.loading')} />}>
              <BeforeAfterChart
                rows={impact.rows.map((r) => ({ key: r.unit.code, label: unitName(r.unit, lang), before: r.before.onlineShare, after: r.after?.onlineShare ?? null }))}
                label={t('impact.caption')}
                beforeLabel={t('impact.before')}
                afterLabel={t('impact.after')}
                formatShare={(share) => formatShare(share, lang, 0)}
              />
            </Suspense>
          </div>
          {/* The exact figures, activities and the unit above's change, for whoever needs them. */}
          <details className={styles.details}>
            <summary>{t('impact.table')}</summary>
            <Table caption={t('impact.caption')} hideCaption columns={shown} rows={impact.rows} rowKey={(r) => r.unit.code} pageSize={wide ? 25 : 8} />
          </details>
        </>
      )}
    </Card>
  );
}
