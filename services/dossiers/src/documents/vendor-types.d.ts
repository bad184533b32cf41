/**
 * Types for the part of pdfmake 0.2 that `@types/pdfmake` (written for the 0.3 API) does not declare: the QR
 * encoder that pdfmake's own `qr` node uses (the printer's types are in @motcua/pdf).
 */
declare module 'pdfmake/src/qrEnc' {
  interface QrMeasured {
    _width: number;
    _canvas: unknown[];
  }
  export function measure(node: { qr: string; eccLevel?: 'L' | 'M' | 'Q' | 'H'; fit?: number }): QrMeasured;
}
