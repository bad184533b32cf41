import type { GraphClient } from './graph-client';

export interface UnitDirectory {
  /** The unit's ancestry from the root, e.g. ['80', '803', '27994'], or null for an unknown code. */
  pathOf(code: string): Promise<string[] | null>;
  /** True when `code` is `ancestor` or lies beneath it (a district official acts for its communes). */
  isWithin(code: string, ancestor: string): Promise<boolean>;
}

const TTL_MS = 10 * 60_000;

/** The administrative tree as the procedures subgraph publishes it, cached briefly (it changes rarely). */
export function createUnitDirectory(graph: GraphClient): UnitDirectory {
  const cache = new Map<string, { path: string[] | null; at: number }>();
  const pathOf = async (code: string): Promise<string[] | null> => {
    const hit = cache.get(code);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.path;
    const data = await graph.request<{ administrativeUnit: { path: string } | null }>(
      'query UnitPath($code: String!) { administrativeUnit(code: $code) { path } }',
      { code },
    );
    const path = data.administrativeUnit ? data.administrativeUnit.path.split('/') : null;
    cache.set(code, { path, at: Date.now() });
    return path;
  };
  return {
    pathOf,
    async isWithin(code, ancestor) {
      const path = await pathOf(code);
      return !!path && path.includes(ancestor);
    },
  };
}
