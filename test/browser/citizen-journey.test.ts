import type { Page } from 'playwright-core';
import { GatewayClient, testPdf } from '@motcua/stack';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { fillLogin, frontendUrl, browserSession } from './harness';

/**
 * The citizens' portal end to end, in Chromium at a phone's width against the whole stack: find a procedure without
 * diacritics, sign in on the way, submit with uploaded PDFs, follow the code without signing in, answer the office's
 * request to supplement, download the electronic result and rate the service. The office's side is played through
 * the GraphQL API as the demo officers of xã Hậu Nghĩa.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));

async function attach(page: Page, field: string, fileName: string) {
  await page.locator(`input[type="file"][name="${field}"]`).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: testPdf(fileName) });
  await page.locator(`[data-document-upload="${field}"]`).getByTestId('attached-file').filter({ hasText: fileName }).waitFor();
}

/** An officer's step through the API; returns the dossier's new status. */
async function act(token: string, mutation: string, variables: Record<string, unknown>): Promise<string> {
  const data = await gateway.data<Record<string, { status: string }>>(mutation, variables, token);
  return Object.values(data)[0].status;
}

function uploadAs(token: string, fileName: string): Promise<string> {
  return gateway.uploadedId(token, { bytes: testPdf(fileName), name: fileName });
}

const browser = browserSession();
const openPage = (path: string) => browser.open(path, { acceptDownloads: true });

describe('citizen journey', () => {
  it('finds a procedure, submits online, follows the code, supplements, downloads the result and rates it', async () => {
    // 1. Find the procedure, typed without diacritics.
    const page = await openPage('/');
    const main = page.locator('main');
    await main.getByLabel('Tên hoặc mã thủ tục').fill('dang ky khai sinh');
    await main.getByRole('button', { name: 'Tìm kiếm' }).click();
    await main.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();

    // 2. The procedure page: documents, fee, time, where to submit.
    await main.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    expect(page.url()).toBe(`${frontendUrl}/thu-tuc/1.001193`);
    await main.getByRole('heading', { name: 'Thành phần hồ sơ' }).waitFor();
    await main.getByText('Tờ khai đăng ký khai sinh', { exact: true }).waitFor();
    await main.getByText('Không mất phí').first().waitFor();
    // Birth registration is received regardless of boundary: the provincial centre or any commune's centre.
    await main.getByText(/không phụ thuộc địa giới hành chính/).waitFor();
    await main.getByLabel('Đơn vị tiếp nhận').selectOption({ label: 'Xã Hậu Nghĩa' });
    await main.getByText('Trung tâm Phục vụ hành chính công xã Hậu Nghĩa').waitFor();

    // 3. Submitting asks for a sign-in on the page itself.
    await main.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await main.getByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến: Đăng ký khai sinh' }).waitFor();
    await fillLogin(main, 'citizen');
    await main.getByRole('group', { name: /Nơi tiếp nhận hồ sơ/ }).waitFor();

    await main.getByLabel(/^Nơi nhận hồ sơ/).selectOption({ label: 'Xã Hậu Nghĩa' });
    expect(await main.getByLabel(/Họ, chữ đệm và tên \*/).inputValue()).toBe('Nguyễn Văn An');
    await main.getByLabel(/Số định danh cá nhân/).fill('079203001234');
    await main.getByLabel(/Số điện thoại di động/).fill('0912 345 678');
    await main.getByLabel(/Địa chỉ thường trú/).fill('Khu phố 3, xã Hậu Nghĩa, tỉnh Tây Ninh');
    await main.getByLabel(/Họ, chữ đệm và tên của trẻ/).fill('Nguyễn Minh Khang');
    await main.getByLabel(/Ngày, tháng, năm sinh/).fill('2026-11-20');
    await main.getByLabel(/Giới tính/).selectOption('Nam');
    await main.getByLabel(/Nơi sinh/).fill('Trung tâm Y tế khu vực Đức Hòa');
    await main.getByLabel(/Họ, chữ đệm và tên người mẹ/).fill('Lê Thị Mai');

    // Submitting without the documents: every problem is listed, nothing typed is lost.
    await main.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const summary = main.getByRole('alert').filter({ hasText: 'Hồ sơ chưa nộp được' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /^Giấy chứng sinh \(không có thì.*: Chưa đính kèm giấy tờ bắt buộc này\.$/ }).waitFor();
    expect(await main.getByLabel(/Họ, chữ đệm và tên của trẻ/).inputValue()).toBe('Nguyễn Minh Khang');
    // The declaration is the form just filled in: no upload asked, its blank form there for whoever wants paper.
    expect(await summary.getByRole('link', { name: /^Tờ khai đăng ký khai sinh/ }).count()).toBe(0);
    const declaration = main.locator('[data-document-upload="document.to-khai"]');
    await declaration.getByText('Lập tự động từ tờ khai bạn điền ở trên: không cần tải lên').waitFor();
    const template = await declaration.getByRole('link', { name: 'Tải mẫu tờ khai (PDF)' }).getAttribute('href');
    const blank = await fetch(template!);
    expect(blank.headers.get('content-type')).toBe('application/pdf');

    await attach(page, 'document.giay-chung-sinh', 'giay-chung-sinh.pdf');
    expect(await main.getByRole('radio', { name: 'Nhận bản điện tử' }).isChecked()).toBe(true);
    await main.getByRole('button', { name: 'Nộp hồ sơ' }).click();

    // 4. The code at once, with its QR and the print button.
    await main.getByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' }).waitFor();
    const code = (await main.getByTestId('dossier-code').textContent())?.trim() ?? '';
    // Issued under the code of xã Hậu Nghĩa's public administration service centre (Tây Ninh, H53).
    expect(code).toMatch(/^000\.00\.\d{2}\.H53-\d{6}-\d{4}$/);
    await main.getByRole('img', { name: `Mã QR để tra cứu hồ sơ ${code}` }).waitFor();
    await main.getByRole('button', { name: 'In hoặc lưu phiếu' }).waitFor();

    // 5. Anyone can follow it by its code, without signing in; the QR's address works when opened directly.
    const visitor = await openPage('/tra-cuu');
    await visitor.locator('main').getByLabel('Mã hồ sơ').fill(code.toLowerCase());
    await visitor.locator('main').getByRole('button', { name: 'Tra cứu' }).click();
    await visitor.locator('main').getByText(code, { exact: true }).waitFor();
    await visitor.locator('main').getByText('Đã nộp').first().waitFor();
    expect(visitor.url()).toBe(`${frontendUrl}/tra-cuu/${code}`);
    await visitor.goto(`${frontendUrl}/tra-cuu/${code}`);
    await visitor.locator('main').getByRole('heading', { name: 'Kết quả tra cứu' }).waitFor();
    expect(await visitor.locator('main').getByText('Nguyễn Văn An').count()).toBe(0);

    // 6. The one-stop desk asks for a clearer birth certificate.
    const intake = await gateway.login('intake');
    const requested = await act(intake, 'mutation($code: String!) { requestSupplement(code: $code, items: ["Giấy chứng sinh bản rõ nét"], note: "Bản chụp bị mờ") { status } }', { code });
    expect(requested).toBe('SUPPLEMENT_REQUESTED');

    // 7. "My dossiers" shows the request; the citizen answers it with a file.
    await page.locator('main nav').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    const card = main.locator('article', { hasText: code });
    await card.getByText('Yêu cầu bổ sung').waitFor();
    await card.getByText('Cơ quan đề nghị bạn bổ sung giấy tờ.').waitFor();
    await card.getByRole('link').click();
    await main.getByRole('heading', { name: 'Bổ sung hồ sơ' }).waitFor();
    await main.getByText('Giấy chứng sinh bản rõ nét').first().waitFor();
    await main.locator('p', { hasText: 'Cán bộ ghi chú: Bản chụp bị mờ' }).waitFor();
    await attach(page, 'supplement.0', 'giay-chung-sinh-ro-net.pdf');
    await main.getByLabel('Ghi chú cho cán bộ (không bắt buộc)').fill('Đã chụp lại bản rõ hơn');
    await main.getByRole('button', { name: 'Gửi bổ sung' }).click();
    await main.getByRole('heading', { name: 'Bổ sung hồ sơ' }).waitFor({ state: 'detached' });
    await main.getByText('Đã nộp').first().waitFor();

    // 8. The office receives, processes and approves it, attaching the electronic birth certificate.
    const handler = await gateway.login('handler');
    const approver = await gateway.login('approver');
    expect(await act(intake, 'mutation($code: String!) { receiveDossier(code: $code) { status } }', { code })).toBe('RECEIVED');
    expect(await act(handler, 'mutation($code: String!) { startProcessing(code: $code) { status } }', { code })).toBe('IN_PROGRESS');
    const resultFile = await uploadAs(approver, 'giay-khai-sinh.pdf');
    const approved = await act(approver, 'mutation($code: String!, $file: ID!) { approveDossier(code: $code, resultFileIds: [$file], note: "Đồng ý") { status } }', {
      code,
      file: resultFile,
    });
    expect(approved).toBe('RESULT_READY');

    // 9. The citizen downloads the result; the first download returns the dossier.
    await page.reload();
    await main.getByRole('heading', { name: 'Nhận kết quả điện tử' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Tải kết quả' }).click()]);
    expect(download.suggestedFilename()).toBe('giay-khai-sinh.pdf');
    // What the browser saved is the approver's PDF, fetched with the citizen's token.
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe('%PDF-');
    await main.getByText('Đã tải: giay-khai-sinh.pdf').waitFor();
    await main.getByText('Đã trả kết quả').first().waitFor();

    // 10. Rate the service.
    await main.getByRole('heading', { name: 'Đánh giá sự hài lòng' }).waitFor();
    await main.getByRole('radio', { name: '5 sao: Rất hài lòng' }).check();
    await main.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await main.getByText('Bạn đã đánh giá 5/5 sao. Cảm ơn bạn!').waitFor();

    const citizen = await gateway.login('citizen');
    const { dossier } = await gateway.data<{ dossier: { status: string; rating: number; history: { action: string }[] } }>(
      'query($code: String!) { dossier(code: $code) { status rating history { action } } }',
      { code },
      citizen,
    );
    expect(dossier).toMatchObject({ status: 'RETURNED', rating: 5 });
    expect(dossier.history.map((event) => event.action)).toEqual(
      expect.arrayContaining(['SUBMIT', 'REQUEST_SUPPLEMENT', 'SUPPLEMENT', 'RECEIVE', 'START_PROCESSING', 'APPROVE', 'RETURN_RESULT', 'RATE']),
    );
    // The history on the page shows the same trail.
    await main.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
    await main.getByText('Yêu cầu bổ sung', { exact: true }).first().waitFor();
  });

  it('forgets the drafts kept on this computer and ends the session when the person signs out', async () => {
    const page = await openPage('/thu-tuc/1.001193/nop-ho-so');
    const main = page.locator('main');
    await fillLogin(main, 'citizen');
    await main.getByLabel(/Số điện thoại di động/).fill('0912 345 678');
    await main.getByRole('button', { name: 'Lưu nháp' }).click();
    await main
      .getByText(/Bản nháp đã lưu lúc/)
      .first()
      .waitFor();
    const drafts = () => page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.includes('draft')));
    expect(await drafts()).toHaveLength(1);
    const token = await page.evaluate(() => window.localStorage.getItem('motcua.token'));
    expect(token).toBeTruthy();
    const ended = page.waitForResponse((response) => response.url().endsWith('/auth/logout'));
    await page.locator('header').getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(drafts).toEqual([]);
    expect((await ended).status()).toBe(204);
    // Someone who copied the token before the person left cannot go on with it.
    const after = await gateway.graphql('{ me { username } }', {}, token ?? '');
    expect(after.errors?.[0]?.extensions?.code).toBe('TOKEN_REVOKED');
  });

  it('lets a volunteer submit for a citizen only with the consent box ticked, and keeps a draft', async () => {
    const page = await openPage('/thu-tuc/1.001193/nop-ho-so');
    const main = page.locator('main');
    await fillLogin(main, 'volunteer');
    await main.getByRole('heading', { name: 'Nộp thay cho người dân' }).or(main.getByText('Nộp thay cho người dân')).first().waitFor();
    await main.getByRole('group', { name: /Thông tin người dân được hỗ trợ/ }).waitFor();
    // The applicant is the citizen, not the volunteer.
    expect(await main.getByLabel(/Họ, chữ đệm và tên \*/).inputValue()).toBe('');

    // Handed in at the provincial centre for the commune where the child lives: the commune must then be named.
    await main.getByLabel(/^Nơi nhận hồ sơ/).selectOption({ label: 'Tỉnh Tây Ninh' });
    await main.getByLabel(/^Xã, phường giải quyết hồ sơ/).selectOption({ label: 'Xã Mỹ Hạnh' });
    await main.getByLabel(/Họ, chữ đệm và tên \*/).fill('Đỗ Thị Hoa');
    await main.getByLabel(/Số định danh cá nhân/).fill('079203009876');
    await main.getByLabel(/Số điện thoại di động/).fill('0987654321');
    await main.getByLabel(/Địa chỉ thường trú/).fill('Ấp Bình Tiền 2, xã Mỹ Hạnh, tỉnh Tây Ninh');

    // The draft survives a reload, uploaded files included.
    await attach(page, 'document.to-khai', 'to-khai-hoa.pdf');
    await main.getByRole('button', { name: 'Lưu nháp' }).click();
    await main
      .getByText(/Bản nháp đã lưu lúc/)
      .first()
      .waitFor();
    await page.reload();
    await main.getByText(/Đã khôi phục bản nháp/).waitFor();
    expect(await main.getByLabel(/Họ, chữ đệm và tên \*/).inputValue()).toBe('Đỗ Thị Hoa');
    await main.locator('[data-document-upload="document.to-khai"]').getByTestId('attached-file').filter({ hasText: 'to-khai-hoa.pdf' }).waitFor();

    await main.getByLabel(/Họ, chữ đệm và tên của trẻ/).fill('Đỗ Gia Bảo');
    await main.getByLabel(/Ngày, tháng, năm sinh/).fill('2026-11-18');
    await main.getByLabel(/Giới tính/).selectOption('Nữ');
    await main.getByLabel(/Nơi sinh/).fill('Trạm Y tế xã Hậu Nghĩa');
    await main.getByLabel(/Họ, chữ đệm và tên người mẹ/).fill('Đỗ Thị Hoa');
    await attach(page, 'document.giay-chung-sinh', 'giay-chung-sinh-hoa.pdf');

    await main.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await main.getByRole('alert').filter({ hasText: 'Cần có sự đồng ý của người dân' }).first().waitFor();
    await main.getByLabel(/Tôi xác nhận người dân đã đồng ý/).check();
    await main.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await main.getByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' }).waitFor();
    const code = (await main.getByTestId('dossier-code').textContent())?.trim() ?? '';
    // Issued under the provincial centre's code, which received it.
    expect(code).toMatch(/^000\.00\.00\.H53-\d{6}-\d{4}$/);

    // The volunteer's list shows whose dossier it is; the draft is gone.
    await page.locator('main nav').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    const card = main.locator('article', { hasText: code });
    await card.getByText('Đỗ Thị Hoa').waitFor();
    expect(await main.getByRole('heading', { name: 'Hồ sơ đang soạn trên thiết bị này' }).count()).toBe(0);
  });

  it('switches to English and keeps every route working on reload', async () => {
    const page = await openPage('/thu-tuc/1.001193');
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    await page.locator('header').getByRole('button', { name: 'English' }).click();
    await main.getByRole('heading', { level: 1, name: 'Birth registration' }).waitFor();
    await main.getByRole('heading', { name: 'Documents to provide' }).waitFor();

    await page.goto(`${frontendUrl}/tra-cuu`);
    await main.getByRole('heading', { level: 1, name: 'Track a dossier' }).waitFor();
    await page.goto(`${frontendUrl}/ho-so-cua-toi`);
    await main.getByRole('heading', { level: 1, name: 'My dossiers' }).waitFor();
    await main.getByLabel('Username').waitFor();
    await page.goto(`${frontendUrl}/khong-co-trang-nay`);
    await main.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
