import { describe, expect, it } from 'vitest';
import { servedFileHeaders } from '../files.routes';

describe('a stored file served back', () => {
  it('is never re-sniffed by the browser', () => {
    expect(servedFileHeaders({ mimeType: 'application/pdf', size: 10, originalName: 'a.pdf' })['x-content-type-options']).toBe('nosniff');
  });

  it('names the file in a header that a hostile name cannot break', () => {
    const headers = servedFileHeaders({ mimeType: 'image/png', size: 3, originalName: 'giấy khai sinh"\r\nx-evil: 1.png' });
    expect(headers['content-disposition']).not.toMatch(/[\r\n]/);
    expect(headers['content-disposition']).toMatch(/^inline; filename="[\w.-]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(headers['content-disposition'].split("UTF-8''")[1])).toBe('giấy khai sinh"\r\nx-evil: 1.png');
  });
});
