import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException, raw } from '@mikro-orm/core';
import { AppError, type Caller, decodeCursor, endOfVietnamDayExclusive, pageInfo, startOfVietnamDay } from '@motcua/platform';
import { SupportRequestAction, SupportRequestStatus, nextSupportStatus } from '../domain/support-request-state';
import { normaliseZaloGroupLink } from '../domain/zalo-link';
import { SupportGroup } from '../entities/support-group.entity';
import { SupportChannel, SupportOutcome, SupportRequest } from '../entities/support-request.entity';
import type {
  CreateSupportGroupInput,
  LogSupportRequestInput,
  SupportChannelStats,
  SupportGroupConnection,
  SupportGroupsArgs,
  SupportRequestConnection,
  SupportRequestsArgs,
  UpdateSupportGroupInput,
} from '../resolvers/support.types';
import { scopeSql, withinScope, type Jurisdiction } from './jurisdiction';
import { uuidOrNull } from './training.service';
import { checkPeriod, cleanText, dossierCodeOrNull, invalid, notFound, notInFuture, procedureCodeOrNull, requiredText } from './validation';

const GROUP = { vi: 'nhóm Zalo', en: 'Zalo group' };
const REQUEST = { vi: 'lượt hỗ trợ', en: 'assisted contact' };
const NO_ID = '00000000-0000-0000-0000-000000000000';
/** A contact belongs to the unit version its code named on the day the citizen asked. */
const REQUEST_COLUMNS = { code: 'unit_code', at: 'received_at' };

/** Zalo support groups, and the log of assisted contacts with its inbox for the people who answer them. */
export class SupportService {
  constructor(
    private readonly em: EntityManager,
    private readonly jurisdiction: Jurisdiction,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async groups(caller: Caller, args: SupportGroupsArgs): Promise<SupportGroupConnection> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = { ...withinScope(await this.jurisdiction.scope(caller, args.unitCode, args.asOf), 'createdAt') };
    if (args.active !== null && args.active !== undefined) where.active = args.active;
    const [nodes, totalCount] = await this.em.findAndCount(SupportGroup, where, { orderBy: { unitPath: 'asc', name: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async createGroup(caller: Caller, input: CreateSupportGroupInput): Promise<SupportGroup> {
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    const group = this.em.create(SupportGroup, {
      unitCode: input.unitCode.trim(),
      unitPath,
      name: requiredText(input.name, 'name', { vi: 'tên nhóm', en: 'the group name' }),
      link: zaloLink(input.link),
      admins: admins(input.admins),
      memberCount: input.memberCount ?? null,
      createdBy: caller.subject,
    });
    await this.flushUniqueLink();
    return group;
  }

  async updateGroup(caller: Caller, id: string, input: UpdateSupportGroupInput): Promise<SupportGroup> {
    const group = await this.em.findOne(SupportGroup, { id: uuidOrNull(id) ?? NO_ID });
    if (!group) throw notFound(GROUP, id);
    await this.jurisdiction.pathFor(caller, group.unitCode);
    if (input.name !== null && input.name !== undefined) group.name = requiredText(input.name, 'name', { vi: 'tên nhóm', en: 'the group name' });
    if (input.link !== null && input.link !== undefined) group.link = zaloLink(input.link);
    if (input.admins) group.admins = admins(input.admins);
    if (input.memberCount !== null && input.memberCount !== undefined) group.memberCount = input.memberCount;
    if (input.active !== null && input.active !== undefined) group.active = input.active;
    await this.flushUniqueLink();
    return group;
  }

  async requests(caller: Caller, args: SupportRequestsArgs): Promise<SupportRequestConnection> {
    const offset = decodeCursor(args.after);
    const scope = await this.jurisdiction.scope(caller, args.unitCode, args.asOf);
    const where: Record<string, unknown> = { ...withinScope(scope, 'receivedAt') };
    if (args.statuses?.length) where.status = { $in: args.statuses };
    if (args.channel) where.channel = args.channel;
    // The inbox: open contacts first, the one waiting longest on top; then answered and resolved ones, newest first.
    const [nodes, totalCount] = await this.em.findAndCount(SupportRequest, where, {
      orderBy: [
        { [raw(`case status when 'OPEN' then 0 when 'ANSWERED' then 1 else 2 end`)]: 'asc' },
        { [raw(`case when status = 'OPEN' then extract(epoch from received_at) else -extract(epoch from received_at) end`)]: 'asc' },
        { id: 'asc' },
      ],
      limit: args.first,
      offset,
      populate: ['supportGroup'],
    });
    const s = scopeSql(scope, REQUEST_COLUMNS);
    const byStatus: { status: SupportRequestStatus; count: string }[] = await this.em.execute(
      `select status, count(*) as count from outreach.support_request where ${s.sql} ${args.channel ? 'and channel = ?' : ''} group by status`,
      [...s.params, ...(args.channel ? [args.channel] : [])],
    );
    const count = (status: SupportRequestStatus) => Number(byStatus.find((r) => r.status === status)?.count ?? 0);
    return {
      totalCount,
      nodes,
      pageInfo: pageInfo(offset, nodes.length, totalCount),
      counts: { open: count(SupportRequestStatus.OPEN), answered: count(SupportRequestStatus.ANSWERED), resolved: count(SupportRequestStatus.RESOLVED) },
    };
  }

  async log(caller: Caller, input: LogSupportRequestInput): Promise<SupportRequest> {
    const now = this.now();
    const receivedAt = input.receivedAt ?? now;
    notInFuture(receivedAt, 'receivedAt', now);
    const unitPath = await this.jurisdiction.pathFor(caller, input.unitCode);
    let group: SupportGroup | null = null;
    if (input.supportGroupId) {
      group = await this.em.findOne(SupportGroup, { id: uuidOrNull(input.supportGroupId) ?? NO_ID });
      if (!group) throw notFound(GROUP, input.supportGroupId);
      if (input.channel !== SupportChannel.ZALO)
        throw invalid('supportGroupId', 'zaloOnly', { vi: 'Chỉ câu hỏi qua Zalo mới gắn với nhóm Zalo.', en: 'Only a Zalo question belongs to a Zalo group.' });
      if (group.unitCode !== input.unitCode.trim()) throw invalid('supportGroupId', 'sameUnit', { vi: 'Nhóm Zalo không thuộc đơn vị này.', en: 'The Zalo group does not belong to this unit.' });
    }
    const answer = cleanText(input.answer);
    const resolved = !!input.outcome;
    const request = this.em.create(SupportRequest, {
      unitCode: input.unitCode.trim(),
      unitPath,
      channel: input.channel,
      question: requiredText(input.question, 'question', { vi: 'nội dung cần hỗ trợ', en: 'the question' }),
      procedureCode: procedureCodeOrNull(input.procedureCode),
      dossierCode: dossierCodeOrNull(input.dossierCode),
      supportGroup: group,
      status: resolved ? SupportRequestStatus.RESOLVED : answer ? SupportRequestStatus.ANSWERED : SupportRequestStatus.OPEN,
      answer,
      outcome: input.outcome ?? null,
      receivedAt,
      answeredAt: answer || resolved ? now : null,
      resolvedAt: resolved ? now : null,
      handledBy: answer || resolved ? caller.subject : null,
      handledByName: answer || resolved ? caller.fullName : null,
      createdBy: caller.subject,
    });
    await this.em.flush();
    return request;
  }

  answer(caller: Caller, id: string, answer: string): Promise<SupportRequest> {
    const text = requiredText(answer, 'answer', { vi: 'nội dung trả lời', en: 'the answer' });
    return this.move(caller, id, SupportRequestAction.ANSWER, (request, now) => {
      request.answer = text;
      request.answeredAt ??= now;
    });
  }

  resolve(caller: Caller, id: string, outcome: SupportOutcome, answer?: string | null): Promise<SupportRequest> {
    const text = cleanText(answer);
    return this.move(caller, id, SupportRequestAction.RESOLVE, (request, now) => {
      if (text) request.answer = text;
      request.outcome = outcome;
      request.answeredAt ??= now;
      request.resolvedAt = now;
    });
  }

  reopen(caller: Caller, id: string): Promise<SupportRequest> {
    return this.move(caller, id, SupportRequestAction.REOPEN, (request) => {
      request.outcome = null;
      request.resolvedAt = null;
    });
  }

  /** Per channel in the period (by when the citizen asked): how many, how many still open, how fast resolved. */
  async stats(caller: Caller, unitCode: string | null | undefined, from: string, to: string): Promise<SupportChannelStats[]> {
    checkPeriod(from, to);
    const s = scopeSql(await this.jurisdiction.scope(caller, unitCode), REQUEST_COLUMNS);
    const rows: { channel: SupportChannel; total: string; open: string; resolved: string; submitted_online: string; median: number | null }[] = await this.em.execute(
      `select channel, count(*) as total,
              count(*) filter (where status = 'OPEN') as open,
              count(*) filter (where status = 'RESOLVED') as resolved,
              count(*) filter (where outcome = 'SUBMITTED_ONLINE') as submitted_online,
              percentile_cont(0.5) within group (order by extract(epoch from resolved_at - received_at) / 60) filter (where resolved_at is not null) as median
       from outreach.support_request where received_at >= ? and received_at < ? and ${s.sql}
       group by channel order by channel`,
      [startOfVietnamDay(from), endOfVietnamDayExclusive(to), ...s.params],
    );
    return rows.map((r) => ({
      channel: r.channel,
      total: Number(r.total),
      open: Number(r.open),
      resolved: Number(r.resolved),
      submittedOnline: Number(r.submitted_online),
      medianMinutesToResolve: r.median === null ? null : Math.round(Number(r.median)),
    }));
  }

  /** One step of a contact, under a row lock: two people answering at once are served one after the other. */
  private async move(caller: Caller, id: string, action: SupportRequestAction, change: (request: SupportRequest, now: Date) => void): Promise<SupportRequest> {
    const key = uuidOrNull(id) ?? NO_ID;
    await this.em.transactional(async (tx) => {
      const request = await tx.findOne(SupportRequest, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw notFound(REQUEST, id);
      await this.jurisdiction.assertVisible(caller, request, request.receivedAt);
      const next = nextSupportStatus(request.status, action);
      if (!next) {
        throw new AppError('INVALID_TRANSITION', {
          message: { vi: 'Lượt hỗ trợ này đã được xử lý xong hoặc không ở trạng thái phù hợp.', en: 'This contact is already closed or not in a state that allows this.' },
          details: { status: request.status, action },
        });
      }
      const now = this.now();
      change(request, now);
      request.status = next;
      request.handledBy = caller.subject;
      request.handledByName = caller.fullName;
    });
    this.em.clear();
    return this.em.findOneOrFail(SupportRequest, { id: key }, { populate: ['supportGroup'] });
  }

  private async flushUniqueLink(): Promise<void> {
    try {
      await this.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw new AppError('CONFLICT', {
          message: { vi: 'Đường dẫn nhóm Zalo này đã được ghi nhận.', en: 'This Zalo group link is already recorded.' },
          details: { fields: [{ field: 'link', constraints: ['unique'] }] },
        });
      }
      throw err;
    }
  }
}

function zaloLink(value: string): string {
  const link = normaliseZaloGroupLink(value);
  if (!link)
    throw invalid('link', 'zaloGroupLink', { vi: 'Đường dẫn phải là lời mời vào nhóm Zalo, dạng https://zalo.me/g/…', en: 'The link must be a Zalo group invitation, like https://zalo.me/g/…' });
  return link;
}

function admins(names: readonly string[]): string[] {
  const list = names.map((n) => n.trim()).filter(Boolean);
  if (!list.length) throw invalid('admins', 'arrayNotEmpty', { vi: 'Nhóm cần ít nhất một người quản trị.', en: 'The group needs at least one admin.' });
  return list;
}
