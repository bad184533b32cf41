/** pdfmake (server side) → PDF bytes. */
import PdfPrinter from 'pdfmake/src/printer';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentFonts } from './fonts';

const printers = new WeakMap<DocumentFonts, PdfPrinter>();

function printerFor(fonts: DocumentFonts): PdfPrinter {
  let printer = printers.get(fonts);
  if (!printer) {
    printer = new PdfPrinter({ [fonts.family]: fonts.files });
    printers.set(fonts, printer);
  }
  return printer;
}

export function renderPdf(definition: TDocumentDefinitions, fonts: DocumentFonts): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const doc = printerFor(fonts).createPdfKitDocument(definition);
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
