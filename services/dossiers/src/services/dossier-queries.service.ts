import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, containsEveryWord, decodeCursor, pageInfo, type Caller } from '@motcua/platform';
import { DossierStatus } from '../domain/dossier-state';
import { Dossier } from '../entities/dossier.entity';
import { InboxOrder, type DossierConnection, type InboxArgs, type PageArgs } from '../resolvers/dossier.types';

/** States in which a dossier waits for its unit to act. */
const WAITING_FOR_UNIT = [DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY];

/** Reads of dossiers, each scoped to what the caller may see. */
export class DossierQueries {
  constructor(private readonly em: EntityManager) {}

  byCode(code: string): Promise<Dossier | null> {
    return this.em.findOne(Dossier, { code });
  }

  async inbox(caller: Caller, args: InboxArgs): Promise<DossierConnection> {
    if (!caller.unitCode) throw new AppError('OUT_OF_JURISDICTION');
    const words = containsEveryWord('searchText', args.search);
    const statuses = args.statuses?.length ? args.statuses : WAITING_FOR_UNIT;
    // A result settled by another unit waits at the counter that received the dossier, which hands it over.
    const toHandOver = statuses.includes(DossierStatus.RESULT_READY) ? [{ unitCode: caller.unitCode, status: DossierStatus.RESULT_READY }] : [];
    const handlerSubject = args.assignedToMe ? caller.subject : args.handlerSubject;
    return this.page(
      {
        $or: [{ currentUnitCode: caller.unitCode, status: { $in: statuses } }, ...toHandOver],
        ...(handlerSubject ? { handlerSubject } : {}),
        ...(words.length ? { $and: words } : {}),
      },
      args,
      args.orderBy === InboxOrder.DUE_SOONEST ? { dueAt: 'asc nulls last', receivedAt: 'asc', code: 'asc' } : { receivedAt: 'asc', submittedAt: 'asc', code: 'asc' },
    );
  }

  mine(caller: Caller, args: PageArgs): Promise<DossierConnection> {
    return this.page({ $or: [{ applicantSubject: caller.subject }, { assistedBySubject: caller.subject }] }, args, { createdAt: 'desc', code: 'desc' });
  }

  private async page(where: object, args: PageArgs, orderBy: Record<string, 'asc' | 'desc' | 'asc nulls last'>): Promise<DossierConnection> {
    const offset = decodeCursor(args.after);
    const [nodes, totalCount] = await this.em.findAndCount(Dossier, where, { orderBy, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }
}
