import { useEffect, useRef } from 'react';
import { KeystrokeScanner } from './keystroke-scanner';

/** Focus in a field that takes text: keys typed there are the field's, unless they come as fast as a scanner. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(target.type);
}

/**
 * Listens to the whole page for a USB barcode scanner (see KeystrokeScanner) and calls `onScan` with the dossier
 * code. Keys inside an element marked `data-scan-input` (the scan box, which handles its own Enter) and while a
 * modal dialog is open are left alone.
 */
export function useBarcodeScanner(onScan: (code: string) => void): void {
  const latest = useRef(onScan);
  latest.current = onScan;

  useEffect(() => {
    const scanner = new KeystrokeScanner();
    function onKeyDown(event: KeyboardEvent) {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[data-scan-input]') || document.querySelector('dialog[open]')) return;
      const code = scanner.push({ key: event.key, time: event.timeStamp, inTextField: isTextField(event.target) });
      if (!code) return;
      // The Enter belongs to the scan: it must not also submit a form or press the focused button.
      event.preventDefault();
      event.stopPropagation();
      latest.current(code);
    }
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
