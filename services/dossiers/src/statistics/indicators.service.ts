import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, hasRole, type Principal } from '@motcua/platform';
import { emptyTally, sharesOf, sumTallies, type Tally } from '../domain/indicator-shares';
import { daysIn, monthsOf, slicePeriod } from '../domain/period-slices';
import { qualityIndex766, type CatalogueCoverage } from '../domain/quality-index-766';
import { STATISTIC_COUNTERS, type Counters } from '../domain/statistic-counters';
import { subtreeOf, type Catalogue, type CatalogueProcedure, type CatalogueUnit } from './catalogue.client';
import { readTallies, type TallyRow } from './indicators.repository';
import type {
  FieldIndicators,
  IndicatorFigures,
  Indicators,
  OutreachOpportunity,
  ProcedureIndicators,
  SettlingLevelIndicators,
  UnitIndicators,
} from './indicators.types';

/** Longest period one request may ask for: ten years of days. */
const MAX_PERIOD_DAYS = 3660;

/** The units a request covers: one unit and its subtree, or (for an administrator) everything. */
interface Scope {
  unit: CatalogueUnit | null;
  units: CatalogueUnit[];
  codes: string[] | null;
}

interface Period {
  from: string;
  to: string;
}

/**
 * The dashboard's reads: who may see what (officials their unit and beneath, administrators everything),
 * and the indicators assembled from the statistics and the catalogue.
 */
export class IndicatorsService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalogue: Catalogue,
  ) {}

  async indicators(caller: Principal, unitCode: string | null | undefined, from: Date, to: Date): Promise<Indicators> {
    const period = periodOf(from, to);
    const scope = await this.scope(caller, unitCode);
    const [rows, procedures] = await Promise.all([this.read(scope, period), this.catalogue.procedures()]);
    const byCode = new Map(procedures.map((p) => [p.code, p]));
    const procedureRows = rows.filter((r) => r.grouping === 'PROCEDURE');
    const total = rows.find((r) => r.grouping === 'TOTAL')?.tally ?? emptyTally();
    return {
      ...figures(total),
      unit: scope.unit ? { code: scope.unit.code } : null,
      from: dateOf(period.from),
      to: dateOf(period.to),
      byMonth: byMonth(rows, period),
      byUnit: byUnit(rows, scope),
      bySettlingLevel: groupBy(procedureRows, (r) => byCode.get(r.procedureCode!)?.settlingLevel ?? 'UNKNOWN').map(
        ([settlingLevel, tally]): SettlingLevelIndicators => ({ ...figures(tally), settlingLevel }),
      ),
      byField: groupBy(procedureRows, (r) => byCode.get(r.procedureCode!)?.field ?? 'Ngoài danh mục').map(
        ([field, tally]): FieldIndicators => ({ ...figures(tally), field }),
      ),
      byProcedure: byProcedure(procedureRows, byCode),
      qualityIndex: qualityIndex766(total, coverage(scope, procedures, procedureRows)),
    };
  }

  /**
   * Where outreach should go next: dossiers received in person for procedures that can be done fully
   * online, by unit and procedure, most first.
   */
  async outreachOpportunities(caller: Principal, unitCode: string | null | undefined, from: Date, to: Date, first: number): Promise<OutreachOpportunity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'first' }] } });
    const period = periodOf(from, to);
    const scope = await this.scope(caller, unitCode);
    const [rows, procedures, units] = await Promise.all([this.read(scope, period), this.catalogue.procedures(), this.catalogue.units()]);
    const fullOnline = new Map(procedures.filter((p) => p.onlineLevel === 'FULL').map((p) => [p.code, p]));
    const unitNames = new Map(units.map((u) => [u.code, u.name]));
    return rows
      .filter((r) => r.grouping === 'UNIT_PROCEDURE' && fullOnline.has(r.procedureCode!) && r.tally.received > r.tally.receivedOnline)
      .sort((a, b) => inPerson(b.tally) - inPerson(a.tally) || a.unitCode!.localeCompare(b.unitCode!) || a.procedureCode!.localeCompare(b.procedureCode!))
      .slice(0, first)
      .map((r, i) => {
        const procedure = fullOnline.get(r.procedureCode!)!;
        const shares = sharesOf(r.tally);
        return {
          rank: i + 1,
          unit: { code: r.unitCode! },
          unitCode: r.unitCode!,
          unitName: unitNames.get(r.unitCode!) ?? r.unitCode!,
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

  private read(scope: Scope, period: Period): Promise<TallyRow[]> {
    return readTallies(this.em, scope.codes, slicePeriod(period.from, period.to));
  }

  private async scope(caller: Principal, unitCode: string | null | undefined): Promise<Scope> {
    if (!hasRole(caller, 'OFFICIAL', 'ADMIN')) throw new AppError('FORBIDDEN');
    const units = await this.catalogue.units();
    const code = unitCode?.trim() || caller.unitCode;
    if (!code) {
      if (hasRole(caller, 'ADMIN')) return { unit: null, units, codes: null };
      throw new AppError('OUT_OF_JURISDICTION');
    }
    const unit = units.find((u) => u.code === code);
    if (!unit) {
      throw new AppError('NOT_FOUND', {
        message: { vi: `Không có đơn vị hành chính mã ${code}.`, en: `There is no administrative unit with code ${code}.` },
        details: { unitCode: code },
      });
    }
    if (!hasRole(caller, 'ADMIN') && !(caller.unitCode && unit.path.includes(caller.unitCode))) throw new AppError('OUT_OF_JURISDICTION');
    const subtree = subtreeOf(units, unit.code);
    return { unit, units: subtree, codes: subtree.map((u) => u.code) };
  }
}

function periodOf(from: Date, to: Date): Period {
  const period = { from: keyOf(from), to: keyOf(to) };
  const invalid = (field: string) => new AppError('VALIDATION_FAILED', { details: { fields: [{ field }] } });
  if (period.from > period.to) throw invalid('to');
  if (daysIn(period) > MAX_PERIOD_DAYS) throw invalid('from');
  return period;
}

/** A GraphQL `Date` arrives as UTC midnight of the calendar day asked for. */
function keyOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dateOf(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
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

/** The unit's own row, then each child with its whole subtree, ranked by online share then volume. */
function byUnit(rows: TallyRow[], scope: Scope): UnitIndicators[] {
  const depth = scope.unit ? scope.unit.path.length + 1 : 1;
  const children = scope.units.filter((u) => u.path.length === depth && (!scope.unit || u.path.includes(scope.unit.code)));
  const tallies = new Map(rows.filter((r) => r.grouping === 'UNIT').map((r) => [r.unitCode!, r.tally]));
  const subtotal = (unit: CatalogueUnit) => sumTallies(scope.units.filter((u) => u.path.includes(unit.code)).map((u) => tallies.get(u.code) ?? emptyTally()));
  const row = (unit: CatalogueUnit, tally: Tally, own: boolean): UnitIndicators => ({
    ...figures(tally),
    unit: { code: unit.code },
    unitCode: unit.code,
    unitName: unit.name,
    level: unit.level,
    own,
    rank: null,
  });
  const ranked = children
    .map((child) => row(child, subtotal(child), false))
    .sort((a, b) => (b.onlineShare ?? -1) - (a.onlineShare ?? -1) || b.totalDossiers - a.totalDossiers || a.unitCode.localeCompare(b.unitCode))
    .map((r, i) => ({ ...r, rank: i + 1 }));
  const ownTally = scope.unit ? tallies.get(scope.unit.code) : undefined;
  return scope.unit && ownTally ? [row(scope.unit, ownTally, true), ...ranked] : ranked;
}

function byProcedure(rows: TallyRow[], catalogue: Map<string, CatalogueProcedure>): ProcedureIndicators[] {
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
        settlingLevel: p?.settlingLevel ?? null,
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

/** The catalogue parts of the 766 index: procedures settled at the levels of the units in scope. */
function coverage(scope: Scope, procedures: CatalogueProcedure[], procedureRows: TallyRow[]): CatalogueCoverage {
  const levels = new Set<string>(scope.units.map((u) => u.level));
  const applicable = procedures.filter((p) => levels.has(p.settlingLevel));
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
