import { describe, expect, it } from 'vitest';
import { vietnamDay } from '@motcua/platform';
import { formatDossierCode, isValidAgencyCode, parseDossierCode } from '../dossier-code';

describe('the day in a dossier code (vietnamDay)', () => {
  it('gives the Asia/Ho_Chi_Minh date', () => {
    expect(vietnamDay(new Date('2025-03-11T16:59:59Z'))).toBe('2025-03-11');
    expect(vietnamDay(new Date('2025-03-11T17:00:00Z'))).toBe('2025-03-12');
    expect(vietnamDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});

describe('formatDossierCode', () => {
  it('uses the local received date: 23:30 UTC is the next day in Vietnam', () => {
    expect(formatDossierCode('H41.25', new Date('2025-03-11T23:30:00Z'), 12)).toBe('H41.25-250312-0012');
    expect(formatDossierCode('H41.25', new Date('2025-03-11T10:00:00Z'), 12)).toBe('H41.25-250311-0012');
  });

  it('pads the sequence to 4 digits and accepts the full range', () => {
    const at = new Date('2025-03-11T03:00:00Z');
    expect(formatDossierCode('000.00.12.H41', at, 1)).toBe('000.00.12.H41-250311-0001');
    expect(formatDossierCode('H41', at, 9999)).toBe('H41-250311-9999');
  });

  it('rejects sequences outside 1..9999 and malformed agency codes', () => {
    const at = new Date('2025-03-11T03:00:00Z');
    for (const seq of [0, 10000, 1.5, -1]) expect(() => formatDossierCode('H41', at, seq)).toThrow(RangeError);
    for (const agency of ['', 'H41-25', 'H41 25', '.H41', 'H41.', 'H41..25']) {
      expect(isValidAgencyCode(agency), agency).toBe(false);
      expect(() => formatDossierCode(agency, at, 1)).toThrow(RangeError);
    }
  });
});

describe('parseDossierCode', () => {
  it('returns the parts of a code', () => {
    expect(parseDossierCode('H41.25-250312-0012')).toEqual({ agencyCode: 'H41.25', receivedDate: '2025-03-12', seq: 12 });
  });

  it('round-trips with formatDossierCode', () => {
    const code = formatDossierCode('000.00.12.H41', new Date('2026-02-23T01:00:00Z'), 450);
    expect(parseDossierCode(code)).toEqual({ agencyCode: '000.00.12.H41', receivedDate: '2026-02-23', seq: 450 });
  });

  it('parses codes of agencies of both periods: before and after the July 2025 reform', () => {
    expect(parseDossierCode('000.21.25.H39-250312-0012')).toEqual({ agencyCode: '000.21.25.H39', receivedDate: '2025-03-12', seq: 12 });
    expect(parseDossierCode('000.00.01.H53-261121-0003')).toEqual({ agencyCode: '000.00.01.H53', receivedDate: '2026-11-21', seq: 3 });
  });

  it('ignores the Enter a barcode scanner types', () => {
    expect(parseDossierCode('H41.25-250312-0012\r\n')?.seq).toBe(12);
  });

  it('returns null for anything that is not a code', () => {
    for (const code of ['', 'garbage', 'H41.25-250312-12', 'H41.25-250230-0001', 'H41.25-250312-0000', 'H41.25-2503120-0012', '-250312-0012']) {
      expect(parseDossierCode(code), code).toBeNull();
    }
  });
});
