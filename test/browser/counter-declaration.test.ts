import { describe, expect, inject, it } from 'vitest';
import { frontendUrl, browserSession } from './harness';
import { GatewayClient } from '@motcua/stack';

/**
 * A declaration typed at the counter as the procedure's form fields is the document: the officer scans only the
 * other papers, can hand the citizen the blank form, and the service generates the filled declaration as a PDF.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
const BIRTH_REGISTRATION = '1.001193';
const SCANNED_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const browser = browserSession();

describe('a declaration filled in at the counter', () => {
  it('needs no scan of the declaration, offers its blank form, and is generated from the values', { timeout: 120_000 }, async () => {
    const page = await browser.open('/staff/tiep-nhan', { viewport: { width: 1366, height: 800 }, signInAs: 'intake' });
    const main = page.locator('main');
    await main.getByLabel('Tìm thủ tục').fill('dang ky khai sinh');
    await main.getByRole('button', { name: new RegExp(`^Chọn: ${BIRTH_REGISTRATION.replace('.', '\\.')} `) }).click();

    await main.getByLabel('Họ và tên').fill('Nguyễn Văn An');
    await main.getByLabel('Số định danh cá nhân (CCCD)').fill('080090001234');
    await main.getByLabel('Số điện thoại').fill('0912345678');
    await main.getByLabel('Địa chỉ', { exact: true }).fill('Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh');
    await main.getByLabel('Họ, chữ đệm và tên của trẻ').fill('Nguyễn Minh Khôi');
    await main.getByLabel('Ngày, tháng, năm sinh').fill('2026-11-28');
    await main.getByLabel('Giới tính').selectOption({ index: 1 });
    await main.getByLabel('Nơi sinh').fill('Trạm y tế xã Hậu Nghĩa');
    await main.getByLabel('Họ, chữ đệm và tên người mẹ').fill('Lê Thị Hồng');

    // The declaration: made from the fields above, its blank form one click away; only the birth certificate is scanned.
    await main.getByText('Lập từ các thông tin đã điền ở trên', { exact: false }).waitFor();
    const template = main.getByRole('link', { name: /^Tải mẫu trống: Tờ khai đăng ký khai sinh/ });
    const href = (await template.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`/documents/templates/${BIRTH_REGISTRATION}/to-khai\\.pdf$`));
    const blank = await fetch(href);
    expect(blank.status).toBe(200);
    expect(blank.headers.get('content-type')).toBe('application/pdf');
    await main.getByLabel(/^Giấy chứng sinh/).setInputFiles({ name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: SCANNED_PDF });
    await main.getByText('giay-chung-sinh.pdf').waitFor();
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 800 });
      if (process.env.SCREENSHOT_DIR) {
        await template.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/counter-declaration-${width}.png` });
      }
    }

    await main.getByRole('button', { name: 'Tiếp nhận và cấp mã hồ sơ' }).click();
    await main.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    const code = (await main.getByTestId('received-code').textContent())!.trim();

    const generated = await fetch(`${gateway.baseUrl}/documents/templates/${BIRTH_REGISTRATION}/to-khai.pdf?dossier=${encodeURIComponent(code)}`, {
      headers: { authorization: `Bearer ${await gateway.login('intake')}` },
    });
    expect(generated.status).toBe(200);
    expect(
      Buffer.from(await generated.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The dossier page lists it with the documents, and opens the generated PDF.
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${frontendUrl}/staff/ho-so/${encodeURIComponent(code)}`);
    await main.getByText('Lập từ các thông tin người dân đã khai trên biểu mẫu', { exact: false }).waitFor();
    const opened = page.waitForResponse((response) => response.url().includes(`/documents/templates/${BIRTH_REGISTRATION}/to-khai.pdf?dossier=`));
    await main.getByRole('button', { name: 'Xem tờ khai (PDF)' }).click();
    expect((await opened).status()).toBe(200);
    for (const width of [1366, 360]) {
      await page.setViewportSize({ width, height: 800 });
      if (process.env.SCREENSHOT_DIR) {
        await main.getByRole('button', { name: 'Xem tờ khai (PDF)' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/dossier-declaration-${width}.png` });
      }
    }
    expect(browser.pageErrors).toEqual([]);
  });
});
