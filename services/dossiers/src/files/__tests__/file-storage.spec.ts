import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { S3Sandbox } from '@motcua/stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalFileStorage, fileStorageFromEnv, type FileStorage } from '../file-storage';
import { S3FileStorage, StorageUnavailableError } from '../s3-file-storage';

const credentials = { accessKeyId: 'motcua-test', secretAccessKey: 'sandbox-secret-0123456789' };
const sandbox = new S3Sandbox({ buckets: ['motcua-files'], ...credentials });
const localRoot = mkdtempSync(join(tmpdir(), 'motcua-files-'));

beforeAll(() => sandbox.start());
afterAll(async () => {
  await sandbox.stop();
  rmSync(localRoot, { recursive: true, force: true });
});

const s3 = () => new S3FileStorage({ endpoint: sandbox.endpoint, bucket: 'motcua-files', region: 'ap-southeast-1', ...credentials });

function sample(text: string): { key: string; bytes: Buffer } {
  const bytes = Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
  return { key: createHash('sha256').update(bytes).digest('hex'), bytes };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe.each([
  ['local directory', () => new LocalFileStorage(localRoot)],
  ['S3-compatible store', s3],
])('FileStorage on a %s', (_name, make: () => FileStorage) => {
  it('gives back exactly the bytes it was given', async () => {
    const storage = make();
    const file = sample(`giấy khai sinh ${_name}`);
    await storage.put(file.key, file.bytes);
    expect((await readAll(await storage.read(file.key))).equals(file.bytes)).toBe(true);
  });

  it('fails on a key it never stored, before any byte is sent', async () => {
    await expect(make().read(sample(`never stored ${_name}`).key)).rejects.toThrow();
  });

  it('stores the same scan uploaded by several people at the same moment', async () => {
    const storage = make();
    const file = sample(`tờ khai mẫu ${_name}`);
    await Promise.all(Array.from({ length: 8 }, () => storage.put(file.key, file.bytes)));
    expect((await readAll(await storage.read(file.key))).equals(file.bytes)).toBe(true);
  });

  it('only takes SHA-256 keys, so a crafted key cannot reach another path', async () => {
    await expect(make().put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow(/SHA-256/);
    await expect(make().read('..%2F..%2Fsecret')).rejects.toThrow(/SHA-256/);
  });
});

describe('S3FileStorage against the S3 sandbox', () => {
  it('stores under the content hash, and a second upload of the same scan is only a HEAD', async () => {
    const file = sample('căn cước công dân');
    await s3().put(file.key, file.bytes);
    await s3().put(file.key, file.bytes);
    const objectPath = `/motcua-files/${file.key.slice(0, 2)}/${file.key}`;
    expect(sandbox.object('motcua-files', `${file.key.slice(0, 2)}/${file.key}`)?.equals(file.bytes)).toBe(true);
    expect(sandbox.requests.filter((r) => r.path === objectPath).map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 404', 'PUT 200', 'HEAD 200']);
  });

  it('reports a wrong secret as the store unavailable, and stores nothing', async () => {
    const wrong = new S3FileStorage({ endpoint: sandbox.endpoint, bucket: 'motcua-files', region: 'ap-southeast-1', accessKeyId: credentials.accessKeyId, secretAccessKey: 'not-the-secret' });
    const file = sample('wrong secret');
    const failure = wrong.put(file.key, file.bytes);
    await expect(failure).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(failure).rejects.toThrow(/answered 403/);
    await expect(wrong.read(file.key)).rejects.toThrow(/GET answered 403 SignatureDoesNotMatch/);
    expect(sandbox.keys('motcua-files')).not.toContain(`${file.key.slice(0, 2)}/${file.key}`);
  });

  it('names a missing bucket in its error', async () => {
    const storage = new S3FileStorage({ endpoint: sandbox.endpoint, bucket: 'no-such-bucket', region: 'ap-southeast-1', ...credentials });
    const file = sample('no bucket');
    await expect(storage.read(file.key)).rejects.toThrow(/404 NoSuchBucket/);
  });
});

describe('fileStorageFromEnv', () => {
  it('keeps files in a local directory unless told otherwise', () => {
    expect(fileStorageFromEnv({ FILE_STORAGE_DIR: localRoot })).toBeInstanceOf(LocalFileStorage);
  });

  it('uses an S3-compatible store when FILE_STORAGE=s3, and says which settings are missing', () => {
    expect(fileStorageFromEnv({ FILE_STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })).toBeInstanceOf(S3FileStorage);
    expect(() => fileStorageFromEnv({ FILE_STORAGE: 's3', S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow('FILE_STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY');
    expect(() => fileStorageFromEnv({ FILE_STORAGE: 'ftp' })).toThrow(/"local" or "s3"/);
  });
});
