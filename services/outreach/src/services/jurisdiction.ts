import { AppError, assertJurisdiction, hasRole, type Caller, type UnitDirectory } from '@motcua/platform';

/** A set of records by unit: null means every unit (an admin asking without a unit). */
export interface UnitScope {
  /** The scope unit's path, e.g. '80/802'; records match it or lie beneath it. */
  prefix: string | null;
}

/**
 * Officials act for their own unit and the units beneath it (a district official for its communes); admins for all.
 * Units are data (the administration changed in 2025), so a unit's place comes from the procedures subgraph's tree.
 */
export class Jurisdiction {
  constructor(private readonly units: UnitDirectory) {}

  /** The unit's path, if the caller may act for it; NOT_FOUND for an unknown unit, OUT_OF_JURISDICTION otherwise. */
  async pathFor(caller: Caller, unitCode: string): Promise<string> {
    const path = await this.units.pathOf(unitCode.trim());
    if (!path) {
      throw new AppError('NOT_FOUND', {
        message: { vi: `Không có đơn vị hành chính mã "${unitCode}".`, en: `There is no administrative unit with code "${unitCode}".` },
        details: { unitCode },
      });
    }
    assertJurisdiction(caller, path);
    return path.join('/');
  }

  /** What a list shows: the unit asked for (checked), else the caller's own unit, else (admins) everything. */
  async scope(caller: Caller, unitCode?: string | null): Promise<UnitScope> {
    const code = unitCode?.trim() || (hasRole(caller, 'ADMIN') ? null : caller.unitCode);
    if (!code) {
      if (hasRole(caller, 'ADMIN')) return { prefix: null };
      throw new AppError('OUT_OF_JURISDICTION');
    }
    return { prefix: await this.pathFor(caller, code) };
  }
}

/** The MikroORM filter of records within a scope, on their `unitPath`. */
export function withinScope(scope: UnitScope): object {
  if (!scope.prefix) return {};
  return { $or: [{ unitPath: scope.prefix }, { unitPath: { $like: `${scope.prefix}/%` } }] };
}

/** The same filter in SQL, for aggregate queries: a condition on `column` and its parameters. */
export function scopeSql(scope: UnitScope, column = 'unit_path'): { sql: string; params: string[] } {
  if (!scope.prefix) return { sql: 'true', params: [] };
  return { sql: `(${column} = ? or ${column} like ?)`, params: [scope.prefix, `${scope.prefix}/%`] };
}

/** A stored record's unit path ('80/802/27931') against the caller: their unit must be on it (admins: any). */
export function assertVisible(caller: Caller, unitPath: string | null): void {
  assertJurisdiction(caller, unitPath?.split('/') ?? []);
}
