import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledRoboto, renderPdf } from '../index';
import { DEVELOPMENT_P12_PASSPHRASE, developmentSigningCertificate } from '../signing/development-ca';
import { signPdf } from '../signing/pdf-signer';

const dir = mkdtempSync(join(tmpdir(), 'motcua-signing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** poppler's verdict on a file's signatures. */
function pdfsig(pdf: Buffer): string {
  const file = join(dir, `check-${Date.now()}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

async function sample(): Promise<Buffer> {
  const fonts = bundledRoboto();
  return renderPdf({ content: ['Giấy chứng nhận đăng ký hộ kinh doanh', 'Số: 27931-000123'], defaultStyle: { font: fonts.family } }, fonts);
}

describe('signPdf', () => {
  it("signs the whole document with the body's certificate, as pdfsig reads it", async () => {
    const { p12 } = developmentSigningCertificate(dir, '27931', 'Ủy ban nhân dân xã Hậu Nghĩa');
    const signed = await signPdf(await sample(), { p12, passphrase: DEVELOPMENT_P12_PASSPHRASE }, { reason: 'Kết quả giải quyết thủ tục hành chính', location: 'xã Hậu Nghĩa, tỉnh Tây Ninh' });
    expect(signed.signerName).toBe('Ủy ban nhân dân xã Hậu Nghĩa');
    const report = pdfsig(signed.pdf);
    expect(report).toMatch(/Signer Certificate Common Name: Ủy ban nhân dân xã Hậu Nghĩa/);
    expect(report).toMatch(/Signature Validation: Signature is Valid/);
    expect(report).toMatch(/Total document signed/);
    expect(report).toMatch(/Signature Type: adbe\.pkcs7\.detached/);
  });

  it('a byte changed after signing breaks the signature', async () => {
    const { p12 } = developmentSigningCertificate(dir, '27931', 'Ủy ban nhân dân xã Hậu Nghĩa');
    const signed = await signPdf(await sample(), { p12, passphrase: DEVELOPMENT_P12_PASSPHRASE }, { reason: 'r', location: 'l' });
    const tampered = Buffer.from(signed.pdf);
    // Inside the first signed range: the page content written before the signature dictionary.
    const at = tampered.indexOf('/Producer');
    tampered[at + 12] = tampered[at + 12]! ^ 1;
    expect(pdfsig(tampered)).not.toMatch(/Signature is Valid/);
  });

  it('refuses an expired certificate with a coded error, and signs nothing', async () => {
    const { p12 } = developmentSigningCertificate(dir, 'expired', 'Ủy ban nhân dân xã Cũ', -1);
    await expect(signPdf(await sample(), { p12, passphrase: DEVELOPMENT_P12_PASSPHRASE }, { reason: 'r', location: 'l' })).rejects.toMatchObject({
      code: 'SIGNING_FAILED',
      extensions: { details: { signing: 'EXPIRED' } },
    });
  });

  it('refuses a wrong passphrase with a coded error', async () => {
    const { p12 } = developmentSigningCertificate(dir, '27931', 'Ủy ban nhân dân xã Hậu Nghĩa');
    await expect(signPdf(await sample(), { p12, passphrase: 'wrong' }, { reason: 'r', location: 'l' })).rejects.toMatchObject({ extensions: { details: { signing: 'UNREADABLE' } } });
  });
});
