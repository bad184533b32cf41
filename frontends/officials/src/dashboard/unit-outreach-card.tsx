import { Badge, Card, ErrorAlert, Link, Spinner, useLang, useT } from '@motcua/ui';
import { useQuery } from 'urql';
import { formatCount, formatShare } from '../common/format';
import type { Period } from '../common/period';
import { officialsPaths } from '../officials.routes';
import { dashboardMessages } from './dashboard.messages';
import styles from './dashboard.module.css';
import { UNIT_OUTREACH, type UnitOutreachData } from './indicators.query';

type Target = UnitOutreachData['outreachTargets']['nodes'][number];

function TargetLine({ target }: { target: Target }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const value = (v: number | null) => (target.metric === 'ONLINE_SHARE' ? formatShare(v, lang, 0) : formatCount(v, lang));
  const { progress } = target;
  const tone = progress.met ? 'success' : progress.onTrack ? 'info' : progress.onTrack === false ? 'warning' : 'neutral';
  const status = progress.met ? t('target.met') : progress.onTrack ? t('target.onTrack') : progress.onTrack === false ? t('target.behind') : t('target.unknown');
  return (
    <li className={styles.target}>
      <div className={styles.partHead}>
        <span>{t(`target.metric.${target.metric}`)}</span>
        <Badge tone={tone}>{status}</Badge>
      </div>
      <div className={styles.meter} aria-hidden="true">
        <span style={{ width: `${Math.min(100, (progress.ratio ?? 0) * 100)}%` }} />
      </div>
      <span className={styles.number}>{t('target.progress', { actual: value(progress.actual), target: value(target.targetValue) })}</span>
    </li>
  );
}

/** What the outreach programme did in the unit over the period, with its own targets, linking to the records. */
export function UnitOutreachCard({ unitCode, period }: { unitCode: string; period: Period }) {
  const t = useT(dashboardMessages);
  const lang = useLang();
  const [{ data, fetching, error }] = useQuery({ query: UNIT_OUTREACH, variables: { unit: unitCode, ...period } });
  const sum = <K extends string>(rows: Record<K, number>[] | undefined, key: K) => (rows ?? []).reduce((n, r) => n + r[key], 0);
  const targets = data?.outreachTargets.nodes.filter((n) => n.unit.code === unitCode) ?? [];
  const stats = data && [
    { label: t('outreach.trainingSessions'), value: sum(data.trainedPeople, 'sessions'), href: officialsPaths.training() },
    { label: t('outreach.trained'), value: sum(data.trainedPeople, 'attendees'), href: officialsPaths.training() },
    { label: t('outreach.officialsTrained'), value: sum(data.trainedPeople, 'officials'), href: officialsPaths.training() },
    { label: t('outreach.events'), value: data.outreachEvents.totalCount, href: officialsPaths.events() },
    { label: t('outreach.volunteers'), value: sum(data.volunteerSummary, 'activeVolunteers'), href: officialsPaths.volunteers() },
    { label: t('outreach.assisted'), value: sum(data.volunteerSummary, 'assistedDossiers'), href: officialsPaths.volunteers() },
    { label: t('outreach.zaloGroups'), value: data.supportGroups.totalCount, href: officialsPaths.zalo() },
    { label: t('outreach.openRequests'), value: data.supportRequests.counts.open, href: officialsPaths.support() },
  ];
  return (
    <Card title={t('outreach.heading')} aria-busy={fetching}>
      {error && <ErrorAlert error={error} />}
      {!data && fetching && <Spinner label={t('loading')} />}
      {stats && (
        <dl className={styles.stats}>
          {stats.map((s) => (
            <div key={s.label} className={styles.stat}>
              <dt>
                <Link href={s.href}>{s.label}</Link>
              </dt>
              <dd className={styles.statValue}>{formatCount(s.value, lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      {data && (
        <>
          <h3 className={styles.subheading}>{t('outreach.targets')}</h3>
          {targets.length ? (
            <ul className={styles.targets}>
              {targets.map((target) => (
                <TargetLine key={target.id} target={target} />
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>
              {t('outreach.noTargets')} <Link href={officialsPaths.targets()}>{t('nav.targets')}</Link>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
