import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError, type Caller, decodeCursor, endOfVietnamDayExclusive, pageInfo, placeholdersFor, startOfVietnamDay, vietnamDay } from '@motcua/platform';
import { AssistedDossier } from '../entities/assisted-dossier.entity';
import { SupportTeam } from '../entities/support-team.entity';
import { Volunteer } from '../entities/volunteer.entity';
import type {
  AssistedDossierConnection,
  AssistedDossiersArgs,
  CreateSupportTeamInput,
  RegisterVolunteerInput,
  SupportTeamConnection,
  VolunteerConnection,
  VolunteersArgs,
  VolunteerUnitSummary,
} from '../resolvers/volunteer.types';
import type { UnitPageArgs } from '../resolvers/common.types';
import { scopeSql, withinScope, type Jurisdiction } from './jurisdiction';
import { uuidOrNull } from './training.service';
import type { UnitPaths } from './unit-paths';
import { checkPeriod, cleanText, invalid, notFound, requiredText } from './validation';

const TEAM = { vi: 'đội, tổ hỗ trợ', en: 'team' };
const VOLUNTEER = { vi: 'tình nguyện viên', en: 'volunteer' };

export interface HelperCounts {
  total: number;
  last: Date | null;
}

/** Community digital teams and Youth Union volunteers, and the dossiers they helped submit (from dossier events). */
export class VolunteersService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly unitPaths: UnitPaths,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async teams(caller: Caller, args: UnitPageArgs): Promise<SupportTeamConnection> {
    const offset = decodeCursor(args.after);
    const where = withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'createdAt');
    const [nodes, totalCount] = await this.em.findAndCount(SupportTeam, where, { orderBy: { unitPath: 'asc', name: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async createTeam(caller: Caller, input: CreateSupportTeamInput): Promise<SupportTeam> {
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    const team = this.em.create(SupportTeam, {
      kind: input.kind,
      name: requiredText(input.name, 'name', { vi: 'tên đội', en: 'the team name' }),
      unitCode: input.unitCode.trim(),
      unitPath,
      leaderName: cleanText(input.leaderName),
      createdBy: caller.subject,
    });
    await this.flushUnique({ vi: 'Đơn vị đã có đội mang tên này.', en: 'The unit already has a team of that name.' }, 'name');
    return team;
  }

  async volunteers(caller: Caller, args: VolunteersArgs): Promise<VolunteerConnection> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = { ...withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'createdAt') };
    if (args.teamId) where.team = uuidOrNull(args.teamId) ?? '00000000-0000-0000-0000-000000000000';
    if (args.active !== null && args.active !== undefined) where.active = args.active;
    const [nodes, totalCount] = await this.em.findAndCount(Volunteer, where, { orderBy: { unitPath: 'asc', fullName: 'asc' }, limit: args.first, offset, populate: ['team'] });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async register(caller: Caller, input: RegisterVolunteerInput): Promise<Volunteer> {
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    let team: SupportTeam | null = null;
    if (input.teamId) {
      team = await this.em.findOne(SupportTeam, { id: uuidOrNull(input.teamId) ?? '00000000-0000-0000-0000-000000000000' });
      if (!team) throw notFound(TEAM, input.teamId);
      if (team.unitCode !== input.unitCode.trim()) {
        throw invalid('teamId', 'sameUnit', { vi: 'Đội được chọn không thuộc đơn vị của tình nguyện viên.', en: "The team chosen does not belong to the volunteer's unit." });
      }
    }
    const joinedOn = input.joinedOn ?? vietnamDay(this.now());
    if (joinedOn > vietnamDay(this.now())) throw invalid('joinedOn', 'notFuture', { vi: 'Ngày tham gia chưa đến.', en: 'The joining date is in the future.' });
    const volunteer = this.em.create(Volunteer, {
      fullName: requiredText(input.fullName, 'fullName', { vi: 'họ tên', en: 'the full name' }),
      subject: cleanText(input.subject),
      team,
      unitCode: input.unitCode.trim(),
      unitPath,
      joinedOn,
      createdBy: caller.subject,
    });
    await this.flushUnique({ vi: 'Tài khoản này đã được gắn với một tình nguyện viên khác.', en: 'This account is already linked to another volunteer.' }, 'subject');
    return volunteer;
  }

  async setActive(caller: Caller, id: string, active: boolean): Promise<Volunteer> {
    const volunteer = await this.em.findOne(Volunteer, { id: uuidOrNull(id) ?? '00000000-0000-0000-0000-000000000000' }, { populate: ['team'] });
    if (!volunteer) throw notFound(VOLUNTEER, id);
    await this.jurisdiction.pathFor(caller, volunteer.unitCode);
    volunteer.active = active;
    await this.em.flush();
    return volunteer;
  }

  /** Dossiers helped, within the caller's scope (by the unit that received them), newest first. */
  async assistedDossiers(caller: Caller, args: AssistedDossiersArgs): Promise<AssistedDossierConnection> {
    const offset = decodeCursor(args.after);
    await this.unitPaths.fillMissing();
    const where: Record<string, unknown> = { ...withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'submittedAt') };
    if (args.volunteerId) {
      const volunteer = await this.em.findOne(Volunteer, { id: uuidOrNull(args.volunteerId) ?? '00000000-0000-0000-0000-000000000000' });
      if (!volunteer) throw notFound(VOLUNTEER, args.volunteerId);
      await this.jurisdiction.assertVisible(caller, volunteer, volunteer.createdAt);
      where.helperSubject = volunteer.subject ?? '';
    }
    if (args.from || args.to) {
      where.submittedAt = { ...(args.from ? { $gte: startOfVietnamDay(args.from) } : {}), ...(args.to ? { $lt: endOfVietnamDayExclusive(args.to) } : {}) };
    }
    const [nodes, totalCount] = await this.em.findAndCount(AssistedDossier, where, { orderBy: { submittedAt: 'desc', dossierCode: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** How many dossiers each account helped submit (all time), and when last. */
  async helperCounts(subjects: readonly string[]): Promise<Map<string, HelperCounts>> {
    if (!subjects.length) return new Map();
    const rows: { helper_subject: string; total: string; last: Date | null }[] = await this.em.execute(
      `select helper_subject, count(*) as total, max(submitted_at) as last from outreach.assisted_dossier
       where helper_subject in (${placeholdersFor(subjects)}) group by helper_subject`,
      [...subjects],
    );
    return new Map(rows.map((r) => [r.helper_subject, { total: Number(r.total), last: r.last ? new Date(r.last) : null }]));
  }

  /** Per team: active members and the dossiers they helped submit. */
  async teamCounts(teamIds: readonly string[]): Promise<Map<string, { members: number; assisted: number }>> {
    if (!teamIds.length) return new Map();
    const rows: { team_id: string; members: string; assisted: string }[] = await this.em.execute(
      `select v.team_id, count(distinct v.id) filter (where v.active) as members, count(d.dossier_code) as assisted
       from outreach.volunteer v left join outreach.assisted_dossier d on d.helper_subject = v.subject
       where v.team_id in (${placeholdersFor(teamIds)}) group by v.team_id`,
      [...teamIds],
    );
    return new Map(rows.map((r) => [r.team_id, { members: Number(r.members), assisted: Number(r.assisted) }]));
  }

  /**
   * Per unit in scope, for the months the period touches: teams and active volunteers now, and the submissions the
   * dossiers service reported (online, in person, with a volunteer's help).
   */
  async summary(caller: Caller, unitCode: string | null | undefined, from: string, to: string): Promise<VolunteerUnitSummary[]> {
    checkPeriod(from, to);
    const scope = await this.jurisdiction.scope(caller, unitCode);
    await this.unitPaths.fillMissing();
    const s = scopeSql(scope, { code: 'unit_code', at: 'month', days: true });
    const registered = (table: string) => scopeSql(scope, { code: `${table}.unit_code`, at: `${table}.created_at` });
    const [teams, volunteers] = [registered('support_team'), registered('volunteer')];
    const counts: { unit_code: string; online: string; in_person: string; assisted: string }[] = await this.em.execute(
      `select unit_code, sum(online) as online, sum(in_person) as in_person, sum(assisted) as assisted from outreach.submission_month
       where month >= date_trunc('month', ?::date) and month <= ?::date and ${s.sql} group by unit_code`,
      [from, to, ...s.params],
    );
    const registry: { unit_code: string; teams: string; volunteers: string }[] = await this.em.execute(
      `select unit_code, sum(teams) as teams, sum(volunteers) as volunteers from (
         select unit_code, count(*) as teams, 0 as volunteers from outreach.support_team where ${teams.sql} group by unit_code
         union all
         select unit_code, 0, count(*) from outreach.volunteer where active and ${volunteers.sql} group by unit_code
       ) t group by unit_code`,
      [...teams.params, ...volunteers.params],
    );
    const rows = new Map<string, VolunteerUnitSummary>();
    const row = (code: string) => {
      let found = rows.get(code);
      if (!found) {
        found = { unit: { code }, teams: 0, activeVolunteers: 0, assistedDossiers: 0, onlineSubmissions: 0, inPersonSubmissions: 0, assistedShare: null };
        rows.set(code, found);
      }
      return found;
    };
    for (const r of registry) Object.assign(row(r.unit_code), { teams: Number(r.teams), activeVolunteers: Number(r.volunteers) });
    for (const c of counts) {
      const online = Number(c.online);
      const assisted = Number(c.assisted);
      Object.assign(row(c.unit_code), { onlineSubmissions: online, inPersonSubmissions: Number(c.in_person), assistedDossiers: assisted, assistedShare: online ? assisted / online : null });
    }
    return [...rows.values()].sort((a, b) => b.assistedDossiers - a.assistedDossiers || a.unit.code.localeCompare(b.unit.code));
  }

  private async flushUnique(message: { vi: string; en: string }, field: string): Promise<void> {
    try {
      await this.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw new AppError('CONFLICT', { message, details: { fields: [{ field, constraints: ['unique'] }] } });
      throw err;
    }
  }
}
