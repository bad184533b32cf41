import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { developmentSigningCertificate } from '../signing/development-ca';
import { signingCredentialsFromEnv } from '../signing/signing-config';

const dir = mkdtempSync(join(tmpdir(), 'motcua-signing-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const body = { unitCode: '27931', name: 'Ủy ban nhân dân xã Hậu Nghĩa' };

describe('which certificate signs', () => {
  it("takes the body's own file from RESULT_SIGNING_P12_DIR, else default.p12", () => {
    const certs = join(dir, 'certs');
    const { p12 } = developmentSigningCertificate(join(dir, 'ca'), 'issued', body.name);
    const credentials = signingCredentialsFromEnv({ RESULT_SIGNING_P12_DIR: certs, RESULT_SIGNING_P12_PASSPHRASE: 'secret', NODE_ENV: 'production' });
    expect(() => credentials.credentialFor(body)).toThrow(
      expect.objectContaining({ code: 'SIGNING_FAILED', extensions: expect.objectContaining({ details: { signing: 'MISSING', unitCode: '27931' } }) }),
    );
    rmSync(certs, { recursive: true, force: true });
    mkdirSync(certs);
    writeFileSync(join(certs, 'default.p12'), p12);
    expect(credentials.credentialFor(body)).toEqual({ p12, passphrase: 'secret' });
  });

  it('refuses to start in production without certificates, and with a PKCS#11 module it cannot drive', () => {
    expect(() => signingCredentialsFromEnv({ NODE_ENV: 'production' })).toThrow(/RESULT_SIGNING_P12_DIR/);
    expect(() => signingCredentialsFromEnv({ RESULT_SIGNING_PKCS11_MODULE: '/usr/lib/libeTPkcs11.so' })).toThrow(/PKCS#12 files only/);
  });

  it('issues development certificates outside production', () => {
    const credentials = signingCredentialsFromEnv({ RESULT_SIGNING_DEV_CA_DIR: join(dir, 'dev') });
    expect(credentials.source).toMatch(/development CA/);
    expect(credentials.credentialFor(body).p12.length).toBeGreaterThan(1000);
  });
});
