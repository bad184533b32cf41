import { createGraphClient, type GraphClient } from '@motcua/platform';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface CatalogueUnit {
  code: string;
  name: string;
  level: UnitLevel;
  /** Codes from the root down to this unit. */
  path: string[];
}

export interface CatalogueProcedure {
  code: string;
  name: string;
  field: string;
  settlingLevel: 'COMMUNE' | 'DISTRICT';
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  processingDays: number;
  /** A fee or charge is due (current version). */
  hasFee: boolean;
}

/** What the indicators need from the procedures service: the administrative tree and the catalogue. */
export interface Catalogue {
  units(): Promise<CatalogueUnit[]>;
  procedures(): Promise<CatalogueProcedure[]>;
}

const UNITS = `query StatisticsUnits { administrativeUnits { code name level path } }`;
const PROCEDURES = `query StatisticsProcedures($after: String) {
  procedures(first: 100, after: $after) {
    nodes { code name field settlingLevel onlineLevel processingDays fees { amountVnd } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type ProcedureNode = Omit<CatalogueProcedure, 'hasFee'> & { fees: { amountVnd: number }[] };

const TTL_MS = 10 * 60_000;

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

/** Reads the procedures subgraph's API (never its tables), cached for a few minutes: the map changes rarely. */
export class GraphCatalogue implements Catalogue {
  private readonly cachedUnits = new Cached(() => this.loadUnits());
  private readonly cachedProcedures = new Cached(() => this.loadProcedures());

  constructor(private readonly graph: GraphClient = createGraphClient(process.env.PROCEDURES_URL)) {}

  units(): Promise<CatalogueUnit[]> {
    return this.cachedUnits.get();
  }

  procedures(): Promise<CatalogueProcedure[]> {
    return this.cachedProcedures.get();
  }

  private async loadUnits(): Promise<CatalogueUnit[]> {
    const data = await this.graph.request<{ administrativeUnits: (Omit<CatalogueUnit, 'path'> & { path: string })[] }>(UNITS);
    return data.administrativeUnits.map((u) => ({ ...u, path: u.path.split('/') }));
  }

  private async loadProcedures(): Promise<CatalogueProcedure[]> {
    const all: CatalogueProcedure[] = [];
    let after: string | null = null;
    do {
      const data: { procedures: { nodes: ProcedureNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await this.graph.request(PROCEDURES, { after });
      for (const { fees, ...p } of data.procedures.nodes) all.push({ ...p, hasFee: fees.some((f) => f.amountVnd > 0) });
      after = data.procedures.pageInfo.hasNextPage ? data.procedures.pageInfo.endCursor : null;
    } while (after);
    return all;
  }
}

/** A fixed catalogue (benchmarks, volume generation). */
export function fixedCatalogue(units: CatalogueUnit[], procedures: CatalogueProcedure[]): Catalogue {
  return { units: async () => units, procedures: async () => procedures };
}

/** The unit and every unit beneath it. */
export function subtreeOf(units: readonly CatalogueUnit[], code: string): CatalogueUnit[] {
  return units.filter((u) => u.path.includes(code));
}
