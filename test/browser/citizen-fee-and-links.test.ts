import { GatewayClient, testPdf } from '@motcua/stack';
import { describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, fillLogin, frontendUrl, browserSession } from './harness';

/**
 * What a citizen owes and where a message takes them (issue 11, items 1, 3, 5): the form shows the fee the payments
 * service will ask as pages and copies are typed; the fee due is the first thing on the slip, in the list and on the
 * dossier page; a link such as /ho-so-cua-toi/<code>?hanh-dong=thanh-toan asks to sign in on the same address and
 * opens at that action; the public lookup leads there. Phone width, against the whole stack.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
const COPY_CERTIFICATION = '2.000815';

const browser = browserSession();

describe('the fee a citizen owes', () => {
  let code = '';

  it('is quoted by the payments service as pages and copies are typed, and is the first thing once submitted', async () => {
    const page = await browser.open(`/thu-tuc/${COPY_CERTIFICATION}/nop-ho-so`);
    const main = page.locator('main');
    await fillLogin(main, 'citizen');
    await main.getByLabel(/^Nơi nhận hồ sơ|^Xã, phường nhận hồ sơ/).selectOption({ label: 'Xã Hậu Nghĩa' });
    await main.getByLabel(/Số định danh cá nhân/).fill('079203001234');
    await main.getByLabel(/Số điện thoại di động/).fill('0912345678');
    await main.getByLabel(/Địa chỉ thường trú/).fill('Khu phố 3, xã Hậu Nghĩa, tỉnh Tây Ninh');
    await main.getByLabel(/Tên giấy tờ, văn bản/).fill('Giấy khai sinh');
    // Kept, with consent, for the next form (item 6).
    await main.getByLabel(/^Lưu số định danh, điện thoại, địa chỉ/).check();

    // Copy certification, 1 page × 3 copies: 3 × 2,000 đ (Circular 226/2016), not the 3,000 đ of the rules added up.
    await main.getByLabel(/Số trang của bản chính/).fill('1');
    await main.getByLabel(/Số bản sao cần chứng thực/).fill('3');
    await main.getByTestId('fee-estimate').first().getByText('Phí, lệ phí phải nộp: 6.000 đ').waitFor();
    await main.getByLabel(/Số bản sao cần chứng thực/).fill('2');
    await main.getByTestId('fee-estimate').first().getByText('Phí, lệ phí phải nộp: 4.000 đ').waitFor();
    await main.getByLabel(/Số bản sao cần chứng thực/).fill('1000000');
    await main.getByText('Số trang và số bản phải là số nguyên từ 0 đến 10.000.').first().waitFor();
    await main.getByLabel(/Số bản sao cần chứng thực/).fill('3');
    await main.getByTestId('fee-estimate').first().getByText('Phí, lệ phí phải nộp: 6.000 đ').waitFor();

    await page.locator('input[type="file"][name="document.ban-chinh"]').setInputFiles({ name: 'ban-chinh.pdf', mimeType: 'application/pdf', buffer: testPdf('ban-chinh') });
    await page.locator('[data-document-upload="document.ban-chinh"]').getByTestId('attached-file').waitFor();
    await main.getByRole('button', { name: 'Nộp hồ sơ' }).click();

    // The slip: what is owed (the same 6,000 đ) and the way to pay come before the code and its QR.
    await main.getByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' }).waitFor();
    code = (await main.getByTestId('dossier-code').textContent())?.trim() ?? '';
    const due = main.getByTestId('fee-due');
    await due.getByRole('heading', { name: 'Cần nộp phí, lệ phí: 6.000 đ' }).waitFor();
    expect(await due.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-testid="dossier-code"]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await due.getByRole('link', { name: 'Nộp phí, lệ phí' }).getAttribute('href')).toBe(`/thanh-toan/${code}`);

    // The list says a fee is due before its status ("Đã nộp" alone read as if nothing were owed).
    await page.locator('main nav').getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    const card = main.locator('article', { hasText: code });
    await card.getByText('Cần nộp phí, lệ phí.').waitFor();
    const order = await card.evaluate((el) => (el.textContent ?? '').indexOf('Cần nộp phí') < (el.textContent ?? '').indexOf('Đã nộp'));
    expect(order).toBe(true);

    // The dossier page: the fee heads "what to do"; "nothing to do" is not said.
    await card.getByRole('link', { name: 'Nộp phí ngay' }).click();
    await main.getByTestId('fee-due').getByRole('heading', { name: 'Cần nộp phí, lệ phí: 6.000 đ' }).waitFor();
    expect(await main.getByText('Hiện bạn không cần làm gì thêm').count()).toBe(0);
    // The first thing under "Việc cần làm".
    expect(await main.locator('#todo-title').locator('xpath=following-sibling::*[1]/*[1]').textContent()).toContain('Cần nộp phí, lệ phí: 6.000 đ');
    // The counter's figure, and the charge's, is the same one.
    const intake = await gateway.login('intake');
    const { paymentQuote } = await gateway.data<{ paymentQuote: { totalVnd: number } }>('query($c: String!) { paymentQuote(dossierCode: $c) { totalVnd } }', { c: code }, intake);
    expect(paymentQuote.totalVnd).toBe(6000);
    await main.getByTestId('fee-due').getByRole('link', { name: 'Nộp phí, lệ phí' }).click();
    await main
      .getByRole('row', { name: /Tổng cộng/ })
      .getByText('6.000 đ')
      .waitFor();
  });

  it("opens a message's link at its action after signing in on the same address, and the lookup leads there", async () => {
    expect(code).not.toBe('');
    // The public lookup: the status, the way to pay and to the whole dossier; no national-portal code.
    const visitor = await browser.open(`/tra-cuu/${code}`);
    const main = visitor.locator('main');
    await main.getByRole('heading', { name: 'Kết quả tra cứu' }).waitFor();
    const pay = main.getByRole('link', { name: 'Nộp phí, lệ phí' });
    expect(await pay.getAttribute('href')).toBe(`/ho-so-cua-toi/${code}?hanh-dong=thanh-toan`);
    expect(await main.getByRole('link', { name: 'Xem đầy đủ hồ sơ' }).getAttribute('href')).toBe(`/ho-so-cua-toi/${code}`);
    expect(await main.getByText(/Cổng DVC quốc gia/).count()).toBe(0);
    // A citizen's header offers no staff or officials workspace.
    await visitor.locator('header nav').getByRole('link').first().waitFor();
    expect(
      await visitor
        .locator('header nav')
        .getByRole('link', { name: /cán bộ|lãnh đạo|staff|officials/i })
        .count(),
    ).toBe(0);

    // Following it signed out: sign in where it lands, stay on the same address, arrive at the fee.
    await pay.click();
    await fillLogin(main, 'citizen');
    const heading = main.getByTestId('fee-due').getByRole('heading', { name: 'Cần nộp phí, lệ phí: 6.000 đ' });
    await heading.waitFor();
    expect(visitor.url()).toBe(`${frontendUrl}/ho-so-cua-toi/${code}?hanh-dong=thanh-toan`);
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await visitor.title()).toContain('Chứng thực bản sao');
  });

  it('fills the next form with the details the citizen agreed to keep', async () => {
    const page = await browser.open('/thu-tuc/1.004873/nop-ho-so');
    const main = page.locator('main');
    await fillLogin(main, 'citizen');
    // The kept number replaces the one the sign-in vouched for (080090001234) once the profile is read.
    await expect.poll(() => main.getByLabel(/Số định danh cá nhân/).inputValue()).toBe('079203001234');
    expect(await main.getByLabel(/Số điện thoại di động/).inputValue()).toBe('0912345678');
    expect(await main.getByLabel(/Địa chỉ thường trú/).inputValue()).toBe('Khu phố 3, xã Hậu Nghĩa, tỉnh Tây Ninh');
    expect(await main.getByLabel(/^Tiếp tục lưu các thông tin này/).isChecked()).toBe(true);

    // From the keyboard: the skip link, Enter, and the next Tab is the form's first field (was 11 Tabs).
    await page.reload();
    await main.getByLabel(/^Xã, phường nhận hồ sơ|^Nơi nhận hồ sơ/).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name)).toBe('unitCode');
  });

  it('marks Vietnamese text lang="vi" when the portal is in English', async () => {
    const page = await browser.open(`/ho-so-cua-toi/${code}`, { viewport: { width: 1366, height: 800 }, english: true });
    const main = page.locator('main');
    await main.getByLabel('Username').fill('citizen');
    await main.getByLabel('Password').fill(DEMO_PASSWORD);
    await main.getByRole('button', { name: 'Sign in' }).click();
    await main.getByTestId('fee-due').waitFor();
    // Names, addresses and document names are Vietnamese whatever the page's language (WCAG 3.1.2).
    const unmarked = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const element = node.parentElement!;
          if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i.test(text) && element.closest('[lang]')?.getAttribute('lang') !== 'vi') found.push(text);
        }
        return found;
      });
    expect(await unmarked()).toEqual([]);
    await page.goto(`${frontendUrl}/ho-so-cua-toi`);
    await main.locator('article').first().waitFor();
    expect(await unmarked()).toEqual([]);
  });

  it('gives every page its own title', async () => {
    const page = await browser.open('/');
    const titles: string[] = [];
    for (const path of ['/', `/thu-tuc/${COPY_CERTIFICATION}`, '/tra-cuu', '/ho-so-cua-toi']) {
      await page.goto(`${frontendUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await expect.poll(() => page.title()).not.toBe('Một Cửa — Dịch vụ công một cửa');
      titles.push(await page.title());
      // The procedure page lists the fee rules by page, not a sum that reads as the fee.
      if (path.startsWith('/thu-tuc/')) await page.locator('main').getByText('2.000 đ / mỗi trang; 1.000 đ / mỗi trang').waitFor();
    }
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.every((title) => title.endsWith('— Một Cửa'))).toBe(true);
  });
});
