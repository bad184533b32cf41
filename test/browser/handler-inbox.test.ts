import { describe, expect, inject, it } from 'vitest';
import { browserSession, frontendUrl, RUN_TAG } from './harness';
import { GatewayClient, receiveAtCounter } from '@motcua/stack';

/**
 * A handler's inbox: who handles each dossier is a column, "Giao cho tôi" (assigned to me) and any handler of
 * the unit are a filter kept in the address, and at 1366×800 the first row is on screen without scrolling.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
/** Chứng thực chữ ký: a commune procedure with a form and one document. */
const SIGNATURE_CERTIFICATION = '2.000884';

/** A dossier received at the counter of xã Hậu Nghĩa for `applicant`. */
async function received(applicant: string): Promise<string> {
  return receiveAtCounter(gateway, await gateway.login('intake'), { procedureCode: SIGNATURE_CERTIFICATION, unitCode: '27931', applicantName: applicant });
}

const browser = browserSession({ pages: 'file' });
const openAs = (username: string, path: string, width: number) => browser.open(path, { viewport: { width, height: 800 }, signInAs: username });

describe("a handler's inbox", () => {
  it('shows who handles each dossier and filters to "assigned to me" through the gateway', async () => {
    const mine = await received('Trần Thị Được Giao');
    const other = await received('Lý Văn Chưa Giao');
    const handler = await gateway.login('handler');
    await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { code } }', { c: mine }, handler);
    const codes = async (args: string) => {
      const { staffInbox } = await gateway.data<{ staffInbox: { nodes: { code: string; handlerName: string | null }[] } }>(
        `{ staffInbox(first: 100, statuses: [RECEIVED, IN_PROGRESS] ${args}) { nodes { code handlerName } } }`,
        {},
        handler,
      );
      return staffInbox.nodes;
    };
    const assigned = await codes('assignedToMe: true');
    expect(assigned.map((d) => d.code)).toContain(mine);
    expect(assigned.map((d) => d.code)).not.toContain(other);
    expect(assigned.every((d) => d.handlerName === 'Phạm Văn Dũng')).toBe(true);
    expect((await codes('handlerSubject: "demo-handler"')).map((d) => d.code)).toEqual(assigned.map((d) => d.code));
    expect((await codes('')).map((d) => d.code)).toEqual(expect.arrayContaining([mine, other]));
  });

  it('has a handler column and filter, and its first row above the fold at 1366×800', { timeout: 120_000 }, async () => {
    const mine = await received(`Trần Thị Của Tôi ${RUN_TAG}`);
    await received(`Lý Văn Người Khác ${RUN_TAG}`);
    await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { code } }', { c: mine }, await gateway.login('handler'));

    const page = await openAs('handler', '/staff?trang-thai=working', 1366);
    const table = page.locator('main table');
    await table.getByRole('columnheader', { name: 'Người xử lý' }).waitFor();
    // Measured once the late parts (the unit's name, the tab counts) have arrived and the layout has settled.
    await page.locator('main').getByText('Đơn vị: Xã Hậu Nghĩa').waitFor();
    await page
      .locator('main')
      .getByRole('tab', { name: /Đang giải quyết \d+/ })
      .waitFor();
    const firstRow = table.locator('tbody tr').first();
    const box = await firstRow.boundingBox();
    console.info(`first inbox row at 1366×800: top ${box?.y} px, bottom ${box && box.y + box.height} px`);
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(800);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/handler-inbox-1366.png` });

    // Found by this run's tag: the other test files' dossiers fill more than the first page of the tab.
    await page.goto(`${frontendUrl}/staff?trang-thai=working&tim=${RUN_TAG}`);
    const mineRow = table.getByRole('row').filter({ hasText: `Trần Thị Của Tôi ${RUN_TAG}` });
    await mineRow.waitFor();
    await expect(mineRow.getByRole('cell', { name: 'Phạm Văn Dũng' }).count()).resolves.toBe(1);
    // People's names are Vietnamese whatever the interface language, for the screen reader's voice.
    await expect(mineRow.locator('[lang="vi"]', { hasText: `Trần Thị Của Tôi ${RUN_TAG}` }).count()).resolves.toBe(1);

    // The keyboard walks search, order and handler in reading order.
    await page.locator('main').getByLabel('Sắp xếp').focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id && document.querySelector(`label[for="${document.activeElement.id}"]`)?.textContent)).resolves.toBe('Người xử lý');
    await page.locator('main').getByLabel('Người xử lý').selectOption({ label: 'Giao cho tôi' });
    await page.waitForURL(/xu-ly=cua-toi/);
    await table
      .getByRole('row')
      .filter({ hasText: `Trần Thị Của Tôi ${RUN_TAG}` })
      .waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: `Lý Văn Người Khác ${RUN_TAG}` })
      .waitFor({ state: 'detached' });

    // The view is in the address: a shared link or a reload opens it again.
    await page.reload();
    await expect(page.locator('main').getByLabel('Người xử lý').inputValue()).resolves.toBe('cua-toi');
    expect(browser.pageErrors).toEqual([]);
  });

  it('fits a phone: no sideways scrolling of the page at 360 px', { timeout: 60_000 }, async () => {
    const page = await openAs('handler', '/staff?xu-ly=cua-toi', 360);
    await page.locator('main').getByLabel('Người xử lý').waitFor();
    await page.locator('main table tbody tr').or(page.locator('main').getByText('Chưa có hồ sơ')).first().waitFor();
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/handler-inbox-360.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
