/**
 * A local certificate authority for development and tests, created at first start under `.data/signing/`: a root
 * (self-signed, 10 years) and, per issuing body, a signing certificate it issues (2 years), kept as PKCS#12. It
 * stands in for the certificates a body receives from a licensed public CA (Law on Electronic Transactions
 * 2023, Decree 23/2025/NĐ-CP) and is worth nothing outside this machine.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';

/** The passphrase of the development PKCS#12 files; they protect nothing of value. */
export const DEVELOPMENT_P12_PASSPHRASE = 'motcua-dev-signing';

const ROOT_FILE = 'dev-ca.json';

interface RootCa {
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

function serialNumber(): string {
  // Positive (first bit clear), 16 bytes: unique enough for a CA of one machine.
  const bytes = randomBytes(16);
  bytes[0]! &= 0x7f;
  return bytes.toString('hex');
}

/**
 * Files are written once with `wx`: the dossiers and payments services may start together and both reach for the
 * CA; the one that loses the race reads what the other wrote, so every certificate has the same root.
 */
function writeOnce(file: string, content: string | Buffer): Buffer {
  try {
    writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return readFileSync(file);
}

function parseRoot(json: Buffer): RootCa {
  const { keyPem, certPem } = JSON.parse(json.toString('utf8')) as { keyPem: string; certPem: string };
  return { key: forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey, cert: forge.pki.certificateFromPem(certPem) };
}

function loadOrCreateRoot(dir: string): RootCa {
  const file = join(dir, ROOT_FILE);
  if (existsSync(file)) return parseRoot(readFileSync(file));
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 86_400_000);
  const subject = [
    { name: 'commonName', value: 'Mot Cua Development Root CA (no legal value)' },
    { name: 'organizationName', value: 'Mot Cua development' },
    { name: 'countryName', value: 'VN' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }, { name: 'subjectKeyIdentifier' }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  mkdirSync(dir, { recursive: true });
  return parseRoot(writeOnce(file, JSON.stringify({ keyPem: forge.pki.privateKeyToPem(keys.privateKey), certPem: forge.pki.certificateToPem(cert) })));
}

export interface IssuedCertificate {
  /** PKCS#12 with the key, the certificate and the root, protected by DEVELOPMENT_P12_PASSPHRASE. */
  p12: Buffer;
  /** The root's certificate (PEM), for a verifier that should trust it. */
  rootPem: string;
}

/**
 * The development signing certificate of an issuing body, made at its first use and kept as `<fileStem>.p12`.
 * `validDays` may be negative, to make an expired certificate for a test.
 */
export function developmentSigningCertificate(dir: string, fileStem: string, bodyName: string, validDays = 730): IssuedCertificate {
  const root = loadOrCreateRoot(dir);
  const rootPem = forge.pki.certificateToPem(root.cert);
  const p12File = join(dir, `${fileStem}.p12`);
  if (existsSync(p12File)) return { p12: readFileSync(p12File), rootPem };
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serialNumber();
  const now = Date.now();
  cert.validity.notBefore = new Date(Math.min(now, now + validDays * 86_400_000) - 86_400_000);
  cert.validity.notAfter = new Date(now + validDays * 86_400_000);
  // Vietnamese names: UTF8String (forge encodes the text itself).
  const utf8 = (value: string) => ({ value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });
  cert.setSubject([
    { name: 'commonName', ...utf8(bodyName) },
    { name: 'organizationName', ...utf8(bodyName) },
    { name: 'countryName', value: 'VN' },
  ]);
  cert.setIssuer(root.cert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(root.key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, root.cert], DEVELOPMENT_P12_PASSPHRASE, { algorithm: '3des', friendlyName: fileStem });
  mkdirSync(dir, { recursive: true });
  return { p12: writeOnce(p12File, Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')), rootPem };
}
