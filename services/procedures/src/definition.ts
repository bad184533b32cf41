import type { SubgraphDefinition } from '@motcua/platform';
import { AdministrativeUnit } from './entities/administrative-unit.entity';
import { Agency } from './entities/agency.entity';
import { Procedure } from './entities/procedure.entity';
import { ProcedureVersion } from './entities/procedure-version.entity';
import { migrations } from './migrations';
import { AdministrativeUnitResolver } from './resolvers/administrative-unit.resolver';
import { ProcedureResolver, ProcedureVersionResolver } from './resolvers/procedure.resolver';
import { referenceResolvers } from './resolvers/reference.resolvers';
import { ViewerResolver } from './resolvers/viewer.resolver';
import { seedCatalogue } from './seed/seed-catalogue';

export const procedures: SubgraphDefinition = {
  name: 'procedures',
  schema: 'procedures',
  entities: [AdministrativeUnit, Agency, Procedure, ProcedureVersion],
  migrations,
  resolvers: [ProcedureResolver, ProcedureVersionResolver, AdministrativeUnitResolver, ViewerResolver],
  referenceResolvers,
  // The catalogue and the administrative map are reference data: every environment has them.
  seed: ({ orm }) => seedCatalogue(orm.em.fork()),
};
