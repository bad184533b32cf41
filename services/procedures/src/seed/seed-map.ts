import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../entities/agency.entity';
import { unitIndex } from '../services/administrative-map.service';
import { agencyRecords } from './agencies.data';

/** The agencies of both periods (the units themselves come from the data files, loaded by migration). */
export async function seedMap(em: EntityManager): Promise<void> {
  const records = agencyRecords(await unitIndex(em));
  await em.transactional(async (tx) => {
    for (const record of records) {
      const row = { ...record, phone: record.phone ?? null, managingBody: record.managingBody ?? null, managingBodyEn: record.managingBodyEn ?? null };
      const existing = await tx.findOne(Agency, { code: record.code });
      // Agencies seeded before periods existed get theirs.
      if (existing) tx.assign(existing, row);
      else tx.create(Agency, row);
    }
  });
}
