import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalFileStorage } from '../file-storage';

const parent = mkdtempSync(join(tmpdir(), 'motcua-perms-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('LocalFileStorage permissions (issue 12)', () => {
  it('stores files 0600 in folders 0700, even under a permissive umask', async () => {
    const previous = process.umask(0o022);
    try {
      const root = join(parent, 'files');
      const bytes = Buffer.from('%PDF-1.4\nscan of an ID card\n%%EOF\n');
      const key = createHash('sha256').update(bytes).digest('hex');
      await new LocalFileStorage(root).put(key, bytes);
      expect(statSync(join(root, key.slice(0, 2), key)).mode & 0o777).toBe(0o600);
      expect(statSync(join(root, key.slice(0, 2))).mode & 0o777).toBe(0o700);
      expect(statSync(root).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });
});
