import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceDeps } from '@motcua/platform';
import { fileStorageFromEnv, type FileStorage } from './file-storage';

/** A week: a citizen who uploads, leaves the draft and comes back days later still finds the files there. */
const DEFAULT_GRACE_HOURS = 7 * 24;
const SWEEP_EVERY_MS = 3600_000;

/**
 * Holds the object stored under `key` for the rest of the transaction. Objects are named by content, so an upload
 * of the same scan and the sweep removing the last row that used it must not interleave.
 */
export async function lockStorageKey(tx: EntityManager, key: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
}

const UNUSED = `digitised = false and created_at < ? and not exists (select 1 from dossiers.dossier_document d where d.file_id = f.id)`;

/**
 * Removes uploads attached to no dossier after the grace period (issue 12: 200 MB uploaded and never used), and
 * their objects once no other row names the same content. Counter scans and results (digitised) are kept: they
 * are the citizen's digitised papers. One key at a time, each in its own transaction.
 */
export async function removeOrphanFiles(em: EntityManager, storage: FileStorage, olderThan: Date, limit = 500): Promise<{ files: number; objects: number }> {
  const keys = await em.execute<{ storage_key: string }[]>(`select distinct storage_key from dossiers.stored_file f where ${UNUSED} limit ?`, [olderThan, limit]);
  let files = 0;
  let objects = 0;
  for (const { storage_key: key } of keys) {
    await em.transactional(async (tx) => {
      await lockStorageKey(tx, key);
      const removed = await tx.execute<{ id: string }[]>(`delete from dossiers.stored_file f where storage_key = ? and ${UNUSED} returning id`, [key, olderThan]);
      const [{ left }] = await tx.execute<{ left: number }[]>('select count(*)::int as left from dossiers.stored_file where storage_key = ?', [key]);
      // Inside the transaction: if the store refuses, the rows stay and the next sweep tries again.
      if (left === 0) await storage.delete(key);
      files += removed.length;
      objects += left === 0 ? 1 : 0;
    });
  }
  return { files, objects };
}

/** A worker: every hour, uploads older than FILE_ORPHAN_GRACE_HOURS (default a week) that no dossier uses. */
export function startOrphanFileSweep(deps: ServiceDeps): { stop(): Promise<void> } {
  const hours = Number(deps.env.FILE_ORPHAN_GRACE_HOURS);
  const graceMs = (Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_GRACE_HOURS) * 3600_000;
  const storage = fileStorageFromEnv(deps.env);
  let running: Promise<unknown> = Promise.resolve();
  const once = () => {
    running = removeOrphanFiles(deps.orm.em.fork(), storage, new Date(Date.now() - graceMs))
      .then(({ files, objects }) => files > 0 && deps.log.info({ files, objects }, 'removed uploads no dossier uses'))
      .catch((err: unknown) => deps.log.error({ err }, 'orphan upload sweep failed; it runs again in an hour'));
  };
  const timer = setInterval(once, SWEEP_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
