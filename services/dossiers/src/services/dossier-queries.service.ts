import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, decodeCursor, everyWordLike, pageInfo, placeholdersFor, selectPlain, type Caller, type SqlStatement } from '@motcua/platform';
import { DossierStatus } from '../domain/dossier-state';
import { Dossier } from '../entities/dossier.entity';
import { InboxOrder, type DossierConnection, type InboxArgs, type PageArgs } from '../resolvers/dossier.types';

/** States in which a dossier waits for its unit to act. */
const WAITING_FOR_UNIT = [DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY];

const INBOX_ORDER: Record<InboxOrder, string> = {
  [InboxOrder.ARRIVAL]: 'received_at asc, submitted_at asc, code asc',
  [InboxOrder.DUE_SOONEST]: 'due_at asc nulls last, received_at asc, code asc',
};

/**
 * Reads of dossiers, each scoped to what the caller may see. They are the hottest reads of the graph, so they
 * are plain rows (`selectPlain`), not managed entities: the answer is read, never changed.
 */
export class DossierQueries {
  constructor(private readonly em: EntityManager) {}

  async byCode(code: string): Promise<Dossier | null> {
    const [found] = await selectPlain(this.em, Dossier, 'select * from dossiers.dossier where code = ?', [code]);
    return found ?? null;
  }

  inbox(caller: Caller, args: InboxArgs): Promise<DossierConnection> {
    if (!caller.unitCode) throw new AppError('OUT_OF_JURISDICTION');
    const statuses = args.statuses?.length ? args.statuses : WAITING_FOR_UNIT;
    const waiting: SqlStatement = { sql: `(current_unit_code = ? and status in (${placeholdersFor(statuses)}))`, params: [caller.unitCode, ...statuses] };
    // A result settled by another unit waits at the counter that received the dossier, which hands it over.
    const toHandOver: SqlStatement | null = statuses.includes(DossierStatus.RESULT_READY) ? { sql: '(unit_code = ? and status = ?)', params: [caller.unitCode, DossierStatus.RESULT_READY] } : null;
    const handlerSubject = args.assignedToMe ? caller.subject : args.handlerSubject;
    const conditions: SqlStatement[] = [
      toHandOver ? { sql: `(${waiting.sql} or ${toHandOver.sql})`, params: [...waiting.params, ...toHandOver.params] } : waiting,
      ...(handlerSubject ? [{ sql: 'handler_subject = ?', params: [handlerSubject] }] : []),
      ...everyWordLike('search_text', args.search),
    ];
    return this.page(conditions, args, INBOX_ORDER[args.orderBy ?? InboxOrder.ARRIVAL]);
  }

  mine(caller: Caller, args: PageArgs): Promise<DossierConnection> {
    return this.page([{ sql: '(applicant_subject = ? or assisted_by_subject = ?)', params: [caller.subject, caller.subject] }], args, 'created_at desc, code desc');
  }

  private async page(conditions: SqlStatement[], args: PageArgs, orderBy: string): Promise<DossierConnection> {
    const offset = decodeCursor(args.after);
    const where = conditions.map((c) => c.sql).join(' and ');
    const params = conditions.flatMap((c) => c.params);
    const nodes = await selectPlain(this.em, Dossier, `select * from dossiers.dossier where ${where} order by ${orderBy} limit ? offset ?`, [...params, args.first, offset]);
    // A first page that is not full is the whole list: no need to count it.
    const whole = offset === 0 && nodes.length < args.first;
    const totalCount = whole ? nodes.length : await this.count(where, params);
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const [row] = await this.em.execute<{ total: number }[]>(`select count(*)::int as total from dossiers.dossier where ${where}`, params);
    return row.total;
  }
}
