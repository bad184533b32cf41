import { describe, expect, inject, it } from 'vitest';

const frontendUrl = inject('frontendUrl');
const gatewayOrigin = new URL(inject('gatewayUrl')).origin;

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${frontendUrl}${path}`, { headers });

describe('frontend server', () => {
  it("serves each app's routes the page with a preconnect to the gateway and that app's entry preloaded", async () => {
    for (const [path, entry] of [
      ['/', '/apps/citizens/citizens.js'],
      ['/thu-tuc/1.001193', '/apps/citizens/citizens.js'],
      ['/staff/ho-so/000.21.25.H39-261127-0001', '/apps/staff/staff.js'],
      ['/officials', '/apps/officials/officials.js'],
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain(`<link rel="preconnect" href="${gatewayOrigin}" crossorigin>`);
      expect(html, path).toContain(`<link rel="modulepreload" href="${entry}">`);
      expect(html.match(/rel="modulepreload" href="\/apps\//g), path).toHaveLength(1);
      expect(res.headers.get('content-security-policy'), path).toContain(`connect-src 'self' ${gatewayOrigin}`);
    }
  });

  it('compresses the page, and answers 304 to a browser that has it', async () => {
    const res = await get('/staff', { 'accept-encoding': 'gzip' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    const again = await get('/staff', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    // Another app's page is another page: its validator differs.
    expect((await get('/officials')).headers.get('etag')).not.toBe(etag);
  });

  it('answers a missing script with 404, never with the page', async () => {
    const res = await get('/apps/citizens/assets/missing-0000.js');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('<html');
  });
});
