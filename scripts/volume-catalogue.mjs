// The catalogue the volume generator and the benchmark use: former Đức Hòa district as the national data files
// hold it (the district and its 20 communes until 30 June 2025, with the agencies of that time) and the
// procedures service's seed, read from its build. Development tooling only; the services themselves read each
// other through the graph.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { unitIndexFromFiles } = require('../services/procedures/dist/map/file-index.js');
const { agencyRecords, DUC_HOA_DISTRICT_CODE } = require('../services/procedures/dist/seed/agencies.data.js');
const { PROCEDURES } = require('../services/procedures/dist/seed/procedures.data.js');

const LAST_DAY_OF_THE_DISTRICT = '2025-06-30';

function ducHoa() {
  const index = unitIndexFromFiles();
  const district = index.at(DUC_HOA_DISTRICT_CODE, LAST_DAY_OF_THE_DISTRICT);
  const agencies = agencyRecords(index).filter((a) => a.validTo === LAST_DAY_OF_THE_DISTRICT);
  return { index, units: [district, ...index.children(district)], agencies };
}

/** Đức Hòa's units with the agency that received dossiers for each, and the procedures they settled. */
export function ducHoaVolumeCatalogue() {
  const { units: ducHoaUnits, agencies } = ducHoa();
  const units = ducHoaUnits.map((u) => {
    const agency = agencies.find((a) => a.unitCode === u.code);
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
  const { index, units } = ducHoa();
  const province = index.parentOf(units[0]);
  return {
    units: [province, ...units].map((u) => ({ code: u.code, name: u.name, level: u.level, path: u.path.split('/') })),
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
