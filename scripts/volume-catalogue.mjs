// The catalogue the volume generator and the benchmark use: the procedures service's seed (units, agencies,
// procedures), read from its build. Development tooling only; the services themselves read each other
// through the graph.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { UNITS, DUC_HOA_DISTRICT_CODE } = require('../services/procedures/dist/seed/units.data.js');
const { AGENCIES } = require('../services/procedures/dist/seed/agencies.data.js');
const { PROCEDURES } = require('../services/procedures/dist/seed/procedures.data.js');

/** Đức Hòa's units with the agency that receives dossiers for each, and the procedures they settle. */
export function ducHoaVolumeCatalogue() {
  const units = UNITS.filter((u) => u.code === DUC_HOA_DISTRICT_CODE || u.parentCode === DUC_HOA_DISTRICT_CODE).map((u) => {
    const agency = AGENCIES.find((a) => a.unitCode === u.code);
    if (!agency) throw new Error(`no agency receives dossiers for unit ${u.code}`);
    return { code: u.code, level: u.level, agencyCode: agency.code };
  });
  const procedures = PROCEDURES.map((p) => ({
    code: p.code,
    settlingLevel: p.settlingLevel,
    onlineLevel: p.onlineLevel,
    processingDays: p.processingDays,
    hasFee: p.fees.some((f) => f.amountVnd > 0),
  }));
  return { units, procedures };
}

/** The same catalogue as the indicators read it (names, fields, unit paths). */
export function ducHoaIndicatorCatalogue() {
  const byCode = new Map(UNITS.map((u) => [u.code, u]));
  const pathOf = (u) => (u.parentCode ? [...pathOf(byCode.get(u.parentCode)), u.code] : [u.code]);
  return {
    units: UNITS.map((u) => ({ code: u.code, name: u.name, level: u.level, path: pathOf(u) })),
    procedures: PROCEDURES.map((p) => ({
      code: p.code,
      name: p.name,
      field: p.field,
      settlingLevel: p.settlingLevel,
      onlineLevel: p.onlineLevel,
      processingDays: p.processingDays,
      hasFee: p.fees.some((f) => f.amountVnd > 0),
    })),
  };
}
