import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { frontendUrl, browserSession } from './harness';

/**
 * Signing in as citizens and officers do: the portal and the workspace send the browser to the identity provider
 * (the local VNeID stand-in) with the authorization-code flow and PKCE, and come back signed in, with the identity
 * the provider vouches for.
 */
const gatewayUrl = inject('gatewayUrl');

let issuer: string;

const browser = browserSession();

beforeAll(async () => {
  ({ issuer } = (await (await fetch(`${gatewayUrl}/auth/issuer`)).json()) as { issuer: string });
});

/** On the provider's own page: the user name and password of the demo account. */
async function signInAtProvider(page: Page, username: string) {
  await page.waitForURL((url) => url.href.startsWith(`${issuer}/interaction/`));
  await page.locator('header').getByText('VNeID').waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo123');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('sign-in through the identity provider (code flow + PKCE)', () => {
  it('signs a citizen in from the portal header and brings them back to the page they were on', async () => {
    const page = await browser.open('/tra-cuu');
    await page.locator('header').getByRole('button', { name: 'Đăng nhập' }).click();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('dialog').getByRole('button', { name: 'Tiếp tục với VNeID' }).click();
    await signInAtProvider(page, 'citizen');
    await page.waitForURL(`${frontendUrl}/tra-cuu`);
    await page.locator('header').getByText('Nguyễn Văn An').waitFor();
    // What went to the provider: a code challenge with S256, never the verifier; the verifier only to the token endpoint.
    const authorize = new URL(requests.find((u) => u.startsWith(`${issuer}/auth?`))!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.has('code_verifier')).toBe(false);
    const claims = await page.evaluate(() => JSON.parse(atob(localStorage.getItem('motcua.token')!.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))));
    expect(claims).toMatchObject({ iss: issuer, personal_id_number: '080090001234', birthdate: '1990-05-12' });

    // What VNeID vouched for is the applicant's part of a new dossier, not retyped (details the citizen chose to keep,
    // which other tests may have left on this account, would come first: none here).
    const citizen = await (
      await fetch(`${gatewayUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'citizen', password: 'demo123' }) })
    ).json();
    await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.token}` },
      body: JSON.stringify({ query: 'mutation { deleteMyProfile }' }),
    });
    await page.goto(`${frontendUrl}/thu-tuc/1.001193/nop-ho-so`);
    const main = page.locator('main');
    await main.getByLabel(/Số định danh cá nhân/).waitFor();
    expect(await main.getByLabel(/Số định danh cá nhân/).inputValue()).toBe('080090001234');
    expect(
      await main
        .getByLabel(/Họ, chữ đệm và tên/)
        .first()
        .inputValue(),
    ).toBe('Nguyễn Văn An');
    expect(
      await main
        .getByLabel(/Số điện thoại di động/)
        .first()
        .inputValue(),
    ).toBe('0912345678');
    expect(
      await main
        .getByLabel(/Địa chỉ thường trú/)
        .first()
        .inputValue(),
    ).toBe('Ấp Tân Hòa, xã Hậu Nghĩa, tỉnh Tây Ninh');
  });

  it("signs an officer into the workspace with the directory's role and unit", async () => {
    const page = await browser.open('/staff');
    await page.locator('main').getByRole('button', { name: 'Tiếp tục với VNeID' }).click();
    await signInAtProvider(page, 'intake');
    await page.waitForURL(`${frontendUrl}/staff`);
    await page.locator('header').getByText('Lê Thị Cúc').waitFor();
    expect(await page.locator('main').getByRole('button', { name: 'Tiếp tục với VNeID' }).count()).toBe(0);
  });

  it('a callback it did not ask for (forged or replayed) signs nobody in', async () => {
    const page = await browser.open('/');
    const alerts: string[] = [];
    page.on('dialog', (dialog) => {
      alerts.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${frontendUrl}/dang-nhap/xong?code=replayed&state=forged&iss=${encodeURIComponent(issuer)}`);
    await page.waitForURL(`${frontendUrl}/`);
    await page.locator('header').getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(alerts).toEqual([expect.stringMatching(/Đăng nhập không thành công/)]);
    expect(await page.evaluate(() => localStorage.getItem('motcua.token'))).toBeNull();
  });
});
