import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MikroORM } from '@mikro-orm/postgresql';
import { testPdf } from '@motcua/stack';
import { fileStorageFromEnv } from '../src/files/file-storage';
import { removeOrphanFiles } from '../src/files/orphan-files';
import { birthRegistrationInput, gateway, SUBMIT } from './support';

/**
 * Uploads no dossier uses are removed after the grace period, their objects too once no other upload has the same
 * content; attached files, counter scans and recent uploads stay.
 */
const WEEK_MS = 7 * 24 * 3600_000;
const store = inject('objectStore');
const storage = fileStorageFromEnv({
  FILE_STORAGE: 's3',
  S3_ENDPOINT: store.endpoint,
  S3_BUCKET: store.bucket,
  S3_REGION: 'ap-southeast-1',
  S3_ACCESS_KEY_ID: store.accessKeyId,
  S3_SECRET_ACCESS_KEY: store.secretAccessKey,
});
const db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
let orm: MikroORM;

beforeAll(async () => {
  // The sweep speaks SQL only: a connection to the stack's database is all it needs.
  orm = await MikroORM.init({ clientUrl: inject('databaseUrl'), entities: [], discovery: { warnWhenNoEntities: false } });
});

afterAll(async () => {
  await orm?.close();
  await db.end();
});

/** A small PDF whose bytes (and so its stored object) are this run's own. */
const pdf = (text: string) => testPdf(`${text} ${Date.now()}`);

async function stored(id: string): Promise<{ storage_key: string } | undefined> {
  return (await db.query<{ storage_key: string }>('select storage_key from dossiers.stored_file where id = $1', [id])).rows[0];
}

async function objectExists(key: string): Promise<boolean> {
  return storage.read(key).then(
    (stream) => {
      stream.destroy();
      return true;
    },
    () => false,
  );
}

describe('uploads attached to nothing', () => {
  it('are removed after the grace period, with their object unless another upload shares it', async () => {
    const citizen = await gateway.login('citizen');
    const intake = await gateway.login('intake');
    const kept = pdf('to-khai');
    const attached = await gateway.uploadedId(citizen, { bytes: kept });
    const sameContent = await gateway.uploadedId(citizen, { bytes: kept });
    const abandoned = await gateway.uploadedId(citizen, { bytes: pdf('bo-do') });
    const recent = await gateway.uploadedId(citizen, { bytes: pdf('moi-tai') });
    const scan = await gateway.uploadedId(intake, { bytes: pdf('ban-quet'), digitised: true });
    const input = await birthRegistrationInput(citizen);
    input.documents[0].fileId = attached;
    await gateway.data(SUBMIT, { input }, citizen);

    const old = [attached, sameContent, abandoned, scan];
    await db.query(`update dossiers.stored_file set created_at = now() - interval '8 days' where id = any($1::uuid[])`, [old]);
    const abandonedKey = (await stored(abandoned))?.storage_key ?? '';
    const keptKey = (await stored(attached))?.storage_key ?? '';
    expect(await objectExists(abandonedKey)).toBe(true);

    const removed = await removeOrphanFiles(orm.em.fork(), storage, new Date(Date.now() - WEEK_MS));

    expect(removed).toEqual({ files: 2, objects: 1 });
    expect(await stored(sameContent)).toBeUndefined();
    expect(await stored(abandoned)).toBeUndefined();
    expect(await objectExists(abandonedKey)).toBe(false);
    for (const id of [attached, recent, scan]) expect(await stored(id), id).toBeDefined();
    expect(await objectExists(keptKey)).toBe(true);
    const download = await fetch(`${gateway.baseUrl}/files/${attached}`, { headers: { authorization: `Bearer ${citizen}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(kept)).toBe(true);
    const gone = await fetch(`${gateway.baseUrl}/files/${abandoned}`, { headers: { authorization: `Bearer ${citizen}` } });
    expect(gone.status).toBe(404);

    expect(await removeOrphanFiles(orm.em.fork(), storage, new Date(Date.now() - WEEK_MS))).toEqual({ files: 0, objects: 0 });
  });
});
