import { AppError, assertJurisdiction, type Caller, endOfVietnamDayExclusive, hasRole, inJurisdiction, startOfVietnamDay, type UnitDirectory, type UnitVersion, vietnamDay } from '@motcua/platform';

/**
 * A unit version whose records count in a scope, whole: the scope unit, its subtree and their predecessors. A record
 * belongs to the unit version its code named on the record's day (codes were reused in 2025). A record is
 * indivisible, so a predecessor split among several successors gives its records to the first successor in code
 * order only (portion 0; docs/outreach.md).
 */
interface ScopeSource {
  code: string;
  /** 'YYYY-MM-DD'; null: since the data begin. */
  from: string | null;
  /** 'YYYY-MM-DD', the last day; null: in force. */
  to: string | null;
  /** The scope unit or its child the records roll into. */
  intoCode: string;
}

/** A set of records by unit: null sources means every unit (an admin asking without a unit). */
export interface UnitScope {
  /** The scope unit's path within its own period, e.g. ['80', '27931']; null for everything. */
  path: string[] | null;
  sources: ScopeSource[] | null;
}

/**
 * Officials act for their own unit, the units beneath it and the units those succeeded; admins for all. Units are
 * data (the administration changed in 2025), so a unit's place and lineage come from the procedures subgraph.
 */
export class Jurisdiction {
  constructor(
    private readonly units: UnitDirectory,
    private readonly today: () => string = () => vietnamDay(new Date()),
  ) {}

  /** The unit's path, if the caller may act for it; NOT_FOUND for an unknown unit, OUT_OF_JURISDICTION otherwise. */
  async pathFor(caller: Caller, unitCode: string, asOf?: string | null): Promise<string> {
    return (await this.unitFor(caller, unitCode, asOf)).path.join('/');
  }

  /** What a list shows: the unit asked for (checked) with its lineage, else the caller's own unit, else (admins) everything. */
  async scope(caller: Caller, unitCode?: string | null, asOf?: string | null): Promise<UnitScope> {
    const code = unitCode?.trim() || (hasRole(caller, 'ADMIN') ? null : caller.unitCode);
    if (!code) {
      if (hasRole(caller, 'ADMIN')) return { path: null, sources: null };
      throw new AppError('OUT_OF_JURISDICTION');
    }
    const unit = await this.unitFor(caller, code, asOf);
    const sources = unit.lineage.filter((e) => e.portion === 0).map((e) => ({ code: e.code, from: e.validFrom, to: e.validTo, intoCode: e.intoCode }));
    return { path: unit.path, sources };
  }

  /**
   * One stored record against the caller: their unit is on its path (admins: any), or the record's unit version is
   * in the lineage of the caller's unit (a commune of today reads its predecessors' records; a split one's, only
   * the first successor in code order, as in lists).
   */
  async assertVisible(caller: Caller, record: { unitCode: string; unitPath: string | null }, at: Date): Promise<void> {
    if (inJurisdiction(caller, record.unitPath?.split('/') ?? [])) return;
    const own = caller.unitCode ? await this.units.unitOf(caller.unitCode, this.today()) : null;
    const day = vietnamDay(at);
    const inLineage = !!own?.lineage.some((e) => e.portion === 0 && e.code === record.unitCode && (e.validFrom ?? '') <= day && (e.validTo === null || day <= e.validTo));
    assertJurisdiction(caller, inLineage ? [caller.unitCode] : []);
  }

  private async unitFor(caller: Caller, unitCode: string, asOf?: string | null): Promise<UnitVersion> {
    const code = unitCode.trim();
    const unit = await this.units.unitOf(code, asOf ?? undefined);
    if (!unit) {
      throw new AppError('NOT_FOUND', {
        message: { vi: `Không có đơn vị hành chính mã "${unitCode}".`, en: `There is no administrative unit with code "${unitCode}".` },
        details: { unitCode, fields: [{ field: 'unitCode' }] },
      });
    }
    await this.assertMayActFor(caller, unit);
    return unit;
  }

  /** A unit in force: by its path; a unit of the past: when it is in the lineage of the caller's unit of today. */
  private async assertMayActFor(caller: Caller, unit: UnitVersion): Promise<void> {
    const today = this.today();
    if (hasRole(caller, 'ADMIN') || unit.validTo === null || unit.validTo >= today) return assertJurisdiction(caller, unit.path);
    const own = caller.unitCode ? await this.units.unitOf(caller.unitCode, today) : null;
    const inLineage = !!own?.lineage.some((e) => e.code === unit.code && e.validFrom === unit.validFrom && e.validTo === unit.validTo);
    assertJurisdiction(caller, inLineage ? [caller.unitCode] : []);
  }
}

/**
 * The MikroORM filter of records within a scope: each record's unit code and its day (`dateProperty`, an instant, or
 * a calendar day when `days`) against the lineage.
 */
export function withinScope(scope: UnitScope, dateProperty: string, days = false): object {
  if (!scope.sources) return {};
  const bounds = (from: string | null, to: string | null) =>
    days ? { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } : { ...(from ? { $gte: startOfVietnamDay(from) } : {}), ...(to ? { $lt: endOfVietnamDayExclusive(to) } : {}) };
  return {
    $or: periodsOf(scope.sources).map(({ from, to, codes }) => ({ unitCode: { $in: codes }, ...(from || to ? { [dateProperty]: bounds(from, to) } : {}) })),
  };
}

/** The same filter in SQL, for aggregate queries: a condition on the unit code and day columns (`at` an instant, or a date when `days`). */
export function scopeSql(scope: UnitScope, columns: { code: string; at: string; days?: boolean }): { sql: string; params: unknown[] } {
  if (!scope.sources) return { sql: 'true', params: [] };
  const params: unknown[] = [];
  const parts = periodsOf(scope.sources).map(({ from, to, codes }) => {
    params.push(codes.join(','));
    const conditions = [`${columns.code} = any(string_to_array(?, ','))`];
    if (from) {
      params.push(columns.days ? from : startOfVietnamDay(from));
      conditions.push(columns.days ? `${columns.at} >= cast(? as date)` : `${columns.at} >= ?`);
    }
    if (to) {
      params.push(columns.days ? to : endOfVietnamDayExclusive(to));
      conditions.push(columns.days ? `${columns.at} <= cast(? as date)` : `${columns.at} < ?`);
    }
    return `(${conditions.join(' and ')})`;
  });
  return { sql: parts.length ? `(${parts.join(' or ')})` : 'false', params };
}

/** The unit a record rolls into within the scope (the scope unit or its child), by its unit code and day; null if none. */
export function intoCodeOf(scope: UnitScope, unitCode: string, at: Date): string | null {
  if (!scope.sources) return unitCode;
  const day = vietnamDay(at);
  return scope.sources.find((s) => s.code === unitCode && (s.from ?? '') <= day && (s.to === null || day <= s.to))?.intoCode ?? null;
}

/** Sources grouped by their period: a scope of a province holds hundreds of units but two or three periods. */
function periodsOf(sources: readonly ScopeSource[]): { from: string | null; to: string | null; codes: string[] }[] {
  const periods = new Map<string, { from: string | null; to: string | null; codes: string[] }>();
  for (const s of sources) {
    const key = `${s.from}|${s.to}`;
    const period = periods.get(key) ?? { from: s.from, to: s.to, codes: [] };
    if (!period.codes.includes(s.code)) period.codes.push(s.code);
    periods.set(key, period);
  }
  return [...periods.values()];
}
