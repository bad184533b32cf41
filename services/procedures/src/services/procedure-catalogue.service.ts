import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, containsEveryWord, decodeCursor, pageInfo } from '@motcua/platform';
import { Procedure } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import type { ProcedureConnection, ProcedureSearchArgs } from '../resolvers/procedure-connection.types';
import { versionInForce } from '../catalogue/version-in-force';
import { vietnamDay } from './administrative-map.service';

/** Current versions already loaded for entities of this request (entities live as long as the request). */
const currentVersions = new WeakMap<Procedure, ProcedureVersion>();

/** Reads of the procedure catalogue. */
export class ProcedureCatalogueService {
  constructor(private readonly em: EntityManager) {}

  async search(args: ProcedureSearchArgs): Promise<ProcedureConnection> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = {};
    const words = containsEveryWord('searchText', args.search);
    if (words.length) where.$and = words;
    if (args.field) where.field = args.field;
    if (args.settlingLevel) where.versions = { settlingLevel: args.settlingLevel, ...validOn(vietnamDay()) };
    if (args.onlineLevel) where.onlineLevel = args.onlineLevel;
    const [nodes, totalCount] = await this.em.findAndCount(Procedure, where, {
      orderBy: { name: 'asc', code: 'asc' },
      limit: args.first,
      offset,
    });
    await this.preloadCurrentVersions(nodes);
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** One query for the current versions of a page, instead of one per procedure. */
  private async preloadCurrentVersions(procedures: Procedure[]): Promise<void> {
    if (!procedures.length) return;
    const versions = await this.em.find(ProcedureVersion, { procedure: { $in: procedures.map((p) => p.code) } });
    const today = vietnamDay();
    for (const p of procedures) {
      const current = versionInForce(versions.filter((v) => v.procedure.code === p.code), today);
      if (current) currentVersions.set(p, current);
    }
  }

  async byCode(code: string): Promise<Procedure | null> {
    return this.em.findOne(Procedure, { code });
  }

  async fields(): Promise<string[]> {
    const rows: { field: string }[] = await this.em.getConnection().execute(
      `select distinct field from "${this.em.config.get('schema')}".procedure order by field`,
    );
    return rows.map((r) => r.field);
  }

  /** The version valid today (Asia/Ho_Chi_Minh); loaded once per procedure within a request. */
  async currentVersion(procedure: Procedure): Promise<ProcedureVersion> {
    const cached = currentVersions.get(procedure);
    if (cached) return cached;
    const loaded = versionInForce(await this.em.find(ProcedureVersion, { procedure: procedure.code }), vietnamDay());
    if (!loaded) throw new AppError('NOT_FOUND', { details: { procedure: procedure.code } });
    currentVersions.set(procedure, loaded);
    return loaded;
  }

  async version(code: string, version: number): Promise<ProcedureVersion> {
    const found = await this.em.findOne(ProcedureVersion, { procedure: code, version });
    if (!found) {
      throw new AppError('NOT_FOUND', {
        message: { vi: `Thủ tục ${code} không có phiên bản ${version}.`, en: `Procedure ${code} has no version ${version}.` },
        details: { procedure: code, version, fields: [{ field: 'version' }] },
      });
    }
    return found;
  }

  /** Every version of the procedure, oldest first. */
  async versions(code: string): Promise<ProcedureVersion[]> {
    return this.em.find(ProcedureVersion, { procedure: code }, { orderBy: { version: 'asc' } });
  }
}

/** Versions whose window holds `day` (local days, both ends inclusive). */
function validOn(day: string): Record<string, unknown> {
  return { validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] };
}
