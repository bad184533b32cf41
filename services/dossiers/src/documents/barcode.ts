/**
 * The dossier code as a Code 128 barcode (bwip-js → PNG → data URL for pdfmake), and the sizing of the
 * lookup QR code that pdfmake draws itself (its `qr` node).
 */
import bwipjs from 'bwip-js';
import { measure } from 'pdfmake/src/qrEnc';

/** Pixels per barcode module in the PNG. */
const PX_PER_MODULE = 2;
/** Printed width of one module: 1pt ≈ 0.35 mm, comfortably above the 0.25 mm USB scanners need. */
export const BARCODE_MODULE_PT = 1;

export interface BarcodeImage {
  dataUrl: string;
  /** Width in modules (bars and spaces of width 1), quiet zones included. */
  modules: number;
}

function pngWidth(png: Buffer): number {
  // PNG signature (8 bytes), IHDR length and type (8 bytes), then width as a big-endian uint32.
  if (png.length < 24 || png.readUInt32BE(12) !== 0x49484452) throw new Error('bwip-js did not return a PNG');
  return png.readUInt32BE(16);
}

export async function code128(text: string): Promise<BarcodeImage> {
  const png = await bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: PX_PER_MODULE,
    height: 12, // mm in bwip-js; the PDF sets the printed height
    includetext: false,
    paddingwidth: 10, // quiet zone of 10 modules each side (ISO/IEC 15417)
    backgroundcolor: 'FFFFFF',
  });
  return { dataUrl: `data:image/png;base64,${png.toString('base64')}`, modules: pngWidth(png) / PX_PER_MODULE };
}

/** Error correction M: survives a smudge or a crease; a lookup URL still fits in a small symbol. */
export const QR_ECC = 'M' as const;

/**
 * The `fit` to give pdfmake's `qr` node. pdfmake floors the module size to whole points
 * (`floor(fit / modules)`), so a `fit` smaller than the symbol's module count draws nothing: size it
 * from the symbol, at `modulePt` points per module (2pt ≈ 0.7 mm, easy for a phone camera).
 */
export function qrFit(text: string, modulePt = 2): number {
  const modules = measure({ qr: text, eccLevel: QR_ECC })._width / 5; // unfitted: 5pt per module
  return modules * modulePt;
}
