import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/** Where file bytes live; the database keeps only metadata and the key. */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  read(key: string): Promise<Readable>;
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
    const path = this.pathOf(key);
    if (await stat(path).then(() => true, () => false)) return;
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async read(key: string): Promise<Readable> {
    return createReadStream(this.pathOf(key));
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('storage keys are SHA-256 hex digests');
    return join(this.root, key.slice(0, 2), key);
  }
}

export function fileStorageFromEnv(env: NodeJS.ProcessEnv): FileStorage {
  return new LocalFileStorage(env.FILE_STORAGE_DIR ?? '.data/files');
}
