import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertJurisdiction, hasRole, type Principal, vietnamDay } from '@motcua/platform';
import { emptyTally, sharesOf, sumTallies, type Tally } from '../domain/indicator-shares';
import { daysIn, monthsOf, slicePeriod } from '../domain/period-slices';
import { qualityIndex766, type CatalogueCoverage, type SyncTally } from '../domain/quality-index-766';
import { nationalPortalConfigured, syncTally } from '../national-sync';
import { STATISTIC_COUNTERS, type Counters } from '../domain/statistic-counters';
import { settlingLevelOn, type Catalogue, type CatalogueChild, type CatalogueLineageEntry, type CatalogueProcedure, type CatalogueUnit, type UnitLevel } from './catalogue.client';
import { readTallies, type TallyRow } from './indicators.repository';
import type { FieldIndicators, IndicatorFigures, Indicators, OutreachOpportunity, ProcedureIndicators, SettlingLevelIndicators, UnitIndicators } from './indicators.types';

/** Longest period one request may ask for: ten years of days. */
const MAX_PERIOD_DAYS = 3660;
/** The first day the statistics and the administrative map answer for. */
const DATA_BEGIN = '2020-01-01';
const LAST_DAY = '2099-12-31';

/**
 * The units a request covers: one unit version (as of the day asked) with its lineage — its subtree and every
 * predecessor whose history rolls into it — or, for an administrator asking for everything, every row as it is.
 */
interface Scope {
  unit: CatalogueUnit | null;
  lineage: CatalogueLineageEntry[] | null;
}

interface Period {
  from: string;
  to: string;
}

/**
 * The dashboard's reads: who may see what (officials their unit, its subtree and their predecessors;
 * administrators everything), and the indicators assembled from the statistics and the catalogue. A unit of
 * today carries the history of the units it succeeded (docs/administrative-units.md); `asOf` reads a unit
 * version of the past as it was.
 */
export class IndicatorsService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalogue: Catalogue,
    private readonly today: () => string = () => vietnamDay(new Date()),
  ) {}

  async indicators(caller: Principal, unitCode: string | null | undefined, from: string, to: string, asOf?: string | null): Promise<Indicators> {
    const period = periodOf(from, to);
    const scope = await this.scope(caller, unitCode, this.asOfKey(asOf));
    const [rows, procedures, sync] = await Promise.all([this.read(scope, period), this.catalogue.procedures(), this.syncTally(scope, period)]);
    const byCode = new Map(procedures.map((p) => [p.code, p]));
    const procedureRows = rows.filter((r) => r.grouping === 'PROCEDURE');
    const total = rows.find((r) => r.grouping === 'TOTAL')?.tally ?? emptyTally();
    return {
      ...figures(total),
      unit: scope.unit ? { code: scope.unit.code } : null,
      unitName: scope.unit?.name ?? null,
      from: period.from,
      to: period.to,
      byMonth: byMonth(rows, period),
      byUnit: byUnit(rows, scope),
      bySettlingLevel: groupBy(
        rows.filter((r) => r.grouping === 'PROCEDURE_MONTH'),
        (r) => levelOf(byCode.get(r.procedureCode!), monthDay(r.month!, period)),
      ).map(([settlingLevel, tally]): SettlingLevelIndicators => ({ ...figures(tally), settlingLevel })),
      byField: groupBy(procedureRows, (r) => byCode.get(r.procedureCode!)?.field ?? 'Ngoài danh mục').map(([field, tally]): FieldIndicators => ({ ...figures(tally), field })),
      byProcedure: byProcedure(procedureRows, byCode, period),
      qualityIndex: qualityIndex766(total, coverage(scope, procedures, procedureRows, period), sync),
    };
  }

  /**
   * Where outreach should go next: dossiers received in person for procedures that can be done fully
   * online, by unit (of the asked subtree, predecessors' history included) and procedure, most first.
   */
  async outreachOpportunities(caller: Principal, unitCode: string | null | undefined, from: string, to: string, first: number, asOf?: string | null): Promise<OutreachOpportunity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'first' }] } });
    const period = periodOf(from, to);
    const day = this.asOfKey(asOf);
    const scope = await this.scope(caller, unitCode, day);
    const [rows, procedures] = await Promise.all([this.read(scope, period), this.catalogue.procedures()]);
    const fullOnline = new Map(procedures.filter((p) => p.onlineLevel === 'FULL').map((p) => [p.code, p]));
    const chosen = rows
      .filter((r) => r.grouping === 'UNIT_PROCEDURE' && fullOnline.has(r.procedureCode!) && r.tally.received > r.tally.receivedOnline)
      .sort((a, b) => inPerson(b.tally) - inPerson(a.tally) || a.unitCode!.localeCompare(b.unitCode!) || a.procedureCode!.localeCompare(b.procedureCode!))
      .slice(0, first);
    const names = await this.unitNames(
      scope,
      chosen.map((r) => r.unitCode!),
      day,
    );
    return chosen.map((r, i) => {
      const procedure = fullOnline.get(r.procedureCode!)!;
      const shares = sharesOf(r.tally);
      return {
        rank: i + 1,
        unit: { code: r.unitCode! },
        unitCode: r.unitCode!,
        unitName: names.get(r.unitCode!) ?? r.unitCode!,
        procedure: { code: procedure.code },
        procedureCode: procedure.code,
        procedureName: procedure.name,
        field: procedure.field,
        inPersonDossiers: inPerson(r.tally),
        onlineDossiers: r.tally.receivedOnline,
        onlineShare: shares.onlineShare,
      };
    });
  }

  /** The national portal's part of the index, from the dossiers' sync tracks; null (not tracked) without a portal. */
  private syncTally(scope: Scope, period: Period): Promise<SyncTally | null> {
    if (!nationalPortalConfigured()) return Promise.resolve(null);
    const units = scope.unit ? [scope.unit.code, ...scope.unit.children.map((u) => u.code)] : null;
    return syncTally(this.em, units, period.from, period.to);
  }

  private read(scope: Scope, period: Period): Promise<TallyRow[]> {
    return readTallies(this.em, scope.lineage, slicePeriod(period.from, period.to));
  }

  /** Names of the units figures rolled into: the asked unit and its children; looked up one by one for everything. */
  private async unitNames(scope: Scope, codes: string[], day: string | null): Promise<Map<string, string>> {
    if (scope.unit) return new Map([scope.unit, ...scope.unit.children].map((u) => [u.code, u.name]));
    const units = await Promise.all([...new Set(codes)].map((code) => this.catalogue.unit(code, day)));
    return new Map(units.filter((u): u is CatalogueUnit => !!u).map((u) => [u.code, u.name]));
  }

  /** `asOf` null: the unit in force today, else the latest that had the code (an old reference keeps working). */
  private async scope(caller: Principal, unitCode: string | null | undefined, asOf: string | null): Promise<Scope> {
    if (!hasRole(caller, 'OFFICIAL', 'ADMIN')) throw new AppError('FORBIDDEN');
    const code = unitCode?.trim() || caller.unitCode;
    if (!code) {
      if (hasRole(caller, 'ADMIN')) return { unit: null, lineage: null };
      throw new AppError('OUT_OF_JURISDICTION');
    }
    const unit = await this.catalogue.unit(code, asOf);
    if (!unit) {
      throw new AppError('NOT_FOUND', {
        message: asOf
          ? { vi: `Không có đơn vị hành chính mã ${code} vào ngày ${asOf}.`, en: `There is no administrative unit with code ${code} on ${asOf}.` }
          : { vi: `Không có đơn vị hành chính mã ${code}.`, en: `There is no administrative unit with code ${code}.` },
        details: { unitCode: code, asOf, fields: [{ field: 'unitCode' }] },
      });
    }
    await this.assertMayRead(caller, unit);
    return { unit, lineage: unit.lineage };
  }

  /**
   * An official's unit is a unit of today: a unit in force is theirs when it lies beneath it (its path); a unit
   * of the past when it is in the lineage of theirs (a predecessor of it or of a unit beneath it).
   */
  private async assertMayRead(caller: Principal, unit: CatalogueUnit): Promise<void> {
    if (hasRole(caller, 'ADMIN')) return;
    const today = this.today();
    if (unit.validTo === null || unit.validTo >= today) return assertJurisdiction(caller, unit.path);
    const own = caller.unitCode ? await this.catalogue.unit(caller.unitCode, today) : null;
    const inLineage = !!own && own.lineage.some((e) => e.code === unit.code && e.validFrom === unit.validFrom && e.validTo === unit.validTo);
    assertJurisdiction(caller, inLineage ? [caller.unitCode] : []);
  }

  private asOfKey(asOf: string | null | undefined): string | null {
    if (!asOf) return null;
    if (asOf < DATA_BEGIN || asOf > LAST_DAY) throw outOfRange('asOf');
    return asOf;
  }
}

function periodOf(from: string, to: string): Period {
  const period = { from, to };
  const invalid = (field: string) => new AppError('VALIDATION_FAILED', { details: { fields: [{ field }] } });
  if (period.from < DATA_BEGIN || period.from > LAST_DAY) throw outOfRange('from');
  if (period.to > LAST_DAY) throw outOfRange('to');
  if (period.from > period.to) throw invalid('to');
  if (daysIn(period) > MAX_PERIOD_DAYS) throw invalid('from');
  return period;
}

function outOfRange(field: 'from' | 'to' | 'asOf'): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: {
      vi: `Ngày ${field} phải trong khoảng ${DATA_BEGIN} – ${LAST_DAY} (dữ liệu bắt đầu từ ${DATA_BEGIN}).`,
      en: `The date ${field} must lie between ${DATA_BEGIN} and ${LAST_DAY} (the data begin on ${DATA_BEGIN}).`,
    },
    details: { fields: [{ field }] },
  });
}

function inPerson(t: Tally): number {
  return t.received - t.receivedOnline;
}

function figures(t: Tally): IndicatorFigures {
  const counts = Object.fromEntries(STATISTIC_COUNTERS.map((c) => [c, t[c]])) as Counters;
  return {
    totalDossiers: t.received,
    onlineDossiers: t.receivedOnline,
    inPersonDossiers: inPerson(t),
    ...sharesOf(t),
    counts: { ...counts, receivedOnline: t.receivedOnline },
  };
}

function byMonth(rows: TallyRow[], period: Period) {
  const months = new Map(rows.filter((r) => r.grouping === 'MONTH').map((r) => [r.month!, r.tally]));
  return monthsOf(period.from, period.to).map((month) => ({ ...figures(months.get(month) ?? emptyTally()), month }));
}

/** The unit's own row (what it and the units rolling into it itself received), then each child ranked by online share then volume. */
function byUnit(rows: TallyRow[], scope: Scope): UnitIndicators[] {
  if (!scope.unit) return [];
  const tallies = new Map(rows.filter((r) => r.grouping === 'UNIT').map((r) => [r.unitCode!, r.tally]));
  const row = (unit: CatalogueChild, tally: Tally, own: boolean): UnitIndicators => ({
    ...figures(tally),
    unit: { code: unit.code },
    unitCode: unit.code,
    unitName: unit.name,
    level: unit.level,
    own,
    rank: null,
  });
  const ranked = scope.unit.children
    .map((child) => row(child, tallies.get(child.code) ?? emptyTally(), false))
    .sort((a, b) => (b.onlineShare ?? -1) - (a.onlineShare ?? -1) || b.totalDossiers - a.totalDossiers || a.unitCode.localeCompare(b.unitCode))
    .map((r, i) => ({ ...r, rank: i + 1 }));
  const ownTally = tallies.get(scope.unit.code);
  return ownTally ? [row(scope.unit, ownTally, true), ...ranked] : ranked;
}

/** The settling level of a procedure on a day, UNKNOWN when it left the catalogue. */
function levelOf(procedure: CatalogueProcedure | undefined, day: string): string {
  return procedure ? settlingLevelOn(procedure, day) : 'UNKNOWN';
}

/** The day a month of the period is classified by: its first day, or the period's first if later. */
function monthDay(month: string, period: Period): string {
  const first = `${month}-01`;
  return first < period.from ? period.from : first;
}

function byProcedure(rows: TallyRow[], catalogue: Map<string, CatalogueProcedure>, period: Period): ProcedureIndicators[] {
  return rows
    .slice()
    .sort((a, b) => b.tally.received - a.tally.received || a.procedureCode!.localeCompare(b.procedureCode!))
    .map((r, i) => {
      const p = catalogue.get(r.procedureCode!);
      return {
        ...figures(r.tally),
        procedure: { code: r.procedureCode! },
        procedureCode: r.procedureCode!,
        procedureName: p?.name ?? null,
        field: p?.field ?? null,
        settlingLevel: p ? settlingLevelOn(p, period.to) : null,
        onlineLevel: p?.onlineLevel ?? null,
        rank: i + 1,
      };
    });
}

function groupBy(rows: TallyRow[], key: (row: TallyRow) => string): [string, Tally][] {
  const groups = new Map<string, Tally[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r.tally]);
  return [...groups.entries()].map(([k, tallies]): [string, Tally] => [k, sumTallies(tallies)]).sort((a, b) => b[1].received - a[1].received || a[0].localeCompare(b[0]));
}

/** The catalogue parts of the 766 index: procedures settled, during the period, at the levels of the units in scope. */
function coverage(scope: Scope, procedures: CatalogueProcedure[], procedureRows: TallyRow[], period: Period): CatalogueCoverage {
  const levels = new Set<UnitLevel>(scope.lineage ? scope.lineage.map((e) => e.level) : ['PROVINCE', 'DISTRICT', 'COMMUNE']);
  const applicable = procedures.filter((p) => settlingLevelsIn(p, period).some((l) => levels.has(l)));
  const used = new Map(procedureRows.map((r) => [r.procedureCode!, r.tally]));
  const online = applicable.filter((p) => p.onlineLevel !== 'NONE');
  const withFee = applicable.filter((p) => p.hasFee);
  return {
    procedures: applicable.length,
    onlineProcedures: online.length,
    onlineProceduresUsed: online.filter((p) => (used.get(p.code)?.receivedOnline ?? 0) > 0).length,
    feeProcedures: withFee.length,
    feeProceduresOnline: withFee.filter((p) => p.onlineLevel !== 'NONE').length,
    feeProceduresPaidOnline: withFee.filter((p) => (used.get(p.code)?.feesPaidOnline ?? 0) > 0).length,
  };
}

/** The levels that settled a procedure on some day of the period (the first version also covers the days before it). */
function settlingLevelsIn(p: CatalogueProcedure, period: Period): UnitLevel[] {
  return p.settlingLevels.filter((l, i) => (i === 0 || (l.validFrom ?? '') <= period.to) && (l.validTo === null || l.validTo >= period.from)).map((l) => l.settlingLevel);
}
