import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundledRoboto, renderPdf } from '@motcua/pdf';
import { GatewayClient } from '@motcua/stack';
import { submitBirthRegistration } from '../../services/dossiers/test/support';

/**
 * The citizen receives an electronic result the issuing body signed: the page says who signed it and when, and the
 * file the browser saves carries a signature poppler finds valid over the whole document.
 */
const frontendUrl = inject('frontendUrl');
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

describe('a signed electronic result', () => {
  it('says who signed it, and the saved file is signed', async () => {
    const [citizen, intake, handler, approver] = await Promise.all(['citizen', 'intake', 'handler', 'approver'].map((u) => gateway.login(u)));
    const { code } = await submitBirthRegistration(citizen);
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);
    await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { status } }', { c: code }, handler);
    const fonts = bundledRoboto();
    const bytes = await renderPdf({ content: ['TRÍCH LỤC KHAI SINH', code], defaultStyle: { font: fonts.family } }, fonts);
    const uploaded = { id: await gateway.uploadedId(approver, { bytes, name: 'trich-luc-khai-sinh.pdf' }) };
    await gateway.data('mutation($c: String!, $f: ID!) { approveDossier(code: $c, resultFileIds: [$f], note: null) { status } }', { c: code, f: uploaded.id }, approver);

    context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
    pageErrors = [];
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${frontendUrl}/ho-so-cua-toi/${encodeURIComponent(code)}`);
    const main = page.locator('main');
    await main.getByLabel('Tên đăng nhập').fill('citizen');
    await main.getByLabel('Mật khẩu').fill('demo123');
    await main.getByRole('button', { name: 'Đăng nhập' }).click();

    await main.getByText(/Kết quả có chữ ký số của Ủy ban nhân dân xã Hậu Nghĩa, ký lúc/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Tải kết quả' }).click()]);
    expect(download.suggestedFilename()).toBe('trich-luc-khai-sinh.pdf');
    const report = execFileSync('pdfsig', [(await download.path())!], { encoding: 'utf8' });
    expect(report).toMatch(/Signer Certificate Common Name: Ủy ban nhân dân xã Hậu Nghĩa/);
    expect(report).toMatch(/Signature is Valid/);
    expect(report).toMatch(/Total document signed/);
  });
});
