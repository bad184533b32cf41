import type { EntityManager } from '@mikro-orm/postgresql';
import { inJurisdiction, type Caller } from '@motcua/platform';
import { dayOf, endOfDayExclusive, startOfDay } from '../domain/calendar';
import { impactWindows, shareChangePoints, shareOf, type DayRange, type ShareCounts } from '../domain/outreach-impact';
import type { OutreachImpact, OutreachImpactRow, PeriodOnlineShare } from '../resolvers/impact.types';
import type { IndicatorRequest, IndicatorsClient } from './indicators.client';
import { scopeSql, type Jurisdiction } from './jurisdiction';
import { checkPeriod } from './validation';

interface Activity {
  unit_code: string;
  unit_path: string;
  first_at: Date;
  trainings: string;
  events: string;
  people: string;
}

/** "Did outreach work": each unit's online share before and after its first training or outreach event of a period. */
export class OutreachImpactService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly indicators: IndicatorsClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async impact(caller: Caller, unitCode: string | null | undefined, from: string, to: string, windowMonths: number): Promise<OutreachImpact> {
    checkPeriod(from, to);
    const scope = await this.jurisdiction.scope(caller, unitCode);
    const s = scopeSql(scope);
    const period = [startOfDay(from), endOfDayExclusive(to)];
    const activities: Activity[] = await this.em.execute(
      `select unit_code, min(unit_path) as unit_path, min(starts_at) as first_at,
              count(*) filter (where kind = 'training') as trainings, count(*) filter (where kind = 'event') as events,
              coalesce(sum(people), 0) as people
       from (
         select unit_code, unit_path, starts_at, 'training' as kind, attendee_count as people from outreach.training_session
         where status = 'HELD' and starts_at >= ? and starts_at < ? and ${s.sql}
         union all
         select unit_code, unit_path, starts_at, 'event', people_reached from outreach.outreach_event
         where starts_at >= ? and starts_at < ? and ${s.sql}
       ) a group by unit_code`,
      [...period, ...s.params, ...period, ...s.params],
    );
    const today = dayOf(this.now());
    const plans = activities.map((a) => {
      const firstActivityOn = dayOf(new Date(a.first_at));
      // The unit above is the baseline, if the caller may read its figures (a district official: not the province).
      const above = a.unit_path.split('/').slice(0, -1);
      const parent = above.length && inJurisdiction(caller, above) ? above[above.length - 1] : null;
      return { activity: a, firstActivityOn, windows: impactWindows(firstActivityOn, windowMonths, today), parent };
    });
    const requests: IndicatorRequest[] = [];
    const ask = (key: string, unit: string, range: DayRange | null) => range && requests.push({ key, unitCode: unit, ...range });
    for (const p of plans) {
      const code = p.activity.unit_code;
      ask(`${code}:before`, code, p.windows.before);
      ask(`${code}:after`, code, p.windows.after);
      if (p.parent) {
        ask(`${code}:parent-before`, p.parent, p.windows.before);
        ask(`${code}:parent-after`, p.parent, p.windows.after);
      }
    }
    const counts = requests.length ? await this.indicators.counts(caller.token, requests) : new Map<string, ShareCounts>();
    const get = (key: string) => counts?.get(key) ?? null;
    const rows = plans.map((p): OutreachImpactRow => {
      const code = p.activity.unit_code;
      const [before, after] = [get(`${code}:before`), get(`${code}:after`)];
      return {
        unit: { code },
        firstActivityOn: p.firstActivityOn,
        trainings: Number(p.activity.trainings),
        events: Number(p.activity.events),
        peopleReached: Number(p.activity.people),
        before: periodShare(p.windows.before, before),
        after: p.windows.after ? periodShare(p.windows.after, after) : null,
        afterPartial: p.windows.afterPartial,
        changePoints: shareChangePoints(before, after),
        baselineUnit: p.parent ? { code: p.parent } : null,
        baselineChangePoints: p.parent ? shareChangePoints(get(`${code}:parent-before`), get(`${code}:parent-after`)) : null,
      };
    });
    rows.sort((a, b) => (b.changePoints ?? -Infinity) - (a.changePoints ?? -Infinity) || a.unit.code.localeCompare(b.unit.code));
    return { windowMonths, indicatorsAvailable: counts !== null, rows };
  }
}

function periodShare(range: DayRange, counts: ShareCounts | null): PeriodOnlineShare {
  return { ...range, totalDossiers: counts?.totalDossiers ?? null, onlineDossiers: counts?.onlineDossiers ?? null, onlineShare: shareOf(counts) };
}
