import type { EntityManager } from '@mikro-orm/postgresql';
import { type Caller, decodeCursor, endOfVietnamDayExclusive, pageInfo, placeholdersFor, startOfVietnamDay } from '@motcua/platform';
import { OutreachEvent } from '../entities/outreach-event.entity';
import type { OutreachEventConnection, OutreachEventsArgs, RecordOutreachEventInput } from '../resolvers/outreach-event.types';
import { withinScope, type Jurisdiction } from './jurisdiction';
import { cleanText, invalid, notInFuture, requiredText } from './validation';

/** Hamlet and neighbourhood meetings, Youth Union campaigns and support points, recorded after they take place. */
export class OutreachEventsService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, args: OutreachEventsArgs): Promise<OutreachEventConnection> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = { ...withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'startsAt') };
    if (args.kind) where.kind = args.kind;
    if (args.from || args.to) {
      where.startsAt = { ...(args.from ? { $gte: startOfVietnamDay(args.from) } : {}), ...(args.to ? { $lt: endOfVietnamDayExclusive(args.to) } : {}) };
    }
    const [nodes, totalCount] = await this.em.findAndCount(OutreachEvent, where, { orderBy: { startsAt: 'desc', id: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async record(caller: Caller, input: RecordOutreachEventInput): Promise<OutreachEvent> {
    if (input.endsAt < input.startsAt) throw invalid('endsAt', 'afterStart', { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The end must come after the start.' });
    notInFuture(input.startsAt, 'startsAt', this.now());
    if (input.accountsCreated > input.peopleReached) {
      throw invalid('accountsCreated', 'atMostReached', { vi: 'Số tài khoản được tạo không thể nhiều hơn số người được tiếp cận.', en: 'Accounts created cannot exceed the people reached.' });
    }
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    const event = this.em.create(OutreachEvent, {
      kind: input.kind,
      title: requiredText(input.title, 'title', { vi: 'tên hoạt động', en: 'the title' }),
      unitCode: input.unitCode.trim(),
      unitPath,
      place: requiredText(input.place, 'place', { vi: 'địa điểm (ấp, khu phố)', en: 'the place (hamlet, neighbourhood)' }),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      organiser: cleanText(input.organiser),
      notes: cleanText(input.notes),
      peopleReached: input.peopleReached,
      accountsCreated: input.accountsCreated,
      dossiersAssisted: input.dossiersAssisted,
      createdBy: caller.subject,
    });
    await this.em.flush();
    return event;
  }

  /** Dossiers volunteers helped submit in the event's unit while it ran, as the dossiers service reported them. */
  async assistedDuring(events: readonly OutreachEvent[]): Promise<Map<string, number>> {
    if (!events.length) return new Map();
    const rows: { id: string; count: string }[] = await this.em.execute(
      `select e.id, count(d.dossier_code) as count
       from outreach.outreach_event e
       left join outreach.assisted_dossier d on d.unit_code = e.unit_code and d.submitted_at >= e.starts_at and d.submitted_at <= e.ends_at
       where e.id in (${placeholdersFor(events)})
       group by e.id`,
      events.map((e) => e.id),
    );
    return new Map(rows.map((r) => [r.id, Number(r.count)]));
  }
}
