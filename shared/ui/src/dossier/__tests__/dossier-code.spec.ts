import { describe, expect, it } from 'vitest';
import { dossierCodeAtEnd, dossierCodeFromEntry, dossierCodeFromScan, dossierCodeTail, isDossierCode } from '../dossier-code';

const CODE = '000.21.25.H39-261126-0001';

describe('dossierCodeFromScan', () => {
  it('takes a bare code, trimmed and upper-cased', () => {
    expect(dossierCodeFromScan(`  ${CODE}\n`)).toBe(CODE);
    expect(dossierCodeFromScan('000.21.25.h39-261126-0001')).toBe(CODE);
  });

  it("takes the lookup URL of the slip's QR, encoded or not", () => {
    expect(dossierCodeFromScan(`https://motcua.ducHoa.gov.vn/tra-cuu/${CODE}`)).toBe(CODE);
    expect(dossierCodeFromScan(`http://localhost:8080/tra-cuu/${encodeURIComponent(CODE)}/`)).toBe(CODE);
    expect(dossierCodeFromScan(`http://localhost:8080/tra-cuu/${CODE}?from=qr`)).toBe(CODE);
  });

  it('refuses anything else', () => {
    for (const text of ['', 'hello', '261126-0001', `${CODE}x`, `https://example.com/${CODE}`, '000.21-261126-001']) {
      expect(dossierCodeFromScan(text)).toBeNull();
    }
  });
});

describe('dossierCodeAtEnd', () => {
  it('finds the code a scanner typed after stray keys', () => {
    expect(dossierCodeAtEnd(`a b-${CODE}`)).toBe(CODE);
    expect(dossierCodeAtEnd(`http://localhost:8080/tra-cuu/${CODE}`)).toBe(CODE);
    expect(dossierCodeAtEnd(`${CODE} `)).toBeNull();
  });
});

describe('dossierCodeFromEntry', () => {
  it("completes the slip's short number with the agency code", () => {
    expect(dossierCodeFromEntry('261126-0001', '000.21.25.H39')).toBe(CODE);
    expect(dossierCodeFromEntry('261126-0001', null)).toBeNull();
    expect(dossierCodeFromEntry(CODE, null)).toBe(CODE);
  });
});

describe('helpers', () => {
  it('recognises codes and cuts their tail', () => {
    expect(isDossierCode(CODE)).toBe(true);
    expect(isDossierCode('261126-0001')).toBe(false);
    expect(dossierCodeTail(CODE)).toBe('261126-0001');
  });
});
