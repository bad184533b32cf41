import { dossierCodeAtEnd } from '@motcua/ui';

/**
 * Tells a USB barcode scanner from a person at the keyboard. A scanner "types" the code and Enter within a few
 * milliseconds per key; so:
 *  - outside a text field every printable key is collected (nothing else wants them), and Enter after a dossier
 *    code opens it, however fast it was typed (an officer may type a code on the page, too);
 *  - inside a text field only a burst of keys less than `fastGapMs` apart counts, so typing a name is never taken
 *    for a scan, while a scan into the wrong field still opens the dossier.
 * Pure (time comes in with each key), so it is unit-tested without a browser.
 */
export interface ScannerOptions {
  /** Keys closer than this belong to one burst (the brief: < 30 ms). */
  fastGapMs: number;
  /** Enter must follow the burst's last key this quickly inside a text field (scanners send it at once). */
  enterGapMs: number;
  /** A pause this long forgets what was typed. */
  idleResetMs: number;
  /** The shortest burst taken for a scan inside a text field. */
  minBurstLength: number;
}

const DEFAULT_SCANNER_OPTIONS: ScannerOptions = { fastGapMs: 30, enterGapMs: 100, idleResetMs: 3000, minBurstLength: 10 };

export interface ScannerKey {
  /** KeyboardEvent.key. */
  key: string;
  /** KeyboardEvent.timeStamp (ms). */
  time: number;
  /** Focus is in an input, a textarea, a select or an editable element. */
  inTextField: boolean;
}

const MODIFIERS = new Set(['Shift', 'CapsLock', 'Alt', 'AltGraph', 'Control', 'Meta']);

export class KeystrokeScanner {
  private keys = '';
  /** Whether every gap since the first collected key was fast. */
  private burst = true;
  private lastTime = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ScannerOptions = DEFAULT_SCANNER_OPTIONS) {}

  /** Feeds one keydown; returns the dossier code when this Enter completes a scan, else null. */
  push({ key, time, inTextField }: ScannerKey): string | null {
    const gap = time - this.lastTime;
    if (MODIFIERS.has(key)) {
      // Shift for a capital letter: part of the burst, but not a character.
      this.lastTime = time;
      return null;
    }
    if (key === 'Enter') return this.finish(gap, inTextField);
    if (key.length !== 1) {
      this.reset();
      return null;
    }
    if (gap > this.options.idleResetMs) this.reset();
    const fast = gap < this.options.fastGapMs;
    if (inTextField && !fast) {
      // A slow key in a field: a person typing. It may still be the first key of a scan.
      this.keys = key;
      this.burst = true;
    } else {
      if (this.keys && !fast) this.burst = false;
      this.keys += key;
    }
    this.lastTime = time;
    return null;
  }

  private finish(gap: number, inTextField: boolean): string | null {
    const keys = this.keys;
    const burst = this.burst;
    this.reset();
    if (!keys || gap > this.options.idleResetMs) return null;
    if (inTextField && (!burst || keys.length < this.options.minBurstLength || gap > this.options.enterGapMs)) return null;
    return dossierCodeAtEnd(keys);
  }

  private reset(): void {
    this.keys = '';
    this.burst = true;
    this.lastTime = Number.NEGATIVE_INFINITY;
  }
}
