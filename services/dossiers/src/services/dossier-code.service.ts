import { vietnamDay } from '@motcua/platform';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatDossierCode } from '../domain/dossier-code';

/**
 * The next code of an agency for the local day. The upsert takes a row lock held until the caller's
 * transaction ends, so concurrent submissions get distinct numbers and a rolled-back one leaves no gap.
 */
export async function nextDossierCode(em: EntityManager, agencyCode: string, at: Date): Promise<string> {
  const rows: { last_value: number }[] = await em.execute(
    `insert into dossiers.dossier_sequence (agency_code, day, last_value) values (?, ?, 1)
     on conflict (agency_code, day) do update set last_value = dossier_sequence.last_value + 1
     returning last_value`,
    [agencyCode, vietnamDay(at)],
  );
  return formatDossierCode(agencyCode, at, rows[0].last_value);
}
