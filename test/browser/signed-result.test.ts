import { execFileSync } from 'node:child_process';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './harness';
import { bundledRoboto, renderPdf } from '@motcua/pdf';
import { GatewayClient } from '@motcua/stack';
import { submitBirthRegistration } from '../../services/dossiers/test/support';

/**
 * The citizen receives an electronic result the issuing body signed: the page says who signed it and when, and the
 * file the browser saves carries a signature poppler finds valid over the whole document.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));

const browser = browserSession();

describe('a signed electronic result', () => {
  it('says who signed it, and the saved file is signed', async () => {
    const [citizen, intake, handler, approver] = await Promise.all(['citizen', 'intake', 'handler', 'approver'].map((u) => gateway.login(u)));
    const { code } = await submitBirthRegistration(citizen);
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);
    await gateway.data('mutation($c: String!) { startProcessing(code: $c, note: null) { status } }', { c: code }, handler);
    const fonts = bundledRoboto();
    const bytes = await renderPdf({ content: ['TRÍCH LỤC KHAI SINH', code], defaultStyle: { font: fonts.family } }, fonts);
    const uploaded = { id: await gateway.uploadedId(approver, { bytes, name: 'trich-luc-khai-sinh.pdf' }) };
    await gateway.data('mutation($c: String!, $f: ID!) { approveDossier(code: $c, resultFileIds: [$f], note: null) { status } }', { c: code, f: uploaded.id }, approver);

    const page = await browser.open(`/ho-so-cua-toi/${encodeURIComponent(code)}`, { acceptDownloads: true, signInAs: 'citizen' });
    const main = page.locator('main');

    await main.getByText(/Kết quả có chữ ký số của Ủy ban nhân dân xã Hậu Nghĩa, ký lúc/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: 'Tải kết quả' }).click()]);
    expect(download.suggestedFilename()).toBe('trich-luc-khai-sinh.pdf');
    const report = execFileSync('pdfsig', [(await download.path())!], { encoding: 'utf8' });
    expect(report).toMatch(/Signer Certificate Common Name: Ủy ban nhân dân xã Hậu Nghĩa/);
    expect(report).toMatch(/Signature is Valid/);
    expect(report).toMatch(/Total document signed/);
  });
});
