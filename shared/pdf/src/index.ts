/**
 * PDFs of the services: fonts that cover Vietnamese, pdfmake rendering, and (signing.ts) the issuing body's
 * PAdES signature. Shared so that the dossiers' printable documents and the payments' e-receipts look alike.
 */
export { bundledRoboto, fontsFromDirectory, resolveDocumentFonts, type DocumentFonts, type FontStyle } from './fonts';
export { missingVietnameseLetters, VIETNAMESE_LETTERS } from './glyphs';
export { renderPdf } from './render';
export { developmentSigningCertificate, DEVELOPMENT_P12_PASSPHRASE } from './signing/development-ca';
export { signPdf, signerCertificate, type SignatureDetails, type SignedPdf, type SigningCredential } from './signing/pdf-signer';
export { signingCredentialsFromEnv, type IssuingBody, type SigningCredentials } from './signing/signing-config';
