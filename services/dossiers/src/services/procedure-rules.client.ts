import { AppError, createGraphClient, type GraphClient } from '@motcua/platform';

export interface RequiredDocumentRule {
  id: string;
  name: string;
  mandatory: boolean;
  original: boolean;
  copies: number;
}

export interface FeeRuleSnapshot {
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
  settlingLevel: 'COMMUNE' | 'DISTRICT';
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE';
  version: number;
  processingDays: number;
  feePaidBeforeProcessing: boolean;
  requiredDocuments: RequiredDocumentRule[];
  formFields: { key: string; label: string; required: boolean }[];
  fees: FeeRuleSnapshot[];
}

export interface UnitInfo {
  code: string;
  name: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  path: string[];
  agencies: { code: string; name: string; address: string; counters: number }[];
}

const RULE_FIELDS = `version processingDays feePaidBeforeProcessing
  requiredDocuments { id name mandatory original copies } formFields { key label required }
  fees { name nameEn kind basis amountVnd onlineAmountVnd }`;

const CURRENT_RULES = `query CurrentRules($code: String!) {
  procedure(code: $code) { code name settlingLevel onlineLevel current { ${RULE_FIELDS} } }
}`;

const PINNED_RULES = `query PinnedRules($code: String!, $version: Int!) {
  procedure(code: $code) { code name settlingLevel onlineLevel version(version: $version) { ${RULE_FIELDS} } }
}`;

const UNIT = `query Unit($code: String!) {
  administrativeUnit(code: $code) { code name level path agencies { code name address counters } }
}`;

type ProcedureHead = Pick<ProcedureRules, 'code' | 'name' | 'settlingLevel' | 'onlineLevel'>;
type VersionPart = Omit<ProcedureRules, keyof ProcedureHead>;

/**
 * Reads the catalogue through the procedures subgraph's GraphQL API (never its tables). Versions never
 * change once published, so pinned rules are cached for the life of the process.
 */
export class ProcedureRulesClient {
  private readonly pinned = new Map<string, ProcedureRules>();
  private readonly units = new Map<string, { unit: UnitInfo; at: number }>();

  constructor(private readonly graph: GraphClient = createGraphClient(process.env.PROCEDURES_URL)) {}

  async current(code: string): Promise<ProcedureRules> {
    const data = await this.graph.request<{ procedure: (ProcedureHead & { current: VersionPart }) | null }>(CURRENT_RULES, { code });
    if (!data.procedure) throw unknownProcedure(code);
    const rules = { ...data.procedure, ...data.procedure.current };
    this.pinned.set(`${code}@${rules.version}`, rules);
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

  async unit(code: string): Promise<UnitInfo> {
    const hit = this.units.get(code);
    if (hit && Date.now() - hit.at < 10 * 60_000) return hit.unit;
    const data = await this.graph.request<{ administrativeUnit: (Omit<UnitInfo, 'path'> & { path: string }) | null }>(UNIT, { code });
    if (!data.administrativeUnit) {
      throw new AppError('NOT_FOUND', {
        message: { vi: `Không có đơn vị hành chính mã ${code}.`, en: `There is no administrative unit with code ${code}.` },
        details: { unitCode: code },
      });
    }
    const unit = { ...data.administrativeUnit, path: data.administrativeUnit.path.split('/') };
    this.units.set(code, { unit, at: Date.now() });
    return unit;
  }
}

function unknownProcedure(code: string): AppError {
  return new AppError('NOT_FOUND', {
    message: { vi: `Không có thủ tục hành chính mã ${code}.`, en: `There is no procedure with code ${code}.` },
    details: { procedureCode: code },
  });
}
