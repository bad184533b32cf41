import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { frontendUrl, browserSession } from './harness';
import { GatewayClient } from '@motcua/stack';
import { submitMaritalStatus } from '../../services/payments/test/support';

/**
 * A citizen pays a fee in the browser: the portal's pay step, the VNPay sandbox page (a separate site, served by the
 * payments service behind the gateway), the return to the portal's result page, and the receipt in "my dossiers".
 */
const gateway = new GatewayClient(inject('gatewayUrl'));

const browser = browserSession({ pages: 'file' });
const openPage = (path: string) => browser.open(path, { acceptDownloads: true });

describe('paying a fee online', () => {
  it('shows the amount by item, pays in the VNPay sandbox and comes back to a receipt', async () => {
    const code = await submitMaritalStatus(await gateway.login('citizen'));
    const page = await openPage(`/thanh-toan/${encodeURIComponent(code)}`);
    const main = page.locator('main');

    await main.getByLabel('Tên đăng nhập').fill('citizen');
    await main.getByLabel('Mật khẩu').fill('demo123');
    await main.getByRole('button', { name: 'Đăng nhập' }).click();

    await main.getByRole('heading', { level: 1, name: 'Nộp phí, lệ phí' }).waitFor();
    const items = main.locator('table');
    await items.getByText('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân').waitFor();
    expect(await items.locator('tfoot').innerText()).toMatch(/Tổng cộng\s+2\.500 đ/);

    await main.getByRole('button', { name: 'Thanh toán trực tuyến qua VNPay' }).click();
    await page.waitForURL(/\/payments\/sandbox\/paymentv2\/vpcpay\.html\?/);
    await page.getByRole('heading', { name: 'Cổng thanh toán VNPay (thử nghiệm)' }).waitFor();
    await page.getByText('2.500 ₫').waitFor();

    // The return URL only shows the outcome: it sends the browser back to the portal (PUBLIC_PORTAL_URL).
    await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();
    await page.waitForURL((url) => url.href.startsWith(`${frontendUrl}/thanh-toan/ket-qua?`));
    expect(new URL(page.url()).searchParams.get('paymentId')).toMatch(/^[0-9a-f-]{36}$/);

    await main.getByRole('heading', { level: 1, name: 'Kết quả thanh toán' }).waitFor();
    await main.getByText('Thanh toán thành công.').waitFor();
    const receipt = await main.getByText(/Số biên lai: BL-27931-\d{4}-\d{6}/).innerText();
    const receiptNumber = receipt.replace('Số biên lai: ', '').trim();

    await main.getByRole('link', { name: 'Xem hồ sơ' }).click();
    await main.getByRole('heading', { name: 'Phí, lệ phí và biên lai' }).waitFor();
    await main.getByText(receiptNumber).waitFor();
    await main.getByRole('button', { name: 'Xem biên lai' }).waitFor();
    // A phone keeps the e-receipt as a file: the signed PDF, named by its number.
    const download = page.waitForEvent('download');
    await main.getByRole('button', { name: 'Lưu biên lai (PDF)' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`bien-lai-${receiptNumber}.pdf`);
    expect((await readFile((await saved.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(browser.pageErrors).toEqual([]);
  });
});
