import type { SubgraphDefinition } from '@motcua/platform';
import { Payment } from './entities/payment.entity';
import { migrations } from './migrations';
import { DossierPaymentsResolver } from './resolvers/dossier-payments.resolver';
import { DossierWithPayments } from './federation/dossier-payments.type';

export const payments: SubgraphDefinition = {
  name: 'payments',
  schema: 'payments',
  entities: [Payment],
  migrations,
  resolvers: [DossierPaymentsResolver],
  // Reached only through _entities, so type-graphql must be told to emit it.
  orphanedTypes: [DossierWithPayments],
  referenceResolvers: {
    Dossier: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
  },
};
