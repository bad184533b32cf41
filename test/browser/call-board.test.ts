import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './harness';
import { GatewayClient, receiveAtCounter } from '@motcua/stack';

/**
 * Calling a citizen to the counter: the preview in the officer's dialog is the sentence the hall board then shows
 * (and speaks), and a call whose result has been handed over leaves "Đang mời".
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
const SIGNATURE_CERTIFICATION = '2.000884';

/** A counter dossier, approved, its result waiting at the counter of xã Hậu Nghĩa. */
async function resultReady(applicant: string): Promise<string> {
  const [intake, handler, approver] = await Promise.all(['intake', 'handler', 'approver'].map((u) => gateway.login(u)));
  const code = await receiveAtCounter(gateway, intake, { procedureCode: SIGNATURE_CERTIFICATION, unitCode: '27931', applicantName: applicant });
  await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { code } }', { c: code }, handler);
  await gateway.data('mutation($c: String!) { approveDossier(code: $c, note: null) { code } }', { c: code }, approver);
  return code;
}

const browser = browserSession({ pages: 'file' });
const open = (path: string, width: number, username?: string) => browser.open(path, { viewport: { width, height: 800 }, signInAs: username });

describe('the call-board preview', () => {
  it('is what the hall board shows, and a handed-over result leaves "Đang mời"', { timeout: 120_000 }, async () => {
    const code = await resultReady('Hoàng Thị Bảng Gọi');
    const board = await open('/staff/bang-goi?unit=27931', 1366);
    const calls = board.getByRole('region', { name: 'Đang mời' });
    await board.getByRole('heading', { name: 'Đang mời' }).waitFor();
    expect(await board.title()).toBe('Mời nhận kết quả — Một Cửa');

    const officer = await open(`/staff/ho-so/${encodeURIComponent(code)}`, 1366, 'intake');
    await officer.locator('main aside').getByRole('button', { name: 'Mời nhận kết quả', exact: true }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('Quầy số').selectOption({ label: 'Quầy số 2' });
    const preview = dialog.getByText(/^Mời ông\/bà Hoàng T\. B\. G\., hồ sơ số \d{6}-\d{4}, đến quầy số 2 nhận kết quả\.$/);
    await preview.waitFor();
    const said = (await preview.textContent())!;
    for (const width of [1366, 360]) {
      await officer.setViewportSize({ width, height: 800 });
      if (process.env.SCREENSHOT_DIR) await officer.screenshot({ path: `${process.env.SCREENSHOT_DIR}/call-preview-${width}.png` });
    }
    await dialog.getByRole('button', { name: 'Mời nhận kết quả', exact: true }).click();
    await officer.locator('main').getByText('Đã mời người dân đến quầy số 2.', { exact: false }).waitFor();

    // The board polls every 5 s: the same sentence appears under "Đang mời", with the same counter.
    const card = calls.getByRole('listitem').filter({ hasText: said });
    await card.waitFor({ timeout: 15_000 });
    await expect(card.getByText(said, { exact: true }).count()).resolves.toBe(1);
    await expect(card.getByText('Quầy số 2', { exact: true }).count()).resolves.toBe(1);
    if (process.env.SCREENSHOT_DIR) await board.screenshot({ path: `${process.env.SCREENSHOT_DIR}/call-board-1366.png` });

    const intake = await gateway.login('intake');
    await gateway.data('mutation($c: String!) { waiveFee(code: $c, reason: "Người có công, miễn theo quy định") { code } }', { c: code }, intake);
    await gateway.data('mutation($c: String!) { returnResult(code: $c, receivedBy: "Hoàng Thị Bảng Gọi") { code } }', { c: code }, intake);
    await card.waitFor({ state: 'detached', timeout: 15_000 });
    expect(browser.pageErrors).toEqual([]);
  });
});
