import type { SubgraphDefinition } from '@motcua/platform';
import { Dossier } from './entities/dossier.entity';
import { migrations } from './migrations';
import { DossierReadResolver } from './resolvers/dossier-read.resolver';
import { referenceResolvers } from './resolvers/reference.resolvers';

export const dossiers: SubgraphDefinition = {
  name: 'dossiers',
  schema: 'dossiers',
  entities: [Dossier],
  migrations,
  resolvers: [DossierReadResolver],
  referenceResolvers,
};
