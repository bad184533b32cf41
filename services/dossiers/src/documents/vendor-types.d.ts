/**
 * Types for the parts of pdfmake 0.2 that the server side uses and `@types/pdfmake` (written for the 0.3
 * API) does not declare: the Node printer and the QR encoder that pdfmake's own `qr` node uses.
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

declare module 'pdfmake/src/qrEnc' {
  interface QrMeasured {
    _width: number;
    _canvas: unknown[];
  }
  export function measure(node: { qr: string; eccLevel?: 'L' | 'M' | 'Q' | 'H'; fit?: number }): QrMeasured;
}
