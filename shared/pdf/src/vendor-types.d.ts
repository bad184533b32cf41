/**
 * Types for the part of pdfmake 0.2 that the server side uses and `@types/pdfmake` (written for the 0.3 API) does
 * not declare: the Node printer.
 */
declare module 'pdfmake/src/printer' {
  import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

  /** pdfkit document: a readable stream of PDF bytes once `end()` is called. */
  interface PdfKitDocument extends NodeJS.ReadableStream {
    end(): void;
  }

  class PdfPrinter {
    constructor(fonts: TFontDictionary | Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', Buffer | string>>);
    createPdfKitDocument(definition: TDocumentDefinitions, options?: Record<string, unknown>): PdfKitDocument;
  }

  export = PdfPrinter;
}
