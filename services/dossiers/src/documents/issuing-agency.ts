/**
 * Who a document is issued by, as of the document's date. Unit codes were reused by the July 2025 reform (27931
 * was "Thị trấn Hậu Nghĩa", then "Xã Hậu Nghĩa"; 80 was Long An, then Tây Ninh) and the old agencies ended on
 * 30 June 2025, so the agency is looked up in the procedures subgraph for that date, never taken from today.
 */
import { AppError, type GraphClient } from '@motcua/platform';
import type { DocumentAgency } from './types';

type AgencyKind = 'PROVINCIAL_CENTRE' | 'PROVINCIAL_BODY' | 'COMMUNE_CENTRE' | 'DISTRICT_CENTRE' | 'COMMUNE_COMMITTEE';

/** An agency as the procedures subgraph gives it, with the unit it served in its own period. */
export interface IssuingAgency {
  code: string;
  name: string;
  kind: AgencyKind;
  address: string;
  phone?: string | null;
  managingBody?: string | null;
  unit: { name: string } | null;
}

const CENTRE = 'Trung tâm Phục vụ hành chính công';
const ONE_STOP_DESK = 'Bộ phận Một cửa';
const UNIT_KIND_PREFIX = /^(Thành phố|Thị trấn|Thị xã|Đặc khu|Phường|Xã|Quận|Huyện|Tỉnh)\s+/i;

/** The unit's name without its kind, as the place of the place-and-date line (Decree 30/2020): 'Hậu Nghĩa'. */
export function placeName(unitName: string): string {
  return unitName.replace(UNIT_KIND_PREFIX, '');
}

/** 'Xã Hậu Nghĩa' → 'Ủy ban nhân dân xã Hậu Nghĩa'. */
export function peoplesCommitteeOf(unitName: string): string {
  return `Ủy ban nhân dân ${unitName.charAt(0).toLowerCase()}${unitName.slice(1)}`;
}

/**
 * The two header lines of Decree 30/2020: the governing body above, the issuing office below. A commune
 * committee (before July 2025) issued through its one-stop desk; a service centre is an office of the People's
 * Committee of its unit. A provincial body (the land registration office branch) is printed under its managing
 * body (its office), or the provincial People's Committee where the data name none.
 */
export function letterheadOf(agency: IssuingAgency): DocumentAgency {
  const unitName = agency.unit?.name ?? agency.address;
  const common = { place: placeName(unitName), address: agency.address, ...(agency.phone ? { phone: agency.phone } : {}) };
  switch (agency.kind) {
    case 'COMMUNE_COMMITTEE':
      return { name: agency.name, unitName: ONE_STOP_DESK, ...common };
    case 'PROVINCIAL_BODY':
      return { name: agency.managingBody ?? peoplesCommitteeOf(unitName), unitName: agency.name, ...common };
    default:
      return { name: peoplesCommitteeOf(unitName), unitName: CENTRE, ...common };
  }
}

export interface IssuerQuery {
  /** The unit that received the dossier (or keeps the register). */
  unitCode: string;
  /** Units to try first, in order, when the receiving unit has no agency on the date (the unit handling it now). */
  alsoUnitCodes?: string[];
  /** The agency that received it, preferred while it is in force. */
  agencyCode?: string;
  /** The document's local date, 'YYYY-MM-DD'. */
  asOf: string;
  /** A local date within the receiving unit's own period (the day of receipt), to find its successors. */
  since: string;
}

const AGENCIES = `query DocumentAgencies($unitCode: String!, $asOf: Date!) {
  agencies(unitCode: $unitCode, asOf: $asOf) { code name kind address phone managingBody unit { name } }
}`;

const SUCCESSORS = `query DocumentUnitSuccessors($code: String!, $asOf: Date!) {
  administrativeUnit(code: $code, asOf: $asOf) { successors { code validFrom } }
}`;

/** Reforms do not chain within a dossier's life; a bound keeps a bad succession loop from spinning. */
const MAX_SUCCESSIONS = 3;
const CACHE_MS = 10 * 60_000;

/**
 * Finds the issuing agency of a document: the receiving unit's agencies on the document's date; if it has none
 * (it ended at a reform), those of the unit now handling the dossier; else those of its successor (the first by
 * code, as the succession list orders them) on that date.
 */
export class IssuingAgencyDirectory {
  private readonly cache = new Map<string, { agencies: IssuingAgency[]; at: number }>();

  constructor(private readonly graph: GraphClient) {}

  async letterhead(query: IssuerQuery): Promise<DocumentAgency> {
    for (const code of unique([query.unitCode, ...(query.alsoUnitCodes ?? [])])) {
      const agencies = await this.agencies(code, query.asOf);
      if (agencies.length) return letterheadOf(pick(agencies, query.agencyCode));
    }
    let code = query.unitCode;
    let since = query.since;
    for (let hop = 0; hop < MAX_SUCCESSIONS; hop++) {
      const next = await this.successor(code, since, query.asOf);
      if (!next) break;
      const agencies = await this.agencies(next.code, query.asOf);
      if (agencies.length) return letterheadOf(pick(agencies, query.agencyCode));
      code = next.code;
      since = next.validFrom ?? query.asOf;
    }
    throw new AppError('NOT_FOUND', {
      message: {
        vi: `Không có cơ quan tiếp nhận hồ sơ của đơn vị ${query.unitCode} vào ngày ${query.asOf}.`,
        en: `No agency received dossiers for unit ${query.unitCode} on ${query.asOf}.`,
      },
      details: { unitCode: query.unitCode, asOf: query.asOf },
    });
  }

  private async agencies(unitCode: string, asOf: string): Promise<IssuingAgency[]> {
    const key = `${unitCode}@${asOf}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.agencies;
    const data = await this.graph.request<{ agencies: IssuingAgency[] }>(AGENCIES, { unitCode, asOf });
    this.cache.set(key, { agencies: data.agencies, at: Date.now() });
    return data.agencies;
  }

  private async successor(code: string, since: string, asOf: string): Promise<{ code: string; validFrom: string | null } | null> {
    const data = await this.graph.request<{ administrativeUnit: { successors: { code: string; validFrom: string | null }[] } | null }>(SUCCESSORS, {
      code,
      asOf: since,
    });
    const successors = data.administrativeUnit?.successors ?? [];
    return successors.find((s) => !s.validFrom || s.validFrom <= asOf) ?? null;
  }
}

function pick(agencies: IssuingAgency[], agencyCode: string | undefined): IssuingAgency {
  return agencies.find((a) => a.code === agencyCode) ?? agencies[0]!;
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
