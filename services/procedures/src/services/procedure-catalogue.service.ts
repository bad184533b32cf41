import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { AppError, decodeCursor, pageInfo, searchWords, vietnamDay } from '@motcua/platform';
import { Procedure } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import type { ProcedureConnection, ProcedureSearchArgs } from '../resolvers/procedure-connection.types';
import { versionInForce } from '../catalogue/version-in-force';
import { catalogueCache } from '../catalogue/catalogue-cache';

/** Current versions already loaded for entities of this request (entities live as long as the request). */
const currentVersions = new WeakMap<Procedure, ProcedureVersion>();

/** Words of a found procedure's name (as written) that the search matched, for the page that showed it. */
const matchedWordsOf = new WeakMap<Procedure, string[]>();

/** Marks around what `ts_headline` matched; no procedure name holds them. */
const MARK_START = '«';
const MARK_END = '»';

/** Reads of the procedure catalogue. */
export class ProcedureCatalogueService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Full-text search in the database (migration 20261203060000-procedure-search, docs/procedure-search.md): every
   * word must match, after synonyms and one-letter typo correction; the last word may be a beginning. Whole-word
   * matches come first, then by rank (name above English name and code, field, result), then by name.
   */
  search(args: ProcedureSearchArgs): Promise<ProcedureConnection> {
    const { search, field, settlingLevel, onlineLevel, first, after } = args;
    const key = JSON.stringify([vietnamDay(), search, field, settlingLevel, onlineLevel, first, after]);
    // Kept answers were loaded in an entity manager of their own, never one a request goes on to use.
    return catalogueCache.get(key, () => new ProcedureCatalogueService(this.em.fork()).load(args));
  }

  private async load(args: ProcedureSearchArgs): Promise<ProcedureConnection> {
    const offset = decodeCursor(args.after);
    const where: Record<string, unknown> = {};
    const text = searchWords(args.search).join(' ');
    const schema = this.em.config.get('schema');
    if (text) where[raw((a) => `${a}.search_vector @@ "${schema}".search_query(?, true)`, [text])] = true;
    if (args.field) where.field = args.field;
    if (args.settlingLevel) where.versions = { settlingLevel: args.settlingLevel, ...validOn(vietnamDay()) };
    if (args.onlineLevel) where.onlineLevel = args.onlineLevel;
    const byRelevance = text
      ? [
          { [raw((a) => `${a}.search_vector @@ "${schema}".search_query(?, false)`, [text])]: 'desc' },
          { [raw((a) => `ts_rank('{0.1, 0.2, 0.4, 1.0}', ${a}.search_vector, "${schema}".search_query(?, true), 1)`, [text])]: 'desc' },
        ]
      : [];
    const [nodes, totalCount] = await this.em.findAndCount(Procedure, where, {
      orderBy: [...byRelevance, { name: 'asc' }, { code: 'asc' }],
      limit: args.first,
      offset,
    });
    await this.preloadCurrentVersions(nodes);
    if (text) await this.markMatchedWords(nodes, text);
    return { totalCount, nodes, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** The words of the procedure's name this request's search matched; empty outside a search. */
  matchedWords(procedure: Procedure): string[] {
    return matchedWordsOf.get(procedure) ?? [];
  }

  /** `ts_headline` marks the name's words the query matched, diacritics and case as written. */
  private async markMatchedWords(procedures: Procedure[], text: string): Promise<void> {
    if (!procedures.length) return;
    const schema = this.em.config.get('schema');
    const rows: { code: string; marked: string }[] = await this.em.getConnection().execute(
      `select code, ts_headline('"${schema}".vietnamese', name, "${schema}".search_query(?, true),
         'HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}') as marked
       from "${schema}".procedure where code in (?)`,
      [text, procedures.map((p) => p.code)],
    );
    const byCode = new Map(rows.map((r) => [r.code, r.marked]));
    for (const p of procedures) matchedWordsOf.set(p, markedWords(byCode.get(p.code) ?? ''));
  }

  /** One query for the current versions of a page, instead of one per procedure. */
  private async preloadCurrentVersions(procedures: Procedure[]): Promise<void> {
    if (!procedures.length) return;
    const versions = await this.em.find(ProcedureVersion, { procedure: { $in: procedures.map((p) => p.code) } });
    const today = vietnamDay();
    for (const p of procedures) {
      const current = versionInForce(
        versions.filter((v) => v.procedure.code === p.code),
        today,
      );
      if (current) currentVersions.set(p, current);
    }
  }

  async byCode(code: string): Promise<Procedure | null> {
    return this.em.findOne(Procedure, { code });
  }

  async fields(): Promise<string[]> {
    const rows: { field: string }[] = await this.em.getConnection().execute(`select distinct field from "${this.em.config.get('schema')}".procedure order by field`);
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

/** The distinct marked words of a headline, in the order they appear. */
function markedWords(marked: string): string[] {
  const words = [...marked.matchAll(new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g'))].map((m) => m[1]!);
  return [...new Set(words)];
}

/** Versions whose window holds `day` (local days, both ends inclusive). */
function validOn(day: string): Record<string, unknown> {
  return { validFrom: { $lte: day }, $or: [{ validTo: null }, { validTo: { $gte: day } }] };
}
