import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inspectUpload as inspectContent, SNIFF_BYTES } from '../file-intake';

/** The route's view of an upload it streamed to disk. */
const inspectUpload = (bytes: Buffer, maxBytes?: number) =>
  inspectContent({ head: bytes.subarray(0, SNIFF_BYTES), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }, maxBytes);

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('inspectUpload', () => {
  it('sniffs the type from the bytes and hashes them', async () => {
    const result = await inspectUpload(PNG_1PX);
    expect(result).toEqual({ mimeType: 'image/png', size: PNG_1PX.length, sha256: createHash('sha256').update(PNG_1PX).digest('hex') });
    expect((await inspectUpload(PDF)).mimeType).toBe('application/pdf');
  });

  it('refuses a file that is not what it claims, whatever its name', async () => {
    const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    await expect(inspectUpload(executable)).rejects.toMatchObject({ code: 'FILE_REJECTED', extensions: { details: { reason: 'UNSUPPORTED_TYPE' } } });
  });

  it('refuses empty and oversized files', async () => {
    await expect(inspectUpload(Buffer.alloc(0))).rejects.toMatchObject({ extensions: { details: { reason: 'EMPTY' } } });
    await expect(inspectUpload(PNG_1PX, 10)).rejects.toMatchObject({ extensions: { details: { reason: 'TOO_LARGE' } } });
  });
});
