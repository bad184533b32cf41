import { searchWords } from '@motcua/platform';
import type { MapLevel, SuccessionKind } from './unit-data';

/**
 * The whole administrative map of every period, held in memory (about 14,000 unit versions): it changes only
 * when a data file is loaded, and every read of units, their successions and lineage is answered from here.
 * Pure: built from rows, no database.
 */

export interface MapUnit {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  level: MapLevel;
  kind: string;
  path: string;
  parentId: number | null;
  /** 'YYYY-MM-DD'; null: since the data begin. */
  validFrom: string | null;
  /** 'YYYY-MM-DD', the last day; null: in force. */
  validTo: string | null;
  searchText: string;
}

export interface MapLink {
  oldId: number;
  newId: number;
  kind: SuccessionKind;
}

export interface LinkedUnit {
  unit: MapUnit;
  kind: SuccessionKind;
}

/** A unit version whose records roll up into the asked unit's subtree, and which part of them. */
export interface LineageEntry {
  unit: MapUnit;
  intoCode: string;
  portion: number;
  portions: number;
}

export interface UnitFilter {
  parent?: MapUnit | null;
  level?: MapLevel | null;
  asOf: string;
  search?: string | null;
  first: number;
}

export class UnitIndex {
  private readonly byId = new Map<number, MapUnit>();
  private readonly byCode = new Map<string, MapUnit[]>();
  private readonly childrenOf = new Map<number, MapUnit[]>();
  private readonly linksFrom = new Map<number, MapLink[]>();
  private readonly linksTo = new Map<number, MapLink[]>();

  constructor(
    units: readonly MapUnit[],
    links: readonly MapLink[],
    /** The first day the data answer for. */
    readonly dataBegin: string,
  ) {
    const ordered = [...units].sort((a, b) => a.path.localeCompare(b.path) || (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (const u of ordered) {
      this.byId.set(u.id, u);
      push(this.byCode, u.code, u);
      if (u.parentId !== null) push(this.childrenOf, u.parentId, u);
    }
    for (const l of links) {
      push(this.linksFrom, l.oldId, l);
      push(this.linksTo, l.newId, l);
    }
    // Successors in code order: the order portions are numbered in.
    for (const list of this.linksFrom.values()) list.sort((a, b) => this.unit(a.newId).code.localeCompare(this.unit(b.newId).code));
  }

  get size(): number {
    return this.byId.size;
  }

  validOn(unit: MapUnit, day: string): boolean {
    return (unit.validFrom ?? this.dataBegin) <= day && (unit.validTo === null || day <= unit.validTo);
  }

  /** The unit that had `code` on `day`. */
  at(code: string, day: string): MapUnit | null {
    return this.byCode.get(code)?.find((u) => this.validOn(u, day)) ?? null;
  }

  /** The unit in force on `today` with that code, else the latest that had it (old references keep working). */
  current(code: string, today: string): MapUnit | null {
    const versions = this.byCode.get(code);
    if (!versions?.length) return null;
    return this.at(code, today) ?? versions.reduce((a, b) => ((a.validTo ?? '9999') >= (b.validTo ?? '9999') ? a : b));
  }

  parentOf(unit: MapUnit): MapUnit | null {
    return unit.parentId === null ? null : this.unit(unit.parentId);
  }

  children(unit: MapUnit): MapUnit[] {
    return this.childrenOf.get(unit.id) ?? [];
  }

  list(filter: UnitFilter): MapUnit[] {
    const words = searchWords(filter.search);
    const pool = filter.parent ? this.children(filter.parent) : [...this.byId.values()];
    const out: MapUnit[] = [];
    for (const u of pool) {
      if (!this.validOn(u, filter.asOf)) continue;
      if (filter.level && u.level !== filter.level) continue;
      if (words.length && !words.every((w) => u.searchText.includes(w))) continue;
      out.push(u);
    }
    out.sort((a, b) => a.path.localeCompare(b.path));
    return out.slice(0, filter.first);
  }

  predecessors(unit: MapUnit): LinkedUnit[] {
    return (this.linksTo.get(unit.id) ?? []).map((l) => ({ unit: this.unit(l.oldId), kind: l.kind }));
  }

  successors(unit: MapUnit): LinkedUnit[] {
    return (this.linksFrom.get(unit.id) ?? []).map((l) => ({ unit: this.unit(l.newId), kind: l.kind }));
  }

  /**
   * Whose records roll up into `root` and its subtree (the rule is in docs/administrative-units.md): the subtree
   * itself, each unit into the child of `root` it lies under; every predecessor of those, transitively, split into
   * equal portions among its successors in code order; and old units without a successor (districts) beneath a
   * predecessor of `root` itself, whole into `root`, so district-level history stays with the province.
   */
  lineage(root: MapUnit): LineageEntry[] {
    const out: LineageEntry[] = [];
    const depth = root.path.split('/').length;
    const visitPredecessors = (unit: MapUnit, intoCode: string, portion: number, portions: number) => {
      for (const link of this.linksTo.get(unit.id) ?? []) {
        const old = this.unit(link.oldId);
        const siblings = this.linksFrom.get(old.id)!;
        const index = siblings.findIndex((l) => l.newId === unit.id);
        const entry = { unit: old, intoCode, portion: index * portions + portion, portions: siblings.length * portions };
        out.push(entry);
        visitPredecessors(old, intoCode, entry.portion, entry.portions);
      }
    };
    for (const unit of this.subtree(root)) {
      const intoCode = unit === root ? root.code : unit.path.split('/')[depth];
      out.push({ unit, intoCode, portion: 0, portions: 1 });
      visitPredecessors(unit, intoCode, 0, 1);
    }
    const ofRoot = out.filter((e) => e.intoCode === root.code && e.unit !== root);
    for (const predecessor of ofRoot) {
      for (const unit of this.subtree(predecessor.unit)) {
        if (unit === predecessor.unit || this.linksFrom.has(unit.id)) continue;
        out.push({ unit, intoCode: root.code, portion: predecessor.portion, portions: predecessor.portions });
      }
    }
    return out;
  }

  private subtree(unit: MapUnit): MapUnit[] {
    const out = [unit];
    for (let i = 0; i < out.length; i++) out.push(...this.children(out[i]));
    return out;
  }

  private unit(id: number): MapUnit {
    const u = this.byId.get(id);
    if (!u) throw new Error(`unit ${id} is not in the map`);
    return u;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
