import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './harness';
import { GatewayClient, receiveAtCounter } from '@motcua/stack';

/**
 * Handing a result over with its fee due: the counter's "Trả kết quả" dialog says what is owed and takes it in cash
 * in the same step (or records a waiver), instead of handing the result over unpaid.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
/** Chứng thực chữ ký: 10,000 đ, paid any time before the result. */
const SIGNATURE_CERTIFICATION = '2.000884';

/** A counter dossier of signature certification, approved, its fee still due. */
async function readyWithFeeDue(): Promise<string> {
  const [intake, handler, approver] = await Promise.all(['intake', 'handler', 'approver'].map((u) => gateway.login(u)));
  const code = await receiveAtCounter(gateway, intake, { procedureCode: SIGNATURE_CERTIFICATION, unitCode: '27931', applicantName: 'Nguyễn Văn An' });
  await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { code } }', { c: code }, handler);
  await gateway.data('mutation($c: String!) { approveDossier(code: $c, note: null) { code } }', { c: code }, approver);
  return code;
}

const browser = browserSession({ pages: 'file' });
const openAsIntake = (path: string, width: number) => browser.open(path, { viewport: { width, height: 800 }, signInAs: 'intake' });

describe('handing over a result whose fee is due', () => {
  it('takes the fee in cash in the return dialog, then hands the result over', { timeout: 120_000 }, async () => {
    const code = await readyWithFeeDue();
    const page = await openAsIntake(`/staff/ho-so/${encodeURIComponent(code)}`, 1366);
    await page.locator('main aside').getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Hồ sơ còn 10.000 đ phí, lệ phí chưa nộp.', { exact: false }).waitFor();
    const choice = dialog.getByLabel('Phí, lệ phí');
    expect(await choice.locator('option').allInnerTexts()).toEqual(['Thu tiền mặt 10.000 đ và trả kết quả', 'Miễn phí theo quy định (ghi lý do)']);
    await dialog.getByLabel('Người nhận kết quả').fill('Nguyễn Văn An');
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/return-fee-1366.png` });
    await dialog.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    await page
      .locator('main')
      .getByText(/Đã thu 10\.000 đ tiền mặt \(biên lai .+\) và trả kết quả\./)
      .waitFor();
    await page.getByTestId('dossier-status').getByText('Đã trả kết quả', { exact: true }).waitFor();
    expect(browser.pageErrors).toEqual([]);
  });

  it('records a waiver with its reason on a phone-width screen, and the reason is required', { timeout: 120_000 }, async () => {
    const code = await readyWithFeeDue();
    const page = await openAsIntake(`/staff/ho-so/${encodeURIComponent(code)}`, 360);
    await page.locator('main aside').getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Phí, lệ phí').selectOption('WAIVE');
    await dialog.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    await dialog.getByText('Vui lòng nhập thông tin này.').waitFor();
    await dialog.getByLabel('Lý do miễn phí').fill('Hộ nghèo, miễn lệ phí theo quy định');
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/return-fee-360.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    await page.locator('main').getByText('Đã trả kết quả cho người dân.').waitFor();
    expect(browser.pageErrors).toEqual([]);
  });
});
