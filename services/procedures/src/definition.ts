import type { SubgraphDefinition } from '@motcua/platform';
import { Agency } from './entities/agency.entity';
import { Procedure } from './entities/procedure.entity';
import { ProcedureVersion } from './entities/procedure-version.entity';
import { loadUnitData } from './map/unit-data-loader';
import { migrations } from './migrations';
import { AdministrativeUnitResolver, AgencyResolver } from './resolvers/administrative-unit.resolver';
import { ProcedureResolver, ProcedureVersionResolver } from './resolvers/procedure.resolver';
import { referenceResolvers } from './resolvers/reference.resolvers';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { seedCatalogue } from './seed/seed-catalogue';
import { forgetUnitIndex } from './services/administrative-map.service';
import { catalogueCache } from './catalogue/catalogue-cache';

export const procedures: SubgraphDefinition = {
  name: 'procedures',
  schema: 'procedures',
  entities: [Agency, Procedure, ProcedureVersion],
  migrations,
  resolvers: [ProcedureResolver, ProcedureVersionResolver, AdministrativeUnitResolver, AgencyResolver, ViewerResolver],
  referenceResolvers,
  // Units come from the national data files: a file added to the manifest since the last start is loaded now.
  referenceData: async ({ orm, log }) => {
    const loaded = await loadUnitData((sql, params) => orm.em.getConnection().execute(sql, params));
    if (loaded.length) {
      forgetUnitIndex();
      log.info({ files: loaded }, 'administrative unit data loaded');
    }
  },
  // The catalogue and the agencies are demo reference data: every development and test environment has them.
  seed: ({ orm }) => seedCatalogue(orm.em.fork()),
  // Searches are answered from memory while the catalogue does not change (told by PostgreSQL, LISTEN/NOTIFY).
  workers: ({ orm, log }) => {
    const listening = catalogueCache.listen(orm, log).catch((err) => {
      log.error({ err }, 'catalogue cache off: cannot listen for changes');
      return null;
    });
    return [{ stop: async () => void (await (await listening)?.stop()) }];
  },
};
