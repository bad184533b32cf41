/**
 * History under successors: how the figures of a unit that no longer exists are shared among the units of
 * today that succeeded it (docs/administrative-units.md, "History under successors: the apportionment rule").
 *
 * The procedures subgraph's lineage says, for each old unit version, which unit of the asked subtree it rolls
 * into and which part of it: portion `portion` (0-based) of `portions` equal parts, parts numbered in
 * successor-code order. A count is split into integer parts: each gets floor(c / n) and the remainder
 * c mod n goes one each to parts 0..r-1. Applied to each counter of each unit × procedure × month cell, the
 * parts of a cell add up to the cell exactly, so successors add up to the whole with nothing counted twice.
 */
import { STATISTIC_COUNTERS } from './statistic-counters';
import type { Tally } from './indicator-shares';

/** Where an old (or current) unit version's records go within the asked subtree. */
export interface LineagePart {
  portion: number;
  portions: number;
}

/** Part `portion` of `count` split into `portions` integer parts (the first `count mod portions` parts get one more). */
export function portionOf(count: number, { portion, portions }: LineagePart): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isInteger(portions) || portions < 1 || !Number.isInteger(portion) || portion < 0 || portion >= portions) {
    throw new RangeError(`portion ${portion} of ${portions} is not a part`);
  }
  return Math.floor(count / portions) + (portion < count % portions ? 1 : 0);
}

/** Every counter of one cell, apportioned. A whole part (1 of 1) is the cell itself. */
export function apportionTally(cell: Tally, part: LineagePart): Tally {
  if (part.portions === 1) return cell;
  const out = { ...cell };
  for (const c of STATISTIC_COUNTERS) out[c] = portionOf(cell[c], part);
  out.receivedOnline = portionOf(cell.receivedOnline, part);
  return out;
}

/**
 * An indivisible record (a training session, an event, a volunteer) of a unit split among successors goes to
 * one of them only: portion 0, the first successor in code order.
 */
export function takesWholeRecord(part: LineagePart): boolean {
  return part.portion === 0;
}

/** The same rule in SQL, for a count column of a cell already summed: `floor(c/n) + (portion < c mod n)`. */
export function portionSql(count: string, portion: string, portions: string): string {
  return `(${count} / ${portions} + case when ${portion} < ${count} % ${portions} then 1 else 0 end)`;
}
