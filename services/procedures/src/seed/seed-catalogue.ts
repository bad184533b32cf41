import type { EntityManager } from '@mikro-orm/postgresql';
import { seedMap } from './seed-map';
import { seedProcedures } from './seed-procedures';

/** Reference data every environment has: the administrative map, its agencies and the procedure catalogue. */
export async function seedCatalogue(em: EntityManager): Promise<void> {
  await seedMap(em);
  await seedProcedures(em);
}
