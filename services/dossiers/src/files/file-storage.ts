import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { S3FileStorage } from './s3-file-storage';
import { assertStorageKey } from './storage-key';

/** Where file bytes live; the database keeps only metadata and the key. */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The same for bytes already in a file (an upload received to disk), read as a stream. */
  putFile(key: string, path: string): Promise<void>;
  read(key: string): Promise<Readable>;
  /** Removes the object; nothing happens when it is not there. */
  delete(key: string): Promise<void>;
}

/**
 * Files in a local directory, named by their SHA-256: the same scan uploaded twice is stored once, and a
 * write is atomic (temporary file, then rename).
 */
export class LocalFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.write(key, (temporary) => writeFile(temporary, bytes, { mode: 0o600 }));
  }

  async putFile(key: string, path: string): Promise<void> {
    await this.write(key, async (temporary) => {
      await copyFile(path, temporary);
      await chmod(temporary, 0o600);
    });
  }

  private async write(key: string, fill: (temporary: string) => Promise<void>): Promise<void> {
    const path = this.pathOf(key);
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      return;
    // Scans of ID cards and certificates: readable by the service's user only, whatever the umask.
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true, mode: 0o700 });
    // One temporary name per write: two uploads of the same scan at once must not share (and rename away) one file.
    const temporary = `${path}.${randomUUID()}.tmp`;
    await fill(temporary);
    await rename(temporary, path);
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // Open before returning, so a missing file is an error here and not a broken response later.
    const stream = createReadStream(path);
    await new Promise<void>((done, fail) => stream.once('open', () => done()).once('error', fail));
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return join(this.root, key.slice(0, 2), key);
  }
}

/** FILE_STORAGE=local (the default, FILE_STORAGE_DIR) or FILE_STORAGE=s3 (the S3_* settings, all required). */
export function fileStorageFromEnv(env: NodeJS.ProcessEnv): FileStorage {
  const kind = env.FILE_STORAGE ?? 'local';
  if (kind === 'local') return new LocalFileStorage(env.FILE_STORAGE_DIR ?? '.data/files');
  if (kind !== 's3') throw new Error(`FILE_STORAGE must be "local" or "s3", not "${kind}"`);
  const missing = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (missing.length) throw new Error(`FILE_STORAGE=s3 needs ${missing.join(', ')}`);
  return new S3FileStorage({
    endpoint: env.S3_ENDPOINT!,
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION ?? 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
  });
}
