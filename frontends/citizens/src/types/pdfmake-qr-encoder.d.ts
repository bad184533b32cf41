/**
 * pdfmake's QR encoder (Kang Seonghoon's public-domain qr.js), which the dossiers service already uses to print the
 * slip's QR. Its one export lays a code out as the rectangles of a pdfmake canvas.
 */
declare module 'pdfmake/src/qrEnc.js' {
  interface QrRect {
    x: number;
    y: number;
    w: number;
    h: number;
  }
  interface QrNode {
    qr: string;
    eccLevel?: 'L' | 'M' | 'Q' | 'H';
    _width?: number;
    _canvas?: QrRect[];
  }
  export function measure(node: QrNode): QrNode & { _width: number; _canvas: QrRect[] };
}
