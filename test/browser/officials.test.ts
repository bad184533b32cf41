import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession, DESKTOP, RUN_TAG, signIn } from './harness';

/**
 * The officials' area in a real browser against the whole stack: a provincial official opens the dashboard, drills down
 * from the province to a commune (with its predecessors' history) and one of its procedures, records a training session with its attendance sheet, and
 * sees it counted. Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */

const browser = browserSession();
const openPage = (path: string, viewport: { width: number; height: number } = DESKTOP) => browser.open(path, { viewport, timeoutMs: 30_000 });

const totalOf = async (page: Page) => Number((await page.getByTestId('training-total').innerText()).replace(/\D/g, ''));

describe('officials dashboard', () => {
  it('drills from the province to a commune and a procedure, records a training session and counts it', async () => {
    const page = await openPage('/officials');
    const main = page.locator('main');
    await signIn(page, 'official');

    // The province in 2022, read under today's units: the article's totals, its communes ranked.
    await main.getByRole('heading', { level: 1, name: 'Chỉ số dịch vụ công – Tỉnh Tây Ninh' }).waitFor();
    await main.getByLabel('Kỳ báo cáo').selectOption('year:2022');
    await main.getByText('110.642').first().waitFor();
    // One part at a time, by tabs; each keeps the period.
    const sections = main.getByRole('tablist', { name: 'Các phần của bảng chỉ số' });
    await sections.getByRole('tab', { name: 'Chỉ số 766' }).click();
    await main.getByRole('heading', { name: 'Chỉ số phục vụ (Quyết định 766/QĐ-TTg)' }).waitFor();
    await sections.getByRole('tab', { name: 'Tuyên truyền' }).click();
    await main.getByRole('heading', { name: 'Nên tập trung tuyên truyền ở đâu' }).waitFor();
    await main.getByRole('heading', { name: 'Tuyên truyền có hiệu quả không' }).waitFor();
    expect(page.url()).toContain('muc=tuyen-truyen');
    await sections.getByRole('tab', { name: 'Xếp hạng đơn vị' }).click();
    const ranking = main.getByRole('table', { name: 'Xếp hạng các đơn vị trực thuộc' });
    await ranking.waitFor();
    expect(await ranking.locator('tbody tr').count()).toBeGreaterThanOrEqual(7);

    // Province → commune (the period travels with the link) → procedure.
    await ranking.getByRole('link', { name: 'Xã Hậu Nghĩa' }).click();
    await main.getByRole('heading', { level: 1, name: 'Chỉ số dịch vụ công – Xã Hậu Nghĩa' }).waitFor();
    expect(page.url()).toContain('/officials/don-vi/27931?tu=2022-01-01&den=2022-12-31');
    await main.getByRole('navigation', { name: 'Vị trí' }).getByRole('link', { name: 'Tỉnh Tây Ninh' }).waitFor();
    await main.getByRole('tablist', { name: 'Các phần của bảng chỉ số' }).getByRole('tab', { name: 'Thủ tục' }).click();
    await main.getByRole('table', { name: 'Chỉ số theo thủ tục' }).getByRole('link', { name: 'Đăng ký khai sinh' }).click();
    await main.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    await main.getByRole('heading', { name: 'Thông tin thủ tục' }).waitFor();

    // Record a session held for Hậu Nghĩa, with two named officials.
    await main.getByRole('navigation', { name: 'Các mục của khu vực điều hành' }).getByRole('link', { name: 'Tập huấn' }).click();
    await main.getByRole('heading', { level: 1, name: 'Tập huấn' }).waitFor();
    // The count is read only once the list for Hậu Nghĩa has arrived (not the province's, still on screen).
    const filtered = page.waitForResponse((r) => {
      const body = r.request().postData() ?? '';
      return r.url().endsWith('/graphql') && body.includes('query TrainingSessions') && body.includes('"unit":"27931"');
    });
    await main.getByLabel('Đơn vị', { exact: true }).first().selectOption('27931');
    await filtered;
    await expect.poll(() => main.locator('[aria-busy="true"]').count()).toBe(0);
    await main.getByTestId('training-total').waitFor();
    const before = await totalOf(page);
    const trained = main.getByRole('table', { name: 'Người được tập huấn theo đơn vị' });
    const officialsBefore = (await trained.count())
      ? Number(
          (await trained
            .locator('tbody tr', { hasText: 'Xã Hậu Nghĩa' })
            .locator('td')
            .nth(3)
            .innerText()
            .catch(() => '0')) || 0,
        )
      : 0;

    await main.getByRole('button', { name: 'Ghi nhận buổi tập huấn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận buổi tập huấn' });
    await dialog.getByLabel('Nội dung tập huấn').fill('Tập huấn kiểm thử: hướng dẫn nộp hồ sơ khai sinh trực tuyến');
    await dialog.getByLabel('Đơn vị được tập huấn').selectOption('27931');
    await dialog.getByLabel('Người giảng dạy, đơn vị phối hợp').fill('Trung tâm Phục vụ hành chính công');
    await dialog.getByLabel('Địa điểm').fill('Hội trường UBND xã Hậu Nghĩa');
    // People are counted once however often trained: names of this run only.
    for (const [n, name] of [
      ['1', `Võ Thị Kiểm Thử ${RUN_TAG}`],
      ['2', `Trần Văn Kiểm Thử ${RUN_TAG}`],
    ]) {
      await dialog.getByRole('button', { name: 'Thêm người tham dự' }).click();
      await dialog.getByLabel(`Họ và tên (${n})`).fill(name);
    }
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await main.getByText('Đã ghi nhận buổi tập huấn "Tập huấn kiểm thử: hướng dẫn nộp hồ sơ khai sinh trực tuyến".').waitFor();
    await dialog.waitFor({ state: 'detached' });

    // Counted: one more session in the list, two more officials trained in Hậu Nghĩa this year.
    await expect.poll(() => totalOf(page)).toBe(before + 1);
    await main
      .getByRole('cell', { name: /Tập huấn kiểm thử/ })
      .first()
      .waitFor();
    const row = main.getByRole('table', { name: 'Người được tập huấn theo đơn vị' }).locator('tbody tr', { hasText: 'Xã Hậu Nghĩa' });
    await expect.poll(async () => Number(await row.locator('td').nth(3).innerText())).toBe(officialsBefore + 2);
  });

  it('loads without layout shift, one screen per part, with the before/after comparison drawn', async () => {
    const page = await openPage('/officials', { width: 1366, height: 800 });
    await signIn(page, 'official');
    await page.locator('main').getByRole('heading', { level: 1, name: 'Chỉ số dịch vụ công – Tỉnh Tây Ninh' }).waitFor();
    // A fresh load, signed in: Chromium's own layout-shift entries from the first paint on (CLS as web-vitals sums them).
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.reload();
    const main = page.locator('main');
    await main.getByRole('heading', { level: 1, name: 'Chỉ số dịch vụ công – Tỉnh Tây Ninh' }).waitFor();
    await main.getByRole('img', { name: /^Biểu đồ \d+ tháng/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`officials dashboard at 1366×800: CLS ${cls.toFixed(4)}, page height ${height} px`);
    expect(cls).toBeLessThan(0.05);
    expect(height).toBeLessThan(3 * 800);
    expect(await page.title()).toBe('Chỉ số dịch vụ công – Tỉnh Tây Ninh — Một Cửa');

    // Every part is one Tab and an arrow key away; the outreach comparison is a chart, its table folded away.
    const sections = main.getByRole('tablist', { name: 'Các phần của bảng chỉ số' });
    expect(await sections.getByRole('tab').allInnerTexts()).toEqual(['Tổng quan', 'Xếp hạng đơn vị', 'Chỉ số 766', 'Thủ tục', 'Tuyên truyền', 'Gửi tin']);
    await sections.getByRole('tab', { name: 'Tổng quan' }).focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await main.getByRole('heading', { name: 'Tuyên truyền có hiệu quả không' }).waitFor();
    await main.getByLabel('Kỳ báo cáo').selectOption('year:2022');
    const chart = main.getByRole('img', { name: 'Tỷ lệ trực tuyến trước và sau hoạt động' });
    await chart.waitFor();
    expect(await chart.locator('circle').count()).toBeGreaterThan(2);
    expect(await main.getByRole('table', { name: 'Tỷ lệ trực tuyến trước và sau hoạt động' }).isVisible()).toBe(false);
  });

  it('refuses an account that is not an official', async () => {
    const page = await openPage('/officials', { width: 390, height: 844 });
    await signIn(page, 'intake');
    await page.locator('main').getByText('Không có quyền truy cập').waitFor();
  });
});
