import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, signIn, browserSession } from './harness';

/**
 * The counter officer's day in a real browser against the whole stack: a paper dossier taken at the counter with a
 * scanned PDF, found again with a (simulated) USB barcode scanner, its receipt printed, processed, approved by the
 * approver in another browser, called to counter 2 on the hall's board (masked name only), and handed back.
 */
const APPLICANT = 'Nguyễn Văn An';

/** The smallest well-formed PDF: the service sniffs the type from the bytes, not from the name. */
const SCANNED_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Opens an action's dialog from the dossier page's panel and confirms it with the dialog's main button. */
async function runAction(page: Page, button: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>, submit = button) {
  await page.locator('main aside').getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  // On success the dialog closes; otherwise it shows the error, which the failure message then carries.
  await dialog.waitFor({ state: 'detached' }).catch(async (error: Error) => {
    throw new Error(`${button}: the dialog stayed open: ${await dialog.textContent().catch(() => '')}`, { cause: error });
  });
}

async function expectStatus(page: Page, status: string) {
  await page.getByTestId('dossier-status').getByText(status, { exact: true }).waitFor();
}

const browser = browserSession({ pages: 'file' });
const openPage = (path: string, prepare?: (page: Page) => Promise<void>) => browser.open(path, { viewport: DESKTOP, prepare });

describe('counter journey', () => {
  // Three browsers and a dozen round trips through the whole stack: more than the default minute on a busy machine.
  it('receives a paper dossier, scans it, prints, processes, approves, calls to counter 2 and hands it back', { timeout: 180_000 }, async () => {
    // 1. Counter intake, as the intake officer of xã Hậu Nghĩa.
    const desk = await openPage('/staff/tiep-nhan');
    await signIn(desk, 'intake');
    const main = desk.locator('main');
    await main.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ tại quầy' }).waitFor();
    expect(await desk.title()).toBe('Tiếp nhận hồ sơ tại quầy — Một Cửa');
    await main.getByLabel('Tìm thủ tục').fill('chung thuc ban sao');
    await main.getByRole('button', { name: /^Chọn: 2\.000815 / }).click();
    // Focus goes on to the form's first field; the keyboard is not sent back to the top of the page.
    await expect.poll(() => desk.evaluate(() => !!document.activeElement?.closest('form') && ['INPUT', 'SELECT'].includes(document.activeElement.tagName))).toBe(true);

    await main.getByLabel('Họ và tên').fill(APPLICANT);
    await main.getByLabel('Số định danh cá nhân (CCCD)').fill('080090001234');
    await main.getByLabel('Số điện thoại').fill('0912345678');
    await main.getByLabel('Địa chỉ', { exact: true }).fill('Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh');
    await main.getByLabel('Tên giấy tờ, văn bản').fill('Giấy khai sinh');
    await main.getByLabel('Số trang của bản chính').fill('1');
    await main.getByLabel('Số bản sao cần chứng thực').fill('2');

    // The scan of the paper original, uploaded at once and marked digitised.
    const upload = desk.waitForResponse((response) => response.url().includes('/files?digitised=true') && response.request().method() === 'POST');
    await main.getByLabel('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao').setInputFiles({ name: 'ban-chinh.pdf', mimeType: 'application/pdf', buffer: SCANNED_PDF });
    expect((await upload).status()).toBe(201);
    await main.getByText('ban-chinh.pdf').waitFor();

    await main.getByRole('button', { name: 'Tiếp nhận và cấp mã hồ sơ' }).click();
    await main.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).waitFor();
    const code = (await main.getByTestId('received-code').textContent())?.trim() ?? '';
    // Issued under the code of xã Hậu Nghĩa's public administration service centre (Tây Ninh, H53).
    expect(code).toMatch(/^000\.00\.\d{2}\.H53-\d{6}-\d{4}$/);

    // 2. Back at the inbox, the USB scanner "types" the code and Enter, a few milliseconds per key.
    await desk.locator('main nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
    await main.getByRole('heading', { name: 'Hồ sơ đến của đơn vị' }).waitFor();
    // Typed by hand (too slow to be a scanner): the last digits of the code find it in the inbox.
    await main.getByLabel('Tìm hồ sơ').click();
    await desk.keyboard.type(code.slice(-11), { delay: 60 });
    await desk.keyboard.press('Enter');
    await desk.waitForURL(/[?&]tim=/);
    await main.getByText('Tổng số: 1 hồ sơ').waitFor();
    await main.getByRole('link', { name: code }).waitFor();
    expect(await main.locator('tbody tr').count()).toBe(1);
    await main.getByRole('heading', { level: 1 }).click();
    await desk.keyboard.type(code, { delay: 5 });
    await desk.keyboard.press('Enter');
    await desk.waitForURL(`**/staff/ho-so/${code}`);
    await main.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await expectStatus(desk, 'Đã tiếp nhận');
    await main.getByText('ban-chinh.pdf').waitFor();

    // 3. The receipt and appointment slip, fetched with the token and opened in a new tab.
    const receipt = desk.waitForResponse((response) => response.url().includes(`/documents/${encodeURIComponent(code)}/receipt.pdf`));
    const receiptTab = desk.context().waitForEvent('page');
    await main.getByRole('button', { name: 'Giấy tiếp nhận và hẹn trả kết quả' }).click();
    const receiptResponse = await receipt;
    expect(receiptResponse.status()).toBe(200);
    expect(receiptResponse.headers()['content-type']).toContain('application/pdf');
    const tab = await receiptTab;
    await tab.waitForURL(/^blob:/);
    await tab.close();

    // 4. Processing starts, and the counter gives the dossier to the unit's handler.
    await runAction(desk, 'Bắt đầu xử lý');
    await main.getByText('Hồ sơ đã chuyển sang đang xử lý.').waitFor();
    await expectStatus(desk, 'Đang xử lý');
    await runAction(desk, 'Phân công xử lý', async (dialog) => {
      await dialog.getByLabel('Công chức xử lý').selectOption({ label: 'Phạm Văn Dũng' });
      await dialog.getByLabel('Ghi chú (không bắt buộc)').fill('Giao anh Dũng thẩm định');
    });
    await main.getByText('Đã phân công Phạm Văn Dũng xử lý hồ sơ.').waitFor();
    await main.getByText('Phạm Văn Dũng', { exact: true }).first().waitFor();

    // 5. The approver, in another browser, approves with the electronic result attached.
    const approverPage = await openPage(`/staff/ho-so/${code}`);
    await signIn(approverPage, 'approver');
    await approverPage
      .locator('main')
      .getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })
      .waitFor();
    await runAction(approverPage, 'Phê duyệt kết quả', async (dialog) => {
      await dialog.getByLabel('Bản điện tử của kết quả (PDF, JPEG hoặc PNG)').setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: SCANNED_PDF });
      await dialog.getByText('ket-qua.pdf').waitFor();
    });
    await approverPage.locator('main').getByText('Đã phê duyệt. Kết quả sẵn sàng trả cho người dân.').waitFor();

    // 6. The hall's board, on a screen nobody signed in to, with the sound on. What it says is recorded.
    const board = await openPage('/staff/bang-goi?unit=27931', async (page) => {
      await page.addInitScript(() => {
        const spoken: string[] = [];
        (window as unknown as { spoken: string[] }).spoken = spoken;
        window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
          spoken.push(`${utterance.lang}|${utterance.text}`);
          setTimeout(() => utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 10);
        };
      });
    });
    await board.getByRole('heading', { level: 1, name: 'Mời nhận kết quả' }).waitFor();
    await board.getByRole('button', { name: 'Bật âm thanh' }).click();
    await board.getByRole('button', { name: 'Tắt âm thanh' }).waitFor();

    // 7. The intake officer sees the result and calls the citizen to counter 2.
    await main.getByRole('button', { name: 'Tải lại', exact: true }).click();
    await expectStatus(desk, 'Có kết quả');
    await runAction(desk, 'Mời nhận kết quả', async (dialog) => {
      await dialog.getByLabel('Quầy số').selectOption('2');
    });
    await main.getByText('Đã mời người dân đến quầy số 2.', { exact: false }).waitFor();

    // The board shows the call within a poll (masked name, code tail, counter — never the full name) and says it.
    const calls = board.locator('section', { has: board.getByRole('heading', { name: 'Đang mời' }) });
    const tail = code.slice(-11);
    const call = calls.locator('li', { hasText: tail });
    await call.waitFor();
    await call.getByText('Quầy số 2', { exact: true }).waitFor();
    await call.getByText('Nguyễn V. A.', { exact: true }).waitFor();
    expect(await call.textContent()).toContain(`Mời ông/bà Nguyễn V. A., hồ sơ số ${tail}, đến quầy số 2 nhận kết quả.`);
    const boardText = (await board.locator('body').textContent()) ?? '';
    expect(boardText).not.toContain(APPLICANT);
    expect(boardText).not.toContain(code);
    await expect
      .poll(() => board.evaluate(() => (window as unknown as { spoken: string[] }).spoken), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/^vi-VN\|Mời ông\/bà Nguyễn V\. A\., hồ sơ số [\d ,]+, đến quầy số 2 nhận kết quả\.$/));

    // 8. The result is handed over at the counter, its fee taken in cash in the same dialog.
    await runAction(desk, 'Trả kết quả', async (dialog) => {
      await dialog.getByText('phí, lệ phí chưa nộp', { exact: false }).waitFor();
      expect(await dialog.getByLabel('Phí, lệ phí').inputValue()).toBe('CASH');
      await dialog.getByLabel('Người nhận kết quả').fill(APPLICANT);
    });
    await main.getByText(/Đã thu [\d.]+ đ tiền mặt \(biên lai .+\) và trả kết quả\./).waitFor();
    await expectStatus(desk, 'Đã trả kết quả');

    expect(browser.pageErrors).toEqual([]);
  });
});
