import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, containsEveryWord, decodeCursor, pageInfo } from '@motcua/platform';
import { Procedure } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import type { ProcedureConnection, ProcedureSearchArgs } from '../resolvers/procedure-connection.types';

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
    if (args.settlingLevel) where.settlingLevel = args.settlingLevel;
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
    const versions = await this.em.find(ProcedureVersion, {
      $or: procedures.map((p) => ({ procedure: p.code, version: p.currentVersion })),
    });
    for (const v of versions) {
      const owner = procedures.find((p) => p.code === v.procedure.code);
      if (owner) currentVersions.set(owner, v);
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

  /** The version in force now; loaded once per procedure within a request. */
  async currentVersion(procedure: Procedure): Promise<ProcedureVersion> {
    const cached = currentVersions.get(procedure);
    if (cached) return cached;
    const loaded = await this.version(procedure.code, procedure.currentVersion);
    currentVersions.set(procedure, loaded);
    return loaded;
  }

  async version(code: string, version: number): Promise<ProcedureVersion> {
    const found = await this.em.findOne(ProcedureVersion, { procedure: code, version });
    if (!found) throw new AppError('NOT_FOUND', { details: { procedure: code, version } });
    return found;
  }
}
