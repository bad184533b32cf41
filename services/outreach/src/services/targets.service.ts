import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, type Caller, decodeCursor, endOfVietnamDayExclusive, pageInfo, startOfVietnamDay, vietnamDay } from '@motcua/platform';
import { shareOf } from '../domain/outreach-impact';
import { TargetMetric, isShareMetric, targetProgress } from '../domain/target-progress';
import { OutreachTarget } from '../entities/outreach-target.entity';
import type { Page } from '../resolvers/common.types';
import type { SetTargetInput, TargetProgress, TargetsArgs } from '../resolvers/target.types';
import type { IndicatorsClient } from './indicators.client';
import { withinScope, type Jurisdiction } from './jurisdiction';
import { uuidOrNull } from './training.service';
import { checkPeriod, cleanText, invalid, notFound } from './validation';

const TARGET = { vi: 'chỉ tiêu', en: 'target' };

/** Targets per unit and period, and progress against them: training from the records here, online share from the dossiers service. */
export class TargetsService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly indicators: IndicatorsClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, args: TargetsArgs): Promise<Page<OutreachTarget>> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = { ...withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'periodStart', true) };
    if (args.metric) where.metric = args.metric;
    if (args.from) where.periodEnd = { $gte: args.from };
    if (args.to) where.periodStart = { $lte: args.to };
    const [nodes, totalCount] = await this.em.findAndCount(OutreachTarget, where, { orderBy: { periodStart: 'desc', unitPath: 'asc', metric: 'asc' }, limit: args.first, offset });
    await this.attachProgress(caller, nodes);
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** Creates the unit's target for the metric and period, or changes it if there is one. */
  async set(caller: Caller, input: SetTargetInput): Promise<OutreachTarget> {
    checkPeriod(input.periodStart, input.periodEnd);
    if (isShareMetric(input.metric) && (input.targetValue <= 0 || input.targetValue > 1)) {
      throw invalid('targetValue', 'share', { vi: 'Tỷ lệ mục tiêu phải lớn hơn 0 và không quá 100%.', en: 'A target share must be above 0 and at most 100%.' });
    }
    if (!isShareMetric(input.metric) && (!Number.isInteger(input.targetValue) || input.targetValue < 1)) {
      throw invalid('targetValue', 'people', { vi: 'Số người mục tiêu phải là số nguyên dương.', en: 'A target number of people must be a positive whole number.' });
    }
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    const rows: { id: string }[] = await this.em.execute(
      `insert into outreach.outreach_target (id, unit_code, unit_path, metric, period_start, period_end, target_value, note, created_by, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, now())
       on conflict (unit_code, metric, period_start, period_end)
       do update set target_value = excluded.target_value, note = excluded.note, unit_path = excluded.unit_path, updated_at = now()
       returning id`,
      [input.unitCode.trim(), unitPath, input.metric, input.periodStart, input.periodEnd, input.targetValue, cleanText(input.note), caller.subject],
    );
    const target = await this.em.findOneOrFail(OutreachTarget, { id: rows[0].id }, { refresh: true });
    await this.attachProgress(caller, [target]);
    return target;
  }

  async remove(caller: Caller, id: string): Promise<boolean> {
    const target = await this.em.findOne(OutreachTarget, { id: uuidOrNull(id) ?? '00000000-0000-0000-0000-000000000000' });
    if (!target) throw notFound(TARGET, id);
    await this.jurisdiction.assertVisible(caller, target, startOfVietnamDay(target.periodStart));
    await this.jurisdiction.pathFor(caller, target.unitCode);
    await this.em.remove(target).flush();
    return true;
  }

  /** Progress of each target, measured up to today for a running period; online shares in one read of the indicators. */
  private async attachProgress(caller: Caller, targets: OutreachTarget[]): Promise<void> {
    const today = vietnamDay(this.now());
    const measuredTo = (t: OutreachTarget) => (t.periodEnd < today ? t.periodEnd : today);
    const shareTargets = targets.filter((t) => isShareMetric(t.metric) && t.periodStart <= today);
    const shares = shareTargets.length
      ? await this.indicators.counts(
          caller.token,
          shareTargets.map((t) => ({ key: t.id, unitCode: t.unitCode, from: t.periodStart, to: measuredTo(t) })),
        )
      : new Map();
    for (const target of targets) {
      const to = measuredTo(target);
      let actual: number | null;
      if (isShareMetric(target.metric)) actual = target.periodStart <= today ? shareOf(shares?.get(target.id) ?? null) : null;
      else actual = await this.trainedCount(target, to);
      const progress = targetProgress(target.metric, target.targetValue, actual, { start: target.periodStart, end: target.periodEnd }, today);
      target.progress = { actual, measuredTo: to < target.periodStart ? addDays(target.periodStart, -1) : to, ...progress } satisfies TargetProgress;
    }
  }

  private async trainedCount(target: OutreachTarget, to: string): Promise<number> {
    const period = [startOfVietnamDay(target.periodStart), endOfVietnamDayExclusive(to)];
    const scope = [target.unitPath, `${target.unitPath}/%`];
    if (target.metric === TargetMetric.PEOPLE_TRAINED) {
      const [row]: { total: string }[] = await this.em.execute(
        `select coalesce(sum(attendee_count), 0) as total from outreach.training_session
         where status = 'HELD' and starts_at >= ? and starts_at < ? and (unit_path = ? or unit_path like ?)`,
        [...period, ...scope],
      );
      return Number(row.total);
    }
    const [row]: { total: string }[] = await this.em.execute(
      `select count(distinct (a.unit_code, lower(a.full_name))) as total
       from outreach.training_attendee a join outreach.training_session s on s.id = a.session_id
       where s.status = 'HELD' and a.role = 'OFFICIAL' and s.starts_at >= ? and s.starts_at < ? and (a.unit_path = ? or a.unit_path like ?)`,
      [...period, ...scope],
    );
    return Number(row.total);
  }
}
