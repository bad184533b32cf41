import type { EntityManager } from '@mikro-orm/postgresql';
import { type Caller, endOfVietnamDayExclusive, inJurisdiction, startOfVietnamDay, vietnamDay } from '@motcua/platform';
import { impactWindows, shareChangePoints, shareOf, type DayRange, type ShareCounts } from '../domain/outreach-impact';
import type { OutreachImpact, OutreachImpactRow, PeriodOnlineShare } from '../resolvers/impact.types';
import type { IndicatorRequest, IndicatorsClient } from './indicators.client';
import { intoCodeOf, scopeSql, type Jurisdiction, type UnitScope } from './jurisdiction';
import { checkPeriod } from './validation';

interface ActivityRow {
  unit_code: string;
  unit_path: string;
  starts_at: Date;
  kind: 'training' | 'event';
  people: number | null;
}

/** A unit's activities of the period: the unit of the scope they roll into (a commune of today takes its predecessors'). */
interface Activity {
  unitCode: string;
  path: string[];
  firstAt: Date;
  trainings: number;
  events: number;
  people: number;
}

/** "Did outreach work": each unit's online share before and after its first training or outreach event of a period. */
export class OutreachImpactService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly indicators: IndicatorsClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async impact(caller: Caller, unitCode: string | null | undefined, from: string, to: string, windowMonths: number, asOf?: string | null): Promise<OutreachImpact> {
    checkPeriod(from, to);
    const scope = await this.jurisdiction.scope(caller, unitCode, asOf);
    const s = scopeSql(scope, { code: 'unit_code', at: 'starts_at' });
    const period = [startOfVietnamDay(from), endOfVietnamDayExclusive(to)];
    const rows: ActivityRow[] = await this.em.execute(
      `select unit_code, unit_path, starts_at, 'training' as kind, attendee_count as people from outreach.training_session
       where status = 'HELD' and starts_at >= ? and starts_at < ? and ${s.sql}
       union all
       select unit_code, unit_path, starts_at, 'event', people_reached from outreach.outreach_event
       where starts_at >= ? and starts_at < ? and ${s.sql}`,
      [...period, ...s.params, ...period, ...s.params],
    );
    const today = vietnamDay(this.now());
    const plans = activitiesOf(scope, rows).map((a) => {
      const firstActivityOn = vietnamDay(a.firstAt);
      // The unit above is the baseline, if the caller may read its figures (a commune official: not the province).
      const above = a.path.slice(0, -1);
      const parent = above.length && inJurisdiction(caller, above) ? above[above.length - 1] : null;
      return { activity: a, firstActivityOn, windows: impactWindows(firstActivityOn, windowMonths, today), parent };
    });
    const requests: IndicatorRequest[] = [];
    const ask = (key: string, unit: string, range: DayRange | null) => range && requests.push({ key, unitCode: unit, asOf: asOf ?? null, ...range });
    for (const p of plans) {
      const code = p.activity.unitCode;
      ask(`${code}:before`, code, p.windows.before);
      ask(`${code}:after`, code, p.windows.after);
      if (p.parent) {
        ask(`${code}:parent-before`, p.parent, p.windows.before);
        ask(`${code}:parent-after`, p.parent, p.windows.after);
      }
    }
    const counts = requests.length ? await this.indicators.counts(caller.token, requests) : new Map<string, ShareCounts>();
    const get = (key: string) => counts?.get(key) ?? null;
    const impactRows = plans.map((p): OutreachImpactRow => {
      const code = p.activity.unitCode;
      const [before, after] = [get(`${code}:before`), get(`${code}:after`)];
      return {
        unit: { code },
        firstActivityOn: p.firstActivityOn,
        trainings: p.activity.trainings,
        events: p.activity.events,
        peopleReached: p.activity.people,
        before: periodShare(p.windows.before, before),
        after: p.windows.after ? periodShare(p.windows.after, after) : null,
        afterPartial: p.windows.afterPartial,
        changePoints: shareChangePoints(before, after),
        baselineUnit: p.parent ? { code: p.parent } : null,
        baselineChangePoints: p.parent ? shareChangePoints(get(`${code}:parent-before`), get(`${code}:parent-after`)) : null,
      };
    });
    impactRows.sort((a, b) => (b.changePoints ?? -Infinity) - (a.changePoints ?? -Infinity) || a.unit.code.localeCompare(b.unit.code));
    return { windowMonths, indicatorsAvailable: counts !== null, rows: impactRows };
  }
}

/**
 * Activities summed by the unit of the scope they roll into: the scope unit itself or its child, a predecessor's
 * records with its successor (so the "before" and "after" of a commune of today span the reform). Everything (an
 * admin without a unit): by the record's own unit.
 */
function activitiesOf(scope: UnitScope, rows: ActivityRow[]): Activity[] {
  const byUnit = new Map<string, Activity>();
  for (const row of rows) {
    const at = new Date(row.starts_at);
    const code = intoCodeOf(scope, row.unit_code, at);
    if (!code) continue;
    const path = !scope.path ? row.unit_path.split('/') : code === scope.path[scope.path.length - 1] ? scope.path : [...scope.path, code];
    const activity = byUnit.get(code) ?? { unitCode: code, path, firstAt: at, trainings: 0, events: 0, people: 0 };
    if (at < activity.firstAt) activity.firstAt = at;
    if (row.kind === 'training') activity.trainings++;
    else activity.events++;
    activity.people += Number(row.people ?? 0);
    byUnit.set(code, activity);
  }
  return [...byUnit.values()];
}

function periodShare(range: DayRange, counts: ShareCounts | null): PeriodOnlineShare {
  return { ...range, totalDossiers: counts?.totalDossiers ?? null, onlineDossiers: counts?.onlineDossiers ?? null, onlineShare: shareOf(counts) };
}
