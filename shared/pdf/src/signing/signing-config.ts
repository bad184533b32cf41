/**
 * Which certificate signs an issuing body's results:
 *
 * - `RESULT_SIGNING_P12_DIR`: a directory of PKCS#12 files, `<unit code>.p12` per issuing body (a province's
 *   system signs for many bodies), `default.p12` for any other; or `RESULT_SIGNING_P12_FILE`: one file for all;
 *   with `RESULT_SIGNING_P12_PASSPHRASE`. This is production's setting: the body's organisation certificate from
 *   a licensed CA.
 * - `RESULT_SIGNING_PKCS11_MODULE`: a hardware token or HSM through PKCS#11 — the configuration point is named,
 *   but this build has no PKCS#11 driver (it needs a native module), so setting it stops the start with a message.
 * - Neither, outside production: the development CA under `RESULT_SIGNING_DEV_CA_DIR` (default `.data/signing`)
 *   issues each body a certificate at its first signature.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@motcua/platform';
import { DEVELOPMENT_P12_PASSPHRASE, developmentSigningCertificate } from './development-ca';
import { SIGNING_KEY_MISSING, type SigningCredential } from './pdf-signer';

export interface IssuingBody {
  /** Administrative unit code, e.g. '27931'. */
  unitCode: string;
  /** The body as its certificate names it, e.g. 'Ủy ban nhân dân xã Hậu Nghĩa'. */
  name: string;
}

export interface SigningCredentials {
  /** Where the credentials come from, for the start-up log. */
  source: string;
  /** The credential a body signs with; AppError when there is none. */
  credentialFor(body: IssuingBody): SigningCredential;
}

export function signingCredentialsFromEnv(env: NodeJS.ProcessEnv, repoRoot = process.cwd()): SigningCredentials {
  if (env.RESULT_SIGNING_PKCS11_MODULE) {
    throw new Error('RESULT_SIGNING_PKCS11_MODULE is set, but this build signs with PKCS#12 files only (RESULT_SIGNING_P12_DIR or RESULT_SIGNING_P12_FILE): see docs/national-platforms.md');
  }
  const passphrase = env.RESULT_SIGNING_P12_PASSPHRASE ?? '';
  if (env.RESULT_SIGNING_P12_DIR) {
    const dir = env.RESULT_SIGNING_P12_DIR;
    return {
      source: dir,
      credentialFor(body) {
        const file = [join(dir, `${body.unitCode}.p12`), join(dir, 'default.p12')].find((f) => existsSync(f));
        if (!file) throw new AppError('SIGNING_FAILED', { message: SIGNING_KEY_MISSING, details: { signing: 'MISSING', unitCode: body.unitCode } });
        return { p12: readFileSync(file), passphrase };
      },
    };
  }
  if (env.RESULT_SIGNING_P12_FILE) {
    const file = env.RESULT_SIGNING_P12_FILE;
    return {
      source: file,
      credentialFor() {
        if (!existsSync(file)) throw new AppError('SIGNING_FAILED', { message: SIGNING_KEY_MISSING, details: { signing: 'MISSING' } });
        return { p12: readFileSync(file), passphrase };
      },
    };
  }
  if (env.NODE_ENV === 'production') {
    throw new Error("RESULT_SIGNING_P12_DIR or RESULT_SIGNING_P12_FILE must name the issuing bodies' certificates in production");
  }
  const dir = env.RESULT_SIGNING_DEV_CA_DIR ?? join(repoRoot, '.data', 'signing');
  return {
    source: `development CA in ${dir}`,
    credentialFor: (body) => ({ p12: developmentSigningCertificate(dir, body.unitCode, body.name).p12, passphrase: DEVELOPMENT_P12_PASSPHRASE }),
  };
}
