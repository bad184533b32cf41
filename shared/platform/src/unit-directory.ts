import type { GraphClient } from './graph-client';

/** A unit version whose records roll up into a unit's subtree (the procedures subgraph's `lineage`). */
export interface UnitLineageEntry {
  code: string;
  /** 'YYYY-MM-DD'; null: since the data begin. */
  validFrom: string | null;
  /** 'YYYY-MM-DD', the last day; null: in force. */
  validTo: string | null;
  level: string;
  /** The asked unit or its child it rolls into. */
  intoCode: string;
  /** Part `portion` (0-based) of `portions` equal parts, parts numbered in successor-code order. */
  portion: number;
  portions: number;
}

/** One unit version: its place in its own period's tree and whose records roll up into it. */
export interface UnitVersion {
  code: string;
  /** Codes from the root down to this unit within its own period, e.g. ['80', '27931']. */
  path: string[];
  validFrom: string | null;
  validTo: string | null;
  lineage: UnitLineageEntry[];
}

export interface UnitDirectory {
  /** The unit's ancestry from the root, e.g. ['80', '27931'], or null for an unknown code; on `asOf` ('YYYY-MM-DD'), else today's unit (or the latest with that code). */
  pathOf(code: string, asOf?: string): Promise<string[] | null>;
  /** True when `code` is `ancestor` or lies beneath it (a province official acts for its communes). */
  isWithin(code: string, ancestor: string, asOf?: string): Promise<boolean>;
  /** The unit version with its lineage, or null for a code that names no unit (on that day). */
  unitOf(code: string, asOf?: string): Promise<UnitVersion | null>;
}

const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 1_000;

const PATH_QUERY = 'query UnitPath($code: String!, $asOf: Date) { administrativeUnit(code: $code, asOf: $asOf) { path } }';
const UNIT_QUERY = `query UnitVersion($code: String!, $asOf: Date) {
  administrativeUnit(code: $code, asOf: $asOf) { code path validFrom validTo lineage { code validFrom validTo level intoCode portion portions } }
}`;

/** A small cache by key that forgets after a while and never grows past a bound (codes × days asked). */
function cached<T>(load: (code: string, asOf?: string) => Promise<T>): (code: string, asOf?: string) => Promise<T> {
  const cache = new Map<string, { value: T; at: number }>();
  return async (code, asOf) => {
    const key = `${code}@${asOf ?? ''}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    const value = await load(code, asOf);
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, { value, at: Date.now() });
    return value;
  };
}

/**
 * The administrative map as the procedures subgraph publishes it, one unit at a time, cached briefly (it changes
 * rarely). Units are versioned (codes were reused in 2025): without a day, a code names today's unit, else the
 * latest that had it.
 */
export function createUnitDirectory(graph: GraphClient): UnitDirectory {
  const pathOf = cached(async (code, asOf) => {
    const data = await graph.request<{ administrativeUnit: { path: string } | null }>(PATH_QUERY, { code, asOf: asOf ?? null });
    return data.administrativeUnit ? data.administrativeUnit.path.split('/') : null;
  });
  const unitOf = cached(async (code, asOf): Promise<UnitVersion | null> => {
    const data = await graph.request<{ administrativeUnit: (Omit<UnitVersion, 'path'> & { path: string }) | null }>(UNIT_QUERY, { code, asOf: asOf ?? null });
    const unit = data.administrativeUnit;
    return unit && { ...unit, path: unit.path.split('/') };
  });
  return {
    pathOf,
    unitOf,
    async isWithin(code, ancestor, asOf) {
      const path = await pathOf(code, asOf);
      return !!path && path.includes(ancestor);
    },
  };
}
