import { describe, inject, it } from 'vitest';
import { frontendUrl, browserSession } from './harness';
import { GatewayClient } from '@motcua/stack';
import { submitMaritalStatus } from '../../services/payments/test/support';

/**
 * The national portal's side of a dossier in the staff workspace: the dossier page shows its sync track, and the
 * unit's failed syncs are listed at /staff/dong-bo, where one is pushed again.
 */
const portal = inject('nationalPortalUrl');
const gateway = new GatewayClient(inject('gatewayUrl'));

const browser = browserSession();
const signedInAsIntake = (path: string) => browser.open(path, { viewport: { width: 1280, height: 900 }, signInAs: 'intake' });

describe('national portal sync in the staff workspace', () => {
  it('shows a refused sync on the dossier, lists it, and pushes it again', async () => {
    const code = await submitMaritalStatus(await gateway.login('citizen'));
    await fetch(`${portal}/_sandbox/refuse/${encodeURIComponent(code)}`, { method: 'POST' });
    const intake = await gateway.login('intake');
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);

    const page = await signedInAsIntake(`/staff/ho-so/${encodeURIComponent(code)}`);
    const main = page.locator('main');
    await main.getByText('Đồng bộ không thành công').waitFor();
    await main.getByText(/bị từ chối \(sandbox\)/).waitFor();

    await fetch(`${portal}/_sandbox/accept/${encodeURIComponent(code)}`, { method: 'POST' });
    await page.goto(`${frontendUrl}/staff/dong-bo`);
    const row = main.getByRole('row').filter({ hasText: code });
    await row.waitFor();
    await row.getByRole('button', { name: 'Đồng bộ lại' }).click();
    await main.getByText(`Đã xếp hàng đồng bộ lại hồ sơ ${code}.`).waitFor();

    const synced = async () =>
      (await gateway.data<{ dossier: { nationalSync: { state: string } } }>('query($c: String!) { dossier(code: $c) { nationalSync { state } } }', { c: code }, intake)).dossier.nationalSync.state;
    for (let tries = 0; (await synced()) !== 'SYNCED' && tries < 100; tries++) await new Promise((r) => setTimeout(r, 200));
    await page.goto(`${frontendUrl}/staff/ho-so/${encodeURIComponent(code)}`);
    await main.getByText('Đã đồng bộ', { exact: true }).waitFor();
  });
});
