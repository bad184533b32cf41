/**
 * The issuing body's signature on a PDF: a PDF signature dictionary (ISO 32000-1 §12.8) whose byte range covers the
 * whole file but the signature itself, with a detached PKCS#7/CMS signature (SHA-256, RSA) carrying the signer's
 * certificate chain — the PAdES-Basic form (ETSI TS 102 778-2). @signpdf adds the placeholder (through pdf-lib, so
 * any PDF, with or without cross-reference streams, can be signed) and fills it.
 */
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import signpdf from '@signpdf/signpdf';
import { AppError } from '@motcua/platform';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

export interface SigningCredential {
  p12: Buffer;
  passphrase: string;
}

export interface SignatureDetails {
  /** Why the document is signed, shown by readers ("Ký số kết quả giải quyết TTHC …"). */
  reason: string;
  /** Where, e.g. "xã Hậu Nghĩa, tỉnh Tây Ninh". */
  location: string;
  contactInfo?: string;
  /** The signing time; now unless a test fixes it. */
  signedAt?: Date;
}

export interface SignedPdf {
  pdf: Buffer;
  /** The signer as its certificate names it (subject common name). */
  signerName: string;
  signedAt: Date;
  certificate: { serialNumber: string; notBefore: Date; notAfter: Date; issuer: string };
}

export const SIGNING_KEY_MISSING = { vi: 'Chưa cấu hình chứng thư số để ký kết quả.', en: 'No signing certificate is configured for results.' };
const SIGNING_KEY_EXPIRED = {
  vi: 'Chứng thư số của cơ quan ký đã hết hạn hoặc chưa có hiệu lực.',
  en: "The signing body's certificate has expired or is not yet valid.",
};
const SIGNING_KEY_UNREADABLE = { vi: 'Không đọc được chứng thư số (sai mật khẩu hoặc tệp hỏng).', en: 'The signing certificate cannot be read (wrong passphrase or damaged file).' };

interface SignerCertificate {
  cert: forge.pki.Certificate;
  commonName: string;
}

/** The certificate in the PKCS#12 that goes with its private key. Throws AppError when it cannot be read. */
export function signerCertificate(credential: SigningCredential): SignerCertificate {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(credential.p12.toString('binary'))), credential.passphrase);
  } catch {
    throw new AppError('SIGNING_FAILED', { message: SIGNING_KEY_UNREADABLE, details: { signing: 'UNREADABLE' } });
  }
  const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  const certs = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const match = certs.find((bag) => {
    const pub = bag.cert?.publicKey as forge.pki.rsa.PublicKey | undefined;
    return key && pub && pub.n.compareTo(key.n) === 0 && pub.e.compareTo(key.e) === 0;
  })?.cert;
  if (!match) throw new AppError('SIGNING_FAILED', { message: SIGNING_KEY_MISSING, details: { signing: 'MISSING' } });
  const commonName = String(match.subject.getField('CN')?.value ?? match.subject.getField('O')?.value ?? 'Unknown signer');
  // forge hands UTF8String values back as their UTF-8 bytes.
  return { cert: match, commonName: Buffer.from(commonName, 'binary').toString('utf8') };
}

/**
 * A PDF text string for a literal `( … )` that pdf-lib writes byte for byte: UTF-16BE with its byte-order mark
 * (ISO 32000-1 §7.9.2.2), the delimiters escaped. Vietnamese is outside PDFDocEncoding, and @signpdf passes the
 * signature's reason, location and name to pdf-lib as they are.
 */
function pdfTextString(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return [...bytes].map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b === 0x0d ? '\\r' : b === 0x0a ? '\\n' : String.fromCharCode(b))).join('');
}

const NOT_A_SIGNABLE_PDF = { vi: 'Tệp PDF bị hỏng hoặc không có trang nào, không thể ký số.', en: 'The PDF is damaged or has no page; it cannot be signed.' };

/** The document pdf-lib can add a signature field to: parsed, with at least one page (the field's widget sits there). */
async function loadSignable(pdf: Buffer): Promise<PDFDocument> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    if (doc.getPageCount() > 0) return doc;
  } catch {
    // reported below, as for a document without pages
  }
  throw new AppError('FILE_REJECTED', { message: NOT_A_SIGNABLE_PDF, details: { signing: 'NOT_A_PDF' } });
}

/** Signs `pdf` with the credential. A certificate not valid at the signing time is refused (AppError), never used. */
export async function signPdf(pdf: Buffer, credential: SigningCredential, details: SignatureDetails): Promise<SignedPdf> {
  const { cert, commonName } = signerCertificate(credential);
  const signedAt = details.signedAt ?? new Date();
  if (signedAt < cert.validity.notBefore || signedAt > cert.validity.notAfter) {
    throw new AppError('SIGNING_FAILED', { message: SIGNING_KEY_EXPIRED, details: { signing: 'EXPIRED', notAfter: cert.validity.notAfter.toISOString() } });
  }
  const doc = await loadSignable(pdf);
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: pdfTextString(details.reason),
    location: pdfTextString(details.location),
    contactInfo: pdfTextString(details.contactInfo ?? ''),
    name: pdfTextString(commonName),
    signingTime: signedAt,
    appName: 'Mot Cua',
  });
  // The placeholder's byte range is patched in place: the file must keep a classic cross-reference table.
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const signed = await signpdf.sign(prepared, new P12Signer(credential.p12, { passphrase: credential.passphrase }), signedAt);
  return {
    pdf: signed,
    signerName: commonName,
    signedAt,
    certificate: {
      serialNumber: cert.serialNumber,
      notBefore: cert.validity.notBefore,
      notAfter: cert.validity.notAfter,
      issuer: String(cert.issuer.getField('CN')?.value ?? ''),
    },
  };
}
