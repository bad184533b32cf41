/**
 * Printable documents of a dossier: data in, PDF bytes out. No I/O besides reading font files when
 * `DOCUMENT_FONT_DIR` is set (once). See docs/printable-documents.md.
 */
import { code128 } from './barcode';
import { dossierDocumentDefinition } from './dossier-documents';
import { renderPdf, resolveDocumentFonts, type DocumentFonts } from '@motcua/pdf';
import { registerDefinition } from './register';
import { DocumentDataError, type DocumentKind, type DossierDocumentData, type RegisterData } from './types';

export { DOCUMENT_TITLES } from './titles';
export { bundledRoboto, fontsFromDirectory, resolveDocumentFonts, type DocumentFonts } from '@motcua/pdf';
export * from './types';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['receipt', 'supplement-request', 'refusal', 'apology', 'stop-notice', 'control-slip'];

export interface RenderOptions {
  /** Fonts to use; default: `resolveDocumentFonts()` (DOCUMENT_FONT_DIR, else pdfmake's Roboto). */
  fonts?: DocumentFonts;
  /** The clock, for documents whose date defaults to "now" (tests pass a fixed instant). */
  now?: Date;
}

function assertCommon(data: DossierDocumentData): void {
  for (const [name, value] of [
    ['code', data.code],
    ['lookupUrl', data.lookupUrl],
    ['procedureName', data.procedureName],
    ['applicant.fullName', data.applicant?.fullName],
    ['agency.name', data.agency?.name],
    ['agency.unitName', data.agency?.unitName],
    ['agency.place', data.agency?.place],
  ] as const) {
    if (typeof value !== 'string' || value.trim() === '') throw new DocumentDataError(`Missing '${name}'`);
  }
  if (!/^[\x20-\x7e]+$/.test(data.code)) throw new DocumentDataError(`The dossier code '${data.code}' is not printable ASCII (Code 128)`);
}

/** One of the six per-dossier documents, as PDF bytes. Throws DocumentDataError when a field it needs is missing. */
export async function renderDossierDocument(kind: DocumentKind, data: DossierDocumentData, options: RenderOptions = {}): Promise<Buffer> {
  if (!DOCUMENT_KINDS.includes(kind)) throw new DocumentDataError(`Unknown document kind '${String(kind)}'`);
  assertCommon(data);
  const fonts = options.fonts ?? resolveDocumentFonts();
  const barcode = await code128(data.code);
  return renderPdf(dossierDocumentDefinition(kind, data, barcode, fonts, options.now ?? new Date()), fonts);
}

/** The counter's register book for a date range (A4 landscape, as many pages as the rows need). */
export async function renderRegister(data: RegisterData, options: Pick<RenderOptions, 'fonts'> = {}): Promise<Buffer> {
  const fonts = options.fonts ?? resolveDocumentFonts();
  return renderPdf(registerDefinition(data, fonts), fonts);
}
