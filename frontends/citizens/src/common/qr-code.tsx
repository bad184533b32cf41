import { Spinner } from '@motcua/ui';
import { useEffect, useState } from 'react';
import styles from './dossier-slip.module.css';

/** Quiet zone the standard asks around the code, in modules. */
const QUIET_ZONE = 4;
/** pdfmake draws each module as a square of this many units when no size is given. */
const PDFMAKE_MODULE = 5;

interface QrMatrix {
  size: number;
  path: string;
}

/**
 * Turns pdfmake's canvas (one background rectangle, then one per dark module) into a single SVG path. The encoder is
 * loaded on first use: only the slip needs it, not the portal's first page.
 */
async function encode(text: string): Promise<QrMatrix> {
  const encoder = await import('pdfmake/src/qrEnc.js');
  const measure = encoder.measure ?? (encoder as unknown as { default: typeof encoder }).default.measure;
  const node = measure({ qr: text, eccLevel: 'M' });
  const size = Math.round(node._width / PDFMAKE_MODULE);
  const path = node._canvas
    .slice(1)
    .map((rect) => `M${Math.round(rect.x / PDFMAKE_MODULE)} ${Math.round(rect.y / PDFMAKE_MODULE)}h1v1h-1z`)
    .join('');
  return { size, path };
}

/** A QR code of `text` as crisp, printable SVG. `label` is what a screen reader says instead of the picture. */
export function QrCode({ text, label, loadingLabel }: { text: string; label: string; loadingLabel: string }) {
  const [matrix, setMatrix] = useState<{ text: string; value: QrMatrix } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    encode(text).then(
      (value) => !cancelled && setMatrix({ text, value }),
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [text]);

  // Without the picture the code itself, printed beside it, still does the job.
  if (failed) return null;
  if (!matrix || matrix.text !== text) {
    return (
      <div className={styles.qrPlaceholder}>
        <Spinner label={loadingLabel} />
      </div>
    );
  }
  const full = matrix.value.size + QUIET_ZONE * 2;
  return (
    <svg className={styles.qr} role="img" aria-label={label} viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${full} ${full}`} shapeRendering="crispEdges">
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={full} height={full} fill="#fff" />
      <path d={matrix.value.path} fill="#000" />
    </svg>
  );
}
