import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { AppError, type Caller, decodeCursor, endOfVietnamDayExclusive, pageInfo, startOfVietnamDay } from '@motcua/platform';
import { TrainingAttendee } from '../entities/training-attendee.entity';
import { TrainingSession, TrainingStatus } from '../entities/training-session.entity';
import type { AttendeeInput, RecordTrainingAttendanceInput, RecordTrainingSessionInput, TrainedPeopleRow, TrainingSessionConnection, TrainingSessionsArgs } from '../resolvers/training.types';
import { scopeSql, withinScope, type Jurisdiction } from './jurisdiction';
import { checkPeriod, cleanText, invalid, notFound, notInFuture, requiredText } from './validation';

const SESSION = { vi: 'buổi tập huấn', en: 'training session' };

/** Training sessions: planned, then held with their attendance; and who has been trained, per unit. */
export class TrainingService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(caller: Caller, args: TrainingSessionsArgs): Promise<TrainingSessionConnection> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = { ...withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'startsAt') };
    if (args.status) where.status = args.status;
    if (args.from || args.to) {
      where.startsAt = { ...(args.from ? { $gte: startOfVietnamDay(args.from) } : {}), ...(args.to ? { $lt: endOfVietnamDayExclusive(args.to) } : {}) };
    }
    const [nodes, totalCount] = await this.em.findAndCount(TrainingSession, where, { orderBy: { startsAt: 'desc', id: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async byId(caller: Caller, id: string): Promise<TrainingSession> {
    const session = await this.em.findOne(TrainingSession, { id: uuidOrNull(id) ?? '00000000-0000-0000-0000-000000000000' });
    if (!session) throw notFound(SESSION, id);
    await this.jurisdiction.assertVisible(caller, session, session.startsAt);
    return session;
  }

  async record(caller: Caller, input: RecordTrainingSessionInput): Promise<TrainingSession> {
    if (input.status === TrainingStatus.CANCELLED) throw invalid('status', 'isIn', { vi: 'Chỉ ghi nhận buổi tập huấn dự kiến hoặc đã tổ chức.', en: 'Record a planned or a held session only.' });
    if (input.endsAt < input.startsAt) throw invalid('endsAt', 'afterStart', { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The end must come after the start.' });
    const held = input.status === TrainingStatus.HELD;
    if (held) notInFuture(input.startsAt, 'startsAt', this.now());
    if (!held && input.attendees.length) {
      throw invalid('attendees', 'planned', {
        vi: 'Buổi tập huấn dự kiến chưa có danh sách tham dự; hãy ghi nhận sau khi tổ chức.',
        en: 'A planned session has no attendance yet; record it once held.',
      });
    }
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    const attendees = await this.attendeeRows(caller, input.attendees);
    const session = this.em.create(TrainingSession, {
      title: requiredText(input.title, 'title', { vi: 'nội dung tập huấn', en: 'the topic' }),
      audience: input.audience,
      status: input.status,
      plan: cleanText(input.plan),
      unitCode: input.unitCode.trim(),
      unitPath,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      trainer: requiredText(input.trainer, 'trainer', { vi: 'người giảng dạy', en: 'the trainer' }),
      location: requiredText(input.location, 'location', { vi: 'địa điểm', en: 'the place' }),
      materials: input.materials.map((m) => m.trim()).filter(Boolean),
      attendeeCount: held ? headCount(input.attendeeCount, attendees.length) : 0,
      createdBy: caller.subject,
    });
    for (const row of attendees) session.attendees.add(this.em.create(TrainingAttendee, { ...row, session }));
    // One transaction: the session and its attendance sheet exist together or not at all.
    await this.em.flush();
    return session;
  }

  /** Marks a planned (or re-records a held) session as held, with its attendance sheet replaced as a whole. */
  async recordAttendance(caller: Caller, input: RecordTrainingAttendanceInput): Promise<TrainingSession> {
    const existing = await this.byId(caller, input.sessionId);
    await this.jurisdiction.pathFor(caller, existing.unitCode);
    const attendees = await this.attendeeRows(caller, input.attendees);
    const id = existing.id;
    await this.em.transactional(async (tx) => {
      const session = await tx.findOneOrFail(TrainingSession, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['attendees'] });
      if (session.status === TrainingStatus.CANCELLED) {
        throw new AppError('INVALID_TRANSITION', { message: { vi: 'Buổi tập huấn đã hủy, không ghi nhận tham dự.', en: 'The session was cancelled; no attendance can be recorded.' } });
      }
      notInFuture(session.startsAt, 'sessionId', this.now());
      session.attendees.removeAll();
      for (const row of attendees) session.attendees.add(tx.create(TrainingAttendee, { ...row, session }));
      session.attendeeCount = headCount(input.attendeeCount, attendees.length);
      session.status = TrainingStatus.HELD;
    });
    this.em.clear();
    return this.byId(caller, id);
  }

  async cancel(caller: Caller, id: string): Promise<TrainingSession> {
    const session = await this.byId(caller, id);
    await this.jurisdiction.pathFor(caller, session.unitCode);
    if (session.status !== TrainingStatus.PLANNED) {
      throw new AppError('INVALID_TRANSITION', { message: { vi: 'Chỉ hủy được buổi tập huấn còn dự kiến.', en: 'Only a planned session can be cancelled.' } });
    }
    session.status = TrainingStatus.CANCELLED;
    await this.em.flush();
    return session;
  }

  /**
   * Who was trained in sessions held in the period, for each unit in scope: sessions and head count by the unit the
   * session was for, named people by the unit they belong to (each person once per unit and role).
   */
  async trainedPeople(caller: Caller, unitCode: string | null | undefined, from: string, to: string): Promise<TrainedPeopleRow[]> {
    checkPeriod(from, to);
    const scope = await this.jurisdiction.scope(caller, unitCode);
    const period = [startOfVietnamDay(from), endOfVietnamDayExclusive(to)];
    const sessionScope = scopeSql(scope, { code: 's.unit_code', at: 's.starts_at' });
    const attendeeScope = scopeSql(scope, { code: 'a.unit_code', at: 's.starts_at' });
    const sessions: { unit_code: string; sessions: string; attendees: string }[] = await this.em.execute(
      `select s.unit_code, count(*) as sessions, coalesce(sum(s.attendee_count), 0) as attendees
       from outreach.training_session s
       where s.status = 'HELD' and s.starts_at >= ? and s.starts_at < ? and ${sessionScope.sql}
       group by s.unit_code`,
      [...period, ...sessionScope.params],
    );
    const people: { unit_code: string; officials: string; volunteers: string; citizens: string }[] = await this.em.execute(
      `select a.unit_code,
              count(distinct lower(a.full_name)) filter (where a.role = 'OFFICIAL') as officials,
              count(distinct lower(a.full_name)) filter (where a.role = 'VOLUNTEER') as volunteers,
              count(distinct lower(a.full_name)) filter (where a.role = 'CITIZEN') as citizens
       from outreach.training_attendee a join outreach.training_session s on s.id = a.session_id
       where s.status = 'HELD' and s.starts_at >= ? and s.starts_at < ? and ${attendeeScope.sql}
       group by a.unit_code`,
      [...period, ...attendeeScope.params],
    );
    const rows = new Map<string, TrainedPeopleRow>();
    const row = (code: string) => {
      let found = rows.get(code);
      if (!found) {
        found = { unit: { code }, sessions: 0, attendees: 0, officials: 0, volunteers: 0, citizens: 0 };
        rows.set(code, found);
      }
      return found;
    };
    for (const s of sessions) Object.assign(row(s.unit_code), { sessions: Number(s.sessions), attendees: Number(s.attendees) });
    for (const p of people) Object.assign(row(p.unit_code), { officials: Number(p.officials), volunteers: Number(p.volunteers), citizens: Number(p.citizens) });
    return [...rows.values()].sort((a, b) => a.unit.code.localeCompare(b.unit.code));
  }

  attendeesOf(session: TrainingSession): Promise<TrainingAttendee[]> {
    return this.em.find(TrainingAttendee, { session: session.id }, { orderBy: { fullName: 'asc' } });
  }

  /** Attendance rows, each person's unit checked against the caller's jurisdiction. */
  private async attendeeRows(caller: Caller, attendees: AttendeeInput[]) {
    const paths = new Map<string, string>();
    for (const code of new Set(attendees.map((a) => a.unitCode.trim()))) paths.set(code, await this.jurisdiction.pathFor(caller, code));
    return attendees.map((a, i) => ({
      fullName: requiredText(a.fullName, `attendees.${i}.fullName`, { vi: 'họ tên người tham dự', en: "the attendee's name" }),
      role: a.role,
      position: cleanText(a.position),
      unitCode: a.unitCode.trim(),
      unitPath: paths.get(a.unitCode.trim())!,
    }));
  }
}

function headCount(given: number | null | undefined, named: number): number {
  if (given === null || given === undefined) return named;
  if (given < named) {
    throw invalid('attendeeCount', 'atLeastNamed', { vi: 'Số người tham dự không được ít hơn số người có tên trong danh sách.', en: 'The head count cannot be below the number of named attendees.' });
  }
  return given;
}

/** A record is visible to admins, and to officers whose unit lies on its path. */
export function uuidOrNull(value: string): string | null {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : null;
}
