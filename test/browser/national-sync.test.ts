import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { GatewayClient } from '@motcua/stack';
import { submitMaritalStatus } from '../../services/payments/test/support';

/**
 * The national portal's side of a dossier in the staff workspace: the dossier page shows its sync track, and the
 * unit's failed syncs are listed at /staff/dong-bo, where one is pushed again.
 */
const frontendUrl = inject('frontendUrl');
const portal = inject('nationalPortalUrl');
const gateway = new GatewayClient(inject('gatewayUrl'));

let browser: Browser;
let context: BrowserContext;
let pageErrors: string[];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

async function signedInAsIntake(path: string): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  pageErrors = [];
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${frontendUrl}${path}`);
  const main = page.locator('main');
  await main.getByLabel('Tên đăng nhập').fill('intake');
  await main.getByLabel('Mật khẩu').fill('demo123');
  await main.getByRole('button', { name: 'Đăng nhập' }).click();
  return page;
}

describe('national portal sync in the staff workspace', () => {
  it('shows a refused sync on the dossier, lists it, and pushes it again', async () => {
    const code = await submitMaritalStatus(await gateway.login('citizen'));
    await fetch(`${portal}/_sandbox/refuse/${encodeURIComponent(code)}`, { method: 'POST' });
    const intake = await gateway.login('intake');
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);

    const page = await signedInAsIntake(`/staff/ho-so/${encodeURIComponent(code)}`);
    const main = page.locator('main');
    await main.getByText('Đồng bộ không thành công').waitFor();
    await main.getByText(/bị từ chối \(sandbox\)/).waitFor();

    await fetch(`${portal}/_sandbox/accept/${encodeURIComponent(code)}`, { method: 'POST' });
    await page.goto(`${frontendUrl}/staff/dong-bo`);
    const row = main.getByRole('row').filter({ hasText: code });
    await row.waitFor();
    await row.getByRole('button', { name: 'Đồng bộ lại' }).click();
    await main.getByText(`Đã xếp hàng đồng bộ lại hồ sơ ${code}.`).waitFor();

    const synced = async () =>
      (await gateway.data<{ dossier: { nationalSync: { state: string } } }>('query($c: String!) { dossier(code: $c) { nationalSync { state } } }', { c: code }, intake)).dossier.nationalSync.state;
    for (let tries = 0; (await synced()) !== 'SYNCED' && tries < 100; tries++) await new Promise((r) => setTimeout(r, 200));
    await page.goto(`${frontendUrl}/staff/ho-so/${encodeURIComponent(code)}`);
    await main.getByText('Đã đồng bộ', { exact: true }).waitFor();
  });
});
