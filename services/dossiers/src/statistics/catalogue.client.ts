import { createGraphClient, type GraphClient, vietnamDay } from '@motcua/platform';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type SettlingLevel = UnitLevel;

/** A unit version whose statistics roll up into the asked unit's subtree: into which unit, and which part. */
export interface CatalogueLineageEntry {
  code: string;
  /** 'YYYY-MM-DD'; null: since the data begin. */
  validFrom: string | null;
  /** 'YYYY-MM-DD', the last day; null: in force. */
  validTo: string | null;
  level: UnitLevel;
  /** The asked unit itself or one of its children (same period as the asked unit). */
  intoCode: string;
  portion: number;
  portions: number;
}

export interface CatalogueChild {
  code: string;
  name: string;
  level: UnitLevel;
}

/** One unit version as the indicators read it: its place, its children and whose history it carries. */
export interface CatalogueUnit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Codes from the root down to this unit, within its own period. */
  path: string[];
  validFrom: string | null;
  validTo: string | null;
  children: CatalogueChild[];
  lineage: CatalogueLineageEntry[];
}

/** The settling level of one version of a procedure and the days it held. */
interface SettlingPeriod {
  validFrom: string | null;
  validTo: string | null;
  settlingLevel: SettlingLevel;
}

export interface CatalogueProcedure {
  code: string;
  name: string;
  field: string;
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  processingDays: number;
  /** A fee or charge is due (current version). */
  hasFee: boolean;
  /** Every version's settling level, oldest first (a procedure moved from district to commune in 2025). */
  settlingLevels: SettlingPeriod[];
}

/** What the indicators need from the procedures service: one unit of a day with its lineage, and the catalogue. */
export interface Catalogue {
  /** The unit with that code on `asOf` ('YYYY-MM-DD'); without a day, today's, else the latest that had the code; or null. */
  unit(code: string, asOf: string | null): Promise<CatalogueUnit | null>;
  procedures(): Promise<CatalogueProcedure[]>;
}

/** The level that settled the procedure on `day`: the version valid then (before the first version, the first). */
export function settlingLevelOn(procedure: Pick<CatalogueProcedure, 'settlingLevels'>, day: string): SettlingLevel {
  const levels = procedure.settlingLevels;
  const valid = levels.find((l) => (l.validFrom ?? '') <= day && (l.validTo === null || day <= l.validTo));
  return (valid ?? (day < (levels[0].validFrom ?? '') ? levels[0] : levels[levels.length - 1])).settlingLevel;
}

const UNIT = `query StatisticsUnit($code: String!, $asOf: Date) {
  administrativeUnit(code: $code, asOf: $asOf) {
    code name level path validFrom validTo
    children { code name level }
    lineage { code validFrom validTo level intoCode portion portions }
  }
}`;
const VERSION_FIELDS = 'version settlingLevel validFrom validTo';
const PROCEDURES = `query StatisticsProcedures($after: String) {
  procedures(first: 100, after: $after) {
    nodes { code name field onlineLevel processingDays fees { amountVnd } current { ${VERSION_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface VersionNode {
  version: number;
  settlingLevel: SettlingLevel;
  validFrom: string | null;
  validTo: string | null;
}
type ProcedureNode = Omit<CatalogueProcedure, 'hasFee' | 'settlingLevels'> & { fees: { amountVnd: number }[]; current: VersionNode };
type UnitNode = Omit<CatalogueUnit, 'path'> & { path: string };

const TTL_MS = 10 * 60_000;
/** Units asked for by code and day, remembered at most this many at once. */
const MAX_CACHED_UNITS = 500;

/** One value loaded on demand and kept for a while; a failed load is forgotten at once. */
class Cached<T> {
  private entry: { at: number; value: Promise<T> } | null = null;

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.entry && Date.now() - this.entry.at < TTL_MS) return this.entry.value;
    const entry = { at: Date.now(), value: this.load() };
    this.entry = entry;
    entry.value.catch(() => {
      if (this.entry === entry) this.entry = null;
    });
    return entry.value;
  }
}

/**
 * Reads the procedures subgraph's API (never its tables), cached for a few minutes: the map changes rarely.
 * Units are asked for one at a time, by code and day, with their lineage; the country's map (some 14,000 unit
 * versions) is never loaded whole.
 */
export class GraphCatalogue implements Catalogue {
  private readonly units = new Map<string, Cached<CatalogueUnit | null>>();
  private readonly cachedProcedures = new Cached(() => this.loadProcedures());

  constructor(private readonly graph: GraphClient = createGraphClient(process.env.PROCEDURES_URL)) {}

  unit(code: string, asOf: string | null): Promise<CatalogueUnit | null> {
    const key = `${code}@${asOf ?? ''}`;
    let cached = this.units.get(key);
    if (!cached) {
      if (this.units.size >= MAX_CACHED_UNITS) this.units.delete(this.units.keys().next().value!);
      cached = new Cached(() => this.loadUnit(code, asOf));
      this.units.set(key, cached);
    }
    return cached.get();
  }

  procedures(): Promise<CatalogueProcedure[]> {
    return this.cachedProcedures.get();
  }

  private async loadUnit(code: string, asOf: string | null): Promise<CatalogueUnit | null> {
    const data = await this.graph.request<{ administrativeUnit: UnitNode | null }>(UNIT, { code, asOf });
    const unit = data.administrativeUnit;
    return unit && { ...unit, path: unit.path.split('/'), validFrom: dayKey(unit.validFrom), validTo: dayKey(unit.validTo) };
  }

  private async loadProcedures(): Promise<CatalogueProcedure[]> {
    const nodes: ProcedureNode[] = [];
    let after: string | null = null;
    do {
      const data: { procedures: { nodes: ProcedureNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await this.graph.request(PROCEDURES, { after });
      nodes.push(...data.procedures.nodes);
      after = data.procedures.pageInfo.hasNextPage ? data.procedures.pageInfo.endCursor : null;
    } while (after);
    const older = await this.olderVersions(nodes);
    return nodes.map(({ fees, current, ...p }) => ({
      ...p,
      hasFee: fees.some((f) => f.amountVnd > 0),
      settlingLevels: [...(older.get(p.code) ?? []), current].map((v) => ({ validFrom: dayKey(v.validFrom), validTo: dayKey(v.validTo), settlingLevel: v.settlingLevel })),
    }));
  }

  /** The versions before the current one, in one request (aliases), oldest first. */
  private async olderVersions(nodes: ProcedureNode[]): Promise<Map<string, VersionNode[]>> {
    const asks = nodes.flatMap((p) => Array.from({ length: p.current.version - 1 }, (_, i) => ({ code: p.code, version: i + 1 })));
    const out = new Map<string, VersionNode[]>();
    if (!asks.length) return out;
    const declarations = asks.map((_, i) => `$c${i}: String!`).join(', ');
    const fields = asks.map((a, i) => `v${i}: procedure(code: $c${i}) { version(version: ${a.version}) { ${VERSION_FIELDS} } }`).join('\n');
    const data = await this.graph.request<Record<string, { version: VersionNode } | null>>(
      `query StatisticsVersions(${declarations}) {\n${fields}\n}`,
      Object.fromEntries(asks.map((a, i) => [`c${i}`, a.code])),
    );
    asks.forEach((a, i) => {
      const version = data[`v${i}`]?.version;
      if (version) out.set(a.code, [...(out.get(a.code) ?? []), version]);
    });
    return out;
  }
}

/** A version's or unit's day as 'YYYY-MM-DD' (a Date scalar already is; a timestamp is read in Vietnam's time). */
function dayKey(value: string | null): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : vietnamDay(new Date(value));
}

/** A unit of a fixed map (benchmarks, tests): its path, its level and a name; no reform. */
export interface FixedUnit {
  code: string;
  name: string;
  level: UnitLevel;
  path: string[];
}

/**
 * A fixed catalogue (benchmarks, volume generation, tests): one period, no predecessors, every procedure with
 * one version. Each unit's lineage is its subtree, each unit rolling into the child it lies under.
 */
export function fixedCatalogue(units: readonly FixedUnit[], procedures: readonly (Omit<CatalogueProcedure, 'settlingLevels'> & { settlingLevel: SettlingLevel })[]): Catalogue {
  const fixed = procedures.map(({ settlingLevel, ...p }) => ({ ...p, settlingLevels: [{ validFrom: null, validTo: null, settlingLevel }] }));
  return {
    procedures: async () => fixed,
    unit: async (code) => {
      const unit = units.find((u) => u.code === code);
      if (!unit) return null;
      const depth = unit.path.length;
      const subtree = units.filter((u) => u.path.slice(0, depth).join('/') === unit.path.join('/'));
      return {
        ...unit,
        validFrom: null,
        validTo: null,
        children: subtree.filter((u) => u.path.length === depth + 1).map(({ code, name, level }) => ({ code, name, level })),
        lineage: subtree.map((u) => ({ code: u.code, validFrom: null, validTo: null, level: u.level, intoCode: u.path[depth] ?? unit.code, portion: 0, portions: 1 })),
      };
    },
  };
}
