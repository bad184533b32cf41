import { describe, expect, it } from 'vitest';
import { KeystrokeScanner } from '../keystroke-scanner';

const CODE = '000.21.25.H39-261126-0001';

/** Types `text` then Enter, one key every `gap` ms from `start`; returns what the scanner made of the Enter. */
function type(scanner: KeystrokeScanner, text: string, { gap, inTextField, start = 1000, enterGap = gap }: { gap: number; inTextField: boolean; start?: number; enterGap?: number }) {
  let time = start;
  for (const key of text) {
    expect(scanner.push({ key, time, inTextField })).toBeNull();
    time += gap;
  }
  return scanner.push({ key: 'Enter', time: time - gap + enterGap, inTextField });
}

describe('KeystrokeScanner', () => {
  it('takes a fast burst and Enter as a scan, in a text field or not', () => {
    expect(type(new KeystrokeScanner(), CODE, { gap: 5, inTextField: false })).toBe(CODE);
    expect(type(new KeystrokeScanner(), CODE, { gap: 5, inTextField: true })).toBe(CODE);
  });

  it('accepts the lookup URL from a QR code read by a keyboard-emulating scanner', () => {
    expect(type(new KeystrokeScanner(), `http://localhost:8080/tra-cuu/${CODE}`, { gap: 3, inTextField: true })).toBe(CODE);
  });

  it('outside a text field, also takes a code typed by hand', () => {
    expect(type(new KeystrokeScanner(), CODE, { gap: 150, inTextField: false })).toBe(CODE);
  });

  it('inside a text field, ignores typing at human speed', () => {
    expect(type(new KeystrokeScanner(), CODE, { gap: 120, inTextField: true })).toBeNull();
  });

  it('inside a text field, finds the burst after slow typing', () => {
    const scanner = new KeystrokeScanner();
    let time = 0;
    for (const key of 'Nguyen') {
      time += 200;
      scanner.push({ key, time, inTextField: true });
    }
    expect(type(scanner, CODE, { gap: 4, inTextField: true, start: time + 300 })).toBe(CODE);
  });

  it('ignores Enter after something that is not a code, and a stale buffer', () => {
    expect(type(new KeystrokeScanner(), 'hello world', { gap: 5, inTextField: false })).toBeNull();
    const scanner = new KeystrokeScanner();
    expect(type(scanner, CODE, { gap: 5, inTextField: false, enterGap: 10_000 })).toBeNull();
  });

  it('forgets a burst after a key that is not a character', () => {
    const scanner = new KeystrokeScanner();
    for (const [index, key] of [...CODE.slice(0, 10)].entries()) scanner.push({ key, time: index * 5, inTextField: false });
    scanner.push({ key: 'Backspace', time: 60, inTextField: false });
    expect(scanner.push({ key: 'Enter', time: 65, inTextField: false })).toBeNull();
  });

  it('lets Shift pass inside a burst', () => {
    const scanner = new KeystrokeScanner();
    let time = 0;
    for (const key of CODE) {
      if (key === 'H') {
        time += 4;
        scanner.push({ key: 'Shift', time, inTextField: true });
      }
      time += 4;
      scanner.push({ key, time, inTextField: true });
    }
    expect(scanner.push({ key: 'Enter', time: time + 5, inTextField: true })).toBe(CODE);
  });
});
