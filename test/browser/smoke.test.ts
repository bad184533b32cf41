import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillLogin, browserSession } from './harness';

/**
 * The three front ends in a real browser against the whole stack: sign in with the demo accounts, see each app's
 * real query rendered, switch to English, and check that an app's styles leave with it.
 */

async function switchToEnglish(page: Page) {
  await page.locator('header').getByRole('button', { name: 'English' }).click();
}

function staffStylesheets(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href ?? '').filter((href) => href.includes('/apps/staff/')));
}

const browser = browserSession();

describe('citizens portal', () => {
  it('searches without diacritics, signs in from the header and switches to English', async () => {
    const page = await browser.open('/');
    await page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }).waitFor();

    await page.getByLabel('Tên hoặc mã thủ tục').fill('dang ky khai sinh');
    await page.getByRole('button', { name: 'Tìm kiếm' }).click();
    const result = page.locator('main article h3', { hasText: 'Đăng ký khai sinh' }).first();
    await result.waitFor();
    await page.getByText(/Tìm thấy \d+ thủ tục/).waitFor();

    await page.locator('header').getByRole('button', { name: 'Đăng nhập' }).click();
    await fillLogin(page.getByRole('dialog'), 'citizen');
    await page.locator('header').getByText('Nguyễn Văn An').waitFor();
    await page.locator('main').getByText('Xin chào, Nguyễn Văn An.').waitFor();

    await switchToEnglish(page);
    await page.getByRole('heading', { level: 1, name: 'Find an administrative procedure' }).waitFor();
    await page.locator('header').getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The search text survived the language switch: the app re-rendered with its state, one React on the page.
    expect(await page.getByLabel('Procedure name or code').inputValue()).toBe('dang ky khai sinh');
  });
});

describe('staff workspace', () => {
  it('asks for sign-in, shows the intake officer and the unit inbox, and drops its styles on leaving', async () => {
    const page = await browser.open('/staff');
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: 'Bàn làm việc một cửa' }).waitFor();

    await fillLogin(main, 'intake', 'wrong-password');
    // The error is a sentence; its code stays in the details line, for support.
    await main.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    await main.locator('details code', { hasText: 'INVALID_CREDENTIALS' }).waitFor({ state: 'attached' });

    await fillLogin(main, 'intake');
    await main.getByText('Lê Thị Cúc').waitFor();
    await main.getByText(/Đơn vị: \d+/).waitFor();
    await main.getByRole('heading', { name: 'Hồ sơ đến của đơn vị' }).waitFor();
    await main.locator('table tbody tr').or(main.getByText('Chưa có hồ sơ')).first().waitFor();
    expect(await staffStylesheets(page)).toHaveLength(1);

    // The counter's fee pages are one link away, and the link says where the officer is.
    await main.locator('nav').getByRole('link', { name: 'Thu phí' }).click();
    await page.waitForURL('**/staff/thu-phi');
    await main.getByRole('heading', { level: 1, name: 'Các khoản thu trong ngày' }).waitFor();
    expect(await main.locator('nav a[aria-current="page"]').allTextContents()).toContain('Thu phí');
    await main.locator('nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
    await main.getByRole('heading', { name: 'Hồ sơ đến của đơn vị' }).waitFor();

    await switchToEnglish(page);
    await main.getByRole('heading', { name: "The unit's inbox" }).waitFor();

    await page.locator('header nav').getByRole('link', { name: 'Procedures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find an administrative procedure' }).waitFor();
    expect(await staffStylesheets(page)).toEqual([]);
    expect(await page.locator('link[data-app="@motcua/staff"]').count()).toBe(0);
  });
});

describe('officials dashboard', () => {
  it('shows the official the indicators of their province, and the training sessions', async () => {
    const page = await browser.open('/officials');
    const main = page.locator('main');
    await fillLogin(main, 'official');
    await page.locator('header').getByText('Huỳnh Thanh Hải').waitFor();
    await main.getByRole('heading', { level: 1, name: 'Chỉ số dịch vụ công – Tỉnh Tây Ninh' }).waitFor();
    await main.getByRole('navigation', { name: 'Các mục của khu vực điều hành' }).getByRole('link', { name: 'Tập huấn' }).click();
    await main.getByRole('heading', { name: 'Các buổi tập huấn' }).waitFor();
    await main.locator('table tbody tr').or(main.getByText('Chưa có buổi tập huấn')).first().waitFor();

    await switchToEnglish(page);
    await main.getByRole('heading', { name: 'Training sessions' }).waitFor();
    await page.locator('header').getByText('Huỳnh Thanh Hải').waitFor();
  });
});
