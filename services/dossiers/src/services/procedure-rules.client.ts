import { AppError, createGraphClient, type GraphClient, vietnamDay } from '@motcua/platform';
import type { PlacedUnit, UnitLevel } from '../domain/receiving-rules';
import type { SuccessorLink } from '../domain/successor-choice';
import type { FormFieldRule } from '../domain/form-values';

interface RequiredDocumentRule {
  id: string;
  name: string;
  mandatory: boolean;
  original: boolean;
  copies: number;
  /** The form it is made on, when it is a declaration: 'Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)'. */
  template: string | null;
}

interface FeeRuleSnapshot {
  name: string;
  nameEn: string;
  kind: 'FEE' | 'CHARGE';
  basis: 'FIXED' | 'PER_PAGE' | 'PER_COPY';
  amountVnd: number;
  onlineAmountVnd: number | null;
}

/** The rules of a procedure version, as the procedures subgraph publishes them. */
export interface ProcedureRules {
  code: string;
  name: string;
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  version: number;
  /** The level that settles it under this version (DISTRICT only in versions that ended on 30 June 2025). */
  settlingLevel: UnitLevel;
  /** Received at any commune or the provincial centre of the province (Decree 118/2025/NĐ-CP). */
  acrossBoundary: boolean;
  /** Local days 'YYYY-MM-DD'; null = open-ended. */
  validFrom: string | null;
  validTo: string | null;
  processingDays: number;
  feePaidBeforeProcessing: boolean;
  requiredDocuments: RequiredDocumentRule[];
  formFields: FormFieldRule[];
  fees: FeeRuleSnapshot[];
  /** The body that settles it: 'Ủy ban nhân dân cấp xã', 'Chi nhánh Văn phòng đăng ký đất đai'. */
  settlingBody: string;
  /** Handling steps: who, how many working days, at which level (the control slip's deadlines). */
  steps: { role: string; days: number; level: string }[];
}

type AgencyKind = 'PROVINCIAL_CENTRE' | 'PROVINCIAL_BODY' | 'COMMUNE_CENTRE' | 'DISTRICT_CENTRE' | 'COMMUNE_COMMITTEE';

interface AgencyInfo {
  code: string;
  name: string;
  kind: AgencyKind;
  address: string;
  counters: number;
}

/** A unit as it was on one day: the version of its code valid then, with the agencies in force that day. */
export interface UnitInfo {
  code: string;
  name: string;
  level: UnitLevel;
  /** Codes from the province down to this unit, within its own period. */
  path: string[];
  validFrom: string | null;
  validTo: string | null;
  /** Centres first: the first one receives dossiers for the unit. */
  agencies: AgencyInfo[];
}

export interface UnitHistory extends UnitInfo {
  successors: SuccessorLink[];
}

const RULE_FIELDS = `version settlingLevel settlingBody acrossBoundary validFrom validTo processingDays feePaidBeforeProcessing steps { role days level }
  requiredDocuments { id name mandatory original copies template } formFields { key label required type options }
  fees { name nameEn kind basis amountVnd onlineAmountVnd }`;

const CURRENT_RULES = `query CurrentRules($code: String!) {
  procedure(code: $code) { code name onlineLevel current { ${RULE_FIELDS} } }
}`;

const PINNED_RULES = `query PinnedRules($code: String!, $version: Int!) {
  procedure(code: $code) { code name onlineLevel version(version: $version) { ${RULE_FIELDS} } }
}`;

const UNIT_FIELDS = 'code name level path validFrom validTo';

/** The version valid on the day, its agencies that day, and (to tell "unknown" from "not in force") the latest version. */
const UNIT = `query Unit($code: String!, $asOf: Date) {
  onDay: administrativeUnit(code: $code, asOf: $asOf) { ${UNIT_FIELDS} successors { code name kind } }
  latest: administrativeUnit(code: $code) { code name validFrom validTo }
  agencies(unitCode: $code, asOf: $asOf) { code name kind address counters }
}`;

type ProcedureHead = Pick<ProcedureRules, 'code' | 'name' | 'onlineLevel'>;
type VersionPart = Omit<ProcedureRules, keyof ProcedureHead>;
type UnitRow = Omit<UnitHistory, 'path' | 'agencies'> & { path: string };
type UnitAnswer = { onDay: UnitRow | null; latest: Pick<UnitInfo, 'code' | 'name' | 'validFrom' | 'validTo'> | null; agencies: AgencyInfo[] };

/** Kinds that take dossiers from the public; a provincial body settles what is sent to it. */
/** How long a procedure's current version is taken as current without asking the catalogue again. */
const CURRENT_RULES_TTL_MS = 60_000;

const RECEIVING_KINDS: readonly AgencyKind[] = ['PROVINCIAL_CENTRE', 'COMMUNE_CENTRE', 'DISTRICT_CENTRE', 'COMMUNE_COMMITTEE'];

/**
 * Reads the catalogue and the administrative map through the procedures subgraph's GraphQL API (never its
 * tables). Versions never change once published, so pinned rules are cached for the life of the process;
 * a unit on a past day does not change either, today's for ten minutes.
 */
export class ProcedureRulesClient {
  private readonly pinned = new Map<string, ProcedureRules>();
  private readonly units = new Map<string, { answer: UnitAnswer; at: number }>();
  private readonly currentRules = new Map<string, { rules: Promise<ProcedureRules>; at: number }>();

  constructor(private readonly graph: GraphClient = createGraphClient(process.env.PROCEDURES_URL)) {}

  /**
   * The procedure's current version, remembered for {@link CURRENT_RULES_TTL_MS}: every submission asks, and the
   * catalogue changes only when a new version is loaded, which then reaches submissions within that time.
   * Concurrent askers share one request; a failed one is not remembered.
   */
  current(code: string): Promise<ProcedureRules> {
    const hit = this.currentRules.get(code);
    if (hit && Date.now() - hit.at < CURRENT_RULES_TTL_MS) return hit.rules;
    const rules = this.fetchCurrent(code);
    this.currentRules.set(code, { rules, at: Date.now() });
    rules.catch(() => this.currentRules.delete(code));
    return rules;
  }

  private async fetchCurrent(code: string): Promise<ProcedureRules> {
    const data = await this.graph.request<{ procedure: (ProcedureHead & { current: VersionPart }) | null }>(CURRENT_RULES, { code });
    if (!data.procedure) throw unknownProcedure(code);
    const rules = { ...data.procedure, ...data.procedure.current };
    this.pinned.set(`${code}@${rules.version}`, rules);
    return rules;
  }

  /** The version in force on the day of `at` (a dossier received on 20 June 2025 follows the rules of then). */
  async inForce(code: string, at: Date): Promise<ProcedureRules> {
    const day = vietnamDay(at);
    let rules = await this.current(code);
    while (rules.validFrom && rules.validFrom > day && rules.version > 1) rules = await this.pinnedVersion(code, rules.version - 1);
    return rules;
  }

  async pinnedVersion(code: string, version: number): Promise<ProcedureRules> {
    const key = `${code}@${version}`;
    const cached = this.pinned.get(key);
    if (cached) return cached;
    const data = await this.graph.request<{ procedure: (ProcedureHead & { version: VersionPart }) | null }>(PINNED_RULES, { code, version });
    if (!data.procedure) throw unknownProcedure(code);
    const rules = { ...data.procedure, ...data.procedure.version };
    this.pinned.set(key, rules);
    return rules;
  }

  /**
   * The unit with this code as it was on the day of `asOf`; without a day, the one in force today, else the
   * latest that had the code (a letterhead of an old dossier). NOT_FOUND when there is none.
   */
  async unit(code: string, asOf: Date | null = null): Promise<UnitInfo> {
    return this.history(code, asOf);
  }

  /**
   * A unit that can act on the day: NOT_FOUND for an unknown code, VALIDATION_FAILED naming `field` for a code
   * whose unit was not in force then (a district after 30 June 2025).
   */
  async unitInForce(code: string, at: Date, field: string): Promise<UnitInfo> {
    const answer = await this.answer(code, at);
    if (!answer.latest) throw unknownUnit(code, field);
    if (!answer.onDay) throw notInForce(answer.latest, vietnamDay(at), field);
    return unitOf(answer.onDay, answer.agencies);
  }

  /** The unit of the day with its successors (empty while it is in force, or for a district). */
  async history(code: string, asOf: Date | null): Promise<UnitHistory> {
    const answer = await this.answer(code, asOf);
    if (!answer.onDay) throw unknownUnit(code, 'unitCode');
    return { ...unitOf(answer.onDay, answer.agencies), successors: answer.onDay.successors };
  }

  private async answer(code: string, at: Date | null): Promise<UnitAnswer> {
    const day = at ? vietnamDay(at) : null;
    const key = `${code}@${day ?? 'today'}`;
    const hit = this.units.get(key);
    const past = !!day && day < vietnamDay(new Date());
    if (hit && (past || Date.now() - hit.at < 10 * 60_000)) return hit.answer;
    const answer = await this.graph.request<UnitAnswer>(UNIT, { code, asOf: day });
    this.units.set(key, { answer, at: Date.now() });
    return answer;
  }
}

function unitOf(row: UnitRow, agencies: AgencyInfo[]): UnitInfo {
  const receiving = agencies.filter((a) => RECEIVING_KINDS.includes(a.kind));
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    path: row.path.split('/'),
    validFrom: row.validFrom,
    validTo: row.validTo,
    agencies: [...receiving, ...agencies.filter((a) => !receiving.includes(a))],
  };
}

/** The unit as the receiving rules see it. */
export function placedUnit(unit: UnitInfo): PlacedUnit {
  return { code: unit.code, level: unit.level, provinceCode: unit.path[0] };
}

function unknownProcedure(code: string): AppError {
  return new AppError('NOT_FOUND', {
    message: { vi: `Không có thủ tục hành chính mã ${code}.`, en: `There is no procedure with code ${code}.` },
    details: { procedureCode: code, fields: [{ field: 'procedureCode' }] },
  });
}

function unknownUnit(code: string, field: string): AppError {
  return new AppError('NOT_FOUND', {
    message: { vi: `Không có đơn vị hành chính mã ${code}.`, en: `There is no administrative unit with code ${code}.` },
    details: { unitCode: code, fields: [{ field }] },
  });
}

function notInForce(unit: Pick<UnitInfo, 'code' | 'name' | 'validFrom' | 'validTo'>, day: string, field: string): AppError {
  const ended = unit.validTo && unit.validTo < day;
  return new AppError('VALIDATION_FAILED', {
    message: ended
      ? { vi: `${unit.name} (mã ${unit.code}) đã chấm dứt hoạt động từ sau ngày ${unit.validTo}.`, en: `${unit.name} (code ${unit.code}) ceased to exist after ${unit.validTo}.` }
      : { vi: `Đơn vị mã ${unit.code} chưa tồn tại vào ngày ${day}.`, en: `The unit with code ${unit.code} did not exist on ${day}.` },
    details: { unitCode: unit.code, validFrom: unit.validFrom, validTo: unit.validTo, fields: [{ field }] },
  });
}
