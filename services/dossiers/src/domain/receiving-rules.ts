/**
 * Where a dossier may be received, which unit settles it, and where it may be transferred, under the
 * two-tier administration (province, commune) in force since 1 July 2025. Pure: the caller looks the units
 * up (in force on the day) and turns a refusal into a user error.
 *
 * Decisions:
 *  - A procedure received "regardless of administrative boundary" (Decree 118/2025/NĐ-CP, `acrossBoundary`)
 *    may be received at any commune or at the province itself (its provincial centre); the others only at
 *    a unit of their settling level.
 *  - The competent unit is the one named, else the receiving unit when its level is the settling level, else
 *    (a PROVINCE procedure) the province of the receiving unit. A commune procedure received at the province
 *    must name its commune. It is always in the receiving unit's province.
 *  - Transfers run commune ↔ its province, or commune → another commune of the same province. Districts are
 *    history: a unit that ended is refused before these rules are asked.
 */

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface PlacedUnit {
  code: string;
  level: UnitLevel;
  /** The province the unit belongs to (its own code for a province). */
  provinceCode: string;
}

export interface ReceivingProcedure {
  settlingLevel: UnitLevel;
  acrossBoundary: boolean;
}

export type PlacementRefusal =
  /** The receiving unit cannot take this procedure (wrong level, and not received regardless of boundary). */
  | 'NOT_RECEIVED_HERE'
  /** A commune procedure received at the province: the commune must be named. */
  | 'COMPETENT_REQUIRED'
  /** The named competent unit is not of the procedure's settling level. */
  | 'COMPETENT_LEVEL'
  /** The named competent unit is in another province. */
  | 'OTHER_PROVINCE'
  /** Not received regardless of boundary: only the receiving unit itself may settle it. */
  | 'NOT_ACROSS_BOUNDARY';

export type Placement = { ok: true; competentUnitCode: string } | { ok: false; field: 'unitCode' | 'competentUnitCode'; refusal: PlacementRefusal };

function mayReceive(procedure: ReceivingProcedure, receiving: PlacedUnit): boolean {
  if (procedure.acrossBoundary) return receiving.level === 'COMMUNE' || receiving.level === 'PROVINCE';
  return receiving.level === procedure.settlingLevel;
}

/** Checks the receiving unit and names the competent one (`competent` is the unit asked for, if any). */
export function placeDossier(procedure: ReceivingProcedure, receiving: PlacedUnit, competent: PlacedUnit | null): Placement {
  if (!mayReceive(procedure, receiving)) return { ok: false, field: 'unitCode', refusal: 'NOT_RECEIVED_HERE' };
  if (!competent) {
    if (receiving.level === procedure.settlingLevel) return { ok: true, competentUnitCode: receiving.code };
    if (procedure.settlingLevel === 'PROVINCE') return { ok: true, competentUnitCode: receiving.provinceCode };
    return { ok: false, field: 'competentUnitCode', refusal: 'COMPETENT_REQUIRED' };
  }
  if (competent.provinceCode !== receiving.provinceCode) return { ok: false, field: 'competentUnitCode', refusal: 'OTHER_PROVINCE' };
  if (competent.level !== procedure.settlingLevel) return { ok: false, field: 'competentUnitCode', refusal: 'COMPETENT_LEVEL' };
  if (!procedure.acrossBoundary && competent.code !== receiving.code) return { ok: false, field: 'competentUnitCode', refusal: 'NOT_ACROSS_BOUNDARY' };
  return { ok: true, competentUnitCode: competent.code };
}

/** Commune ↔ its province, or commune → another commune of the same province. */
export function mayTransfer(from: PlacedUnit, to: PlacedUnit): boolean {
  if (from.code === to.code || from.provinceCode !== to.provinceCode) return false;
  if (from.level === 'COMMUNE') return to.level === 'PROVINCE' || to.level === 'COMMUNE';
  return from.level === 'PROVINCE' && to.level === 'COMMUNE';
}
