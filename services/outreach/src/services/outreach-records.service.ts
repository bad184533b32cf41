import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, decodeCursor, hasRole, pageInfo, type Caller, type UnitDirectory } from '@motcua/platform';
import { OutreachEvent } from '../entities/outreach-event.entity';
import { TrainingSession } from '../entities/training-session.entity';
import type { OutreachEventConnection, OutreachPageArgs, RecordTrainingSessionInput, TrainingSessionConnection } from '../resolvers/outreach.types';

/** Training sessions and outreach events, read and recorded within the official's jurisdiction. */
export class OutreachRecordsService {
  constructor(
    private readonly em: EntityManager,
    private readonly units: UnitDirectory,
  ) {}

  async trainingSessions(caller: Caller, args: OutreachPageArgs): Promise<TrainingSessionConnection> {
    const offset = decodeCursor(args.after);
    const where = await this.unitFilter(caller, args.unitCode);
    const [nodes, totalCount] = await this.em.findAndCount(TrainingSession, where, { orderBy: { startsAt: 'desc', id: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async outreachEvents(caller: Caller, args: OutreachPageArgs): Promise<OutreachEventConnection> {
    const offset = decodeCursor(args.after);
    const where = await this.unitFilter(caller, args.unitCode);
    const [nodes, totalCount] = await this.em.findAndCount(OutreachEvent, where, { orderBy: { startsAt: 'desc', id: 'asc' }, limit: args.first, offset });
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  async recordTrainingSession(caller: Caller, input: RecordTrainingSessionInput): Promise<TrainingSession> {
    if (input.endsAt < input.startsAt) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The end must come after the start.' },
        details: { fields: [{ field: 'endsAt', constraints: ['afterStart'] }] },
      });
    }
    const unitPath = await this.pathWithinJurisdiction(caller, input.unitCode);
    const session = this.em.create(TrainingSession, { ...input, unitPath, createdBy: caller.subject });
    await this.em.flush();
    return session;
  }

  /** Officials act for their own unit and the units beneath it; admins for all. Returns the unit's path. */
  async pathWithinJurisdiction(caller: Caller, unitCode: string): Promise<string> {
    const path = await this.units.pathOf(unitCode);
    if (!path) throw new AppError('NOT_FOUND', { details: { unitCode } });
    if (!hasRole(caller, 'ADMIN') && (!caller.unitCode || !path.includes(caller.unitCode))) throw new AppError('OUT_OF_JURISDICTION');
    return path.join('/');
  }

  /** Records of a unit and everything beneath it: their path starts with the unit's path. */
  private async unitFilter(caller: Caller, unitCode?: string | null): Promise<object> {
    const scope = unitCode ?? (hasRole(caller, 'ADMIN') ? null : caller.unitCode);
    if (!scope) {
      if (hasRole(caller, 'ADMIN')) return {};
      throw new AppError('OUT_OF_JURISDICTION');
    }
    const prefix = await this.pathWithinJurisdiction(caller, scope);
    return { $or: [{ unitPath: prefix }, { unitPath: { $like: `${prefix}/%` } }] };
  }
}
