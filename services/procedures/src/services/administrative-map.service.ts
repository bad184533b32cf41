import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, vietnamDay } from '@motcua/platform';
import { Agency, AgencyKind } from '../entities/agency.entity';
import { readManifest, type MapLevel, type SuccessionKind } from '../map/unit-data';
import { UnitIndex, type MapUnit } from '../map/unit-index';

/** A GraphQL `Date` arrives as UTC midnight of the day asked for. */
let cached: Promise<UnitIndex> | null = null;

/** The map of every period, read once per process: it changes only when a data file is loaded at start. */
export function unitIndex(em: EntityManager): Promise<UnitIndex> {
  if (!cached) {
    cached = readIndex(em);
    cached.catch(() => (cached = null));
  }
  return cached;
}

/** After a data file is loaded in this process. */
export function forgetUnitIndex(): void {
  cached = null;
}

async function readIndex(em: EntityManager): Promise<UnitIndex> {
  const conn = em.getConnection();
  const [units, links] = await Promise.all([
    conn.execute<Record<string, unknown>[]>(
      `select id, code, name, name_en, level, kind, path, parent_id,
              to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to, search_text
         from procedures.administrative_unit`,
    ),
    conn.execute<Record<string, unknown>[]>('select old_unit_id, new_unit_id, kind from procedures.unit_succession'),
  ]);
  return new UnitIndex(
    units.map(
      (r): MapUnit => ({
        id: Number(r.id),
        code: String(r.code),
        name: String(r.name),
        nameEn: String(r.name_en),
        level: r.level as MapLevel,
        kind: String(r.kind),
        path: String(r.path),
        parentId: r.parent_id === null ? null : Number(r.parent_id),
        validFrom: (r.valid_from as string | null) ?? null,
        validTo: (r.valid_to as string | null) ?? null,
        searchText: String(r.search_text),
      }),
    ),
    links.map((r) => ({ oldId: Number(r.old_unit_id), newId: Number(r.new_unit_id), kind: r.kind as SuccessionKind })),
    readManifest().dataBegin,
  );
}

const MAX_UNITS_PER_PAGE = 1000;
const DEFAULT_UNITS_PER_PAGE = 100;

/** Centres first: the first agency of a unit is where its dossiers are received. */
const AGENCY_ORDER: Record<AgencyKind, number> = {
  PROVINCIAL_CENTRE: 0,
  COMMUNE_CENTRE: 1,
  DISTRICT_CENTRE: 2,
  COMMUNE_COMMITTEE: 3,
  PROVINCIAL_BODY: 4,
};

/** Reads of the administrative map of any period, and the agencies that receive dossiers. */
export class AdministrativeMapService {
  constructor(private readonly em: EntityManager) {}

  index(): Promise<UnitIndex> {
    return unitIndex(this.em);
  }

  /** The day asked for, checked against the data; today by default. */
  async day(asOf: string | null | undefined): Promise<string> {
    if (!asOf) return vietnamDay();
    const { dataBegin } = await this.index();
    if (asOf < dataBegin || asOf > '2099-12-31') {
      throw new AppError('VALIDATION_FAILED', {
        message: {
          vi: `Ngày tra cứu phải từ ${dataBegin} trở đi (dữ liệu đơn vị hành chính bắt đầu từ ngày đó).`,
          en: `The date asked for must be on or after ${dataBegin}, when the administrative data begin.`,
        },
        details: { fields: [{ field: 'asOf' }] },
      });
    }
    return asOf;
  }

  async units(filter: { parentCode?: string | null; level?: MapLevel | null; asOf?: string | null; search?: string | null; first?: number | null }): Promise<MapUnit[]> {
    const first = filter.first ?? DEFAULT_UNITS_PER_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_UNITS_PER_PAGE) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: `Số đơn vị mỗi trang từ 1 đến ${MAX_UNITS_PER_PAGE}.`, en: `first must be between 1 and ${MAX_UNITS_PER_PAGE}.` },
        details: { fields: [{ field: 'first' }] },
      });
    }
    const [index, asOf] = await Promise.all([this.index(), this.day(filter.asOf)]);
    const parentCode = filter.parentCode?.trim();
    const parent = parentCode ? index.at(parentCode, asOf) : null;
    if (parentCode && !parent) throw unknownUnit(parentCode, asOf, 'parentCode');
    return index.list({ parent, level: filter.level, asOf, search: filter.search, first });
  }

  /** The unit of that code on `asOf`; without a date, the one in force today, else the latest that had the code. */
  async unit(code: string, asOf?: string | null): Promise<MapUnit | null> {
    const index = await this.index();
    if (asOf) return index.at(code.trim(), await this.day(asOf));
    return index.current(code.trim(), vietnamDay());
  }

  /** Agencies of a unit in force on a day (today by default); without a unit, every agency of that day. */
  async agencies(unitCode?: string | null, asOf?: string | null): Promise<Agency[]> {
    const day = await this.day(asOf);
    const rows = await this.em.find(Agency, unitCode ? { unitCode: unitCode.trim() } : {});
    return sortAgencies(rows.filter((a) => (a.validFrom ?? '0000') <= day && (a.validTo ?? '9999') >= day));
  }

  /** Agencies serving a unit during its period. */
  async agenciesOfUnit(unit: MapUnit): Promise<Agency[]> {
    const rows = await this.em.find(Agency, { unitCode: unit.code });
    return sortAgencies(rows.filter((a) => (a.validFrom ?? '0000') <= (unit.validTo ?? '9999') && (a.validTo ?? '9999') >= (unit.validFrom ?? '0000')));
  }

  /** The unit an agency served, in the agency's own period. */
  async unitOfAgency(agency: Agency): Promise<MapUnit | null> {
    const index = await this.index();
    return index.at(agency.unitCode, agency.validTo ?? agency.validFrom ?? vietnamDay()) ?? index.current(agency.unitCode, vietnamDay());
  }
}

function sortAgencies(agencies: Agency[]): Agency[] {
  return agencies.sort((a, b) => AGENCY_ORDER[a.kind] - AGENCY_ORDER[b.kind] || a.code.localeCompare(b.code));
}

function unknownUnit(code: string, day: string, field: string): AppError {
  return new AppError('NOT_FOUND', {
    message: {
      vi: `Không có đơn vị hành chính mã ${code} vào ngày ${day}.`,
      en: `There is no administrative unit with code ${code} on ${day}.`,
    },
    details: { unitCode: code, fields: [{ field }] },
  });
}
