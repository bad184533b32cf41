import type { EntityManager } from '@mikro-orm/postgresql';
import { AdministrativeUnit, type UnitLevel } from '../entities/administrative-unit.entity';
import { Agency } from '../entities/agency.entity';

/** Reads of the administrative map: units and the agencies that receive dossiers. */
export class AdministrativeMapService {
  constructor(private readonly em: EntityManager) {}

  units(filter: { parentCode?: string | null; level?: UnitLevel | null }): Promise<AdministrativeUnit[]> {
    const where: Record<string, unknown> = {};
    if (filter.parentCode) where.parent = filter.parentCode;
    if (filter.level) where.level = filter.level;
    return this.em.find(AdministrativeUnit, where, { orderBy: { path: 'asc' } });
  }

  unit(code: string): Promise<AdministrativeUnit | null> {
    return this.em.findOne(AdministrativeUnit, { code });
  }

  async parentOf(unit: AdministrativeUnit): Promise<AdministrativeUnit | null> {
    if (!unit.parent) return null;
    return this.em.findOne(AdministrativeUnit, { code: unit.parent.code });
  }

  agencies(unitCode?: string | null): Promise<Agency[]> {
    return this.em.find(Agency, unitCode ? { unit: unitCode } : {}, { orderBy: { code: 'asc' }, populate: ['unit'] });
  }
}
