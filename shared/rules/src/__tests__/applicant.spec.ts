import { describe, expect, it } from 'vitest';
import { applicantProblems, cleanApplicant, isEmailAddress, isPersonalIdNumber, normalisePersonName } from '../applicant';

const valid = { fullName: '  Nguyễn   Văn An ', idNumber: '079203001234', phone: '0912-345-678', address: 'Khu phố 3, xã Hậu Nghĩa', email: '' };

describe('the applicant as the dossiers service checks it', () => {
  it('refuses a name without letters or with invisible characters, as the service does', () => {
    expect(applicantProblems({ ...valid, fullName: '12 34' })).toEqual({ 'applicant.fullName': 'fullName' });
    expect(applicantProblems({ ...valid, fullName: 'An\u200dBình' })).toEqual({ 'applicant.fullName': 'fullName' });
    expect(applicantProblems({ ...valid, fullName: 'Nguye\u0302\u0303n Va\u0306n An' })).toEqual({});
  });

  it('takes a phone typed with dashes, dots, spaces or brackets as its digits', () => {
    for (const phone of ['0912-345-678', '0912.345.678', '0912 345 678', '(0912) 345678', '+84912345678']) {
      expect(applicantProblems({ ...valid, phone }), phone).toEqual({});
    }
    expect(cleanApplicant(valid)).toEqual({ fullName: 'Nguyễn Văn An', idNumber: '079203001234', phone: '0912345678', address: 'Khu phố 3, xã Hậu Nghĩa', email: null });
  });

  it('names each field that is missing or malformed, as the service would', () => {
    expect(applicantProblems({ fullName: ' ', idNumber: '', phone: '', address: '', email: '' })).toEqual({
      'applicant.fullName': 'required',
      'applicant.idNumber': 'required',
      'applicant.phone': 'required',
      'applicant.address': 'required',
    });
    expect(applicantProblems({ fullName: 'A', idNumber: '123456789', phone: '12345', address: 'x', email: 'not-mail' })).toEqual({
      'applicant.fullName': 'fullName',
      'applicant.idNumber': 'idNumber',
      'applicant.phone': 'phone',
      'applicant.address': 'address',
      'applicant.email': 'email',
    });
  });
});

describe('normalisePersonName', () => {
  it('stores names in NFC, trimmed, single-spaced', () => {
    const decomposed = 'Nguye\u0302\u0303n  Va\u0306n An '; // "Nguyễn Văn An" typed with combining marks
    expect(normalisePersonName(decomposed)).toBe('Nguyễn Văn An');
    expect(normalisePersonName(decomposed)).toBe('Nguyễn Văn An'.normalize('NFC'));
  });

  it('refuses spaces only, zero-width characters and direction overrides', () => {
    for (const bad of ['   ', '\u200b\u200b\u200b', 'An\u200dBình', '\u202eNguyễn Văn An', 'Lê\u0000Cúc', '12 34', 'A']) {
      expect(normalisePersonName(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('isPersonalIdNumber', () => {
  it('accepts the 12-digit personal identification number', () => {
    expect(isPersonalIdNumber('080090001234')).toBe(true);
  });

  it('refuses the 9-digit CMND, which expired on 31 Dec 2024', () => {
    expect(isPersonalIdNumber('301234567')).toBe(false);
  });

  it('refuses anything but exactly 12 digits', () => {
    for (const value of ['', '08009000123', '0800900012345', '08009000123a', ' 080090001234', '080 090 001 234', 12, null]) {
      expect(isPersonalIdNumber(value), String(value)).toBe(false);
    }
  });
});

describe('isEmailAddress', () => {
  it('takes what a browser takes for type="email", with a dot in the domain', () => {
    for (const ok of ['an.nguyen@gmail.com', 'to+ho-so@haunghia.tayninh.gov.vn']) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of ['not-mail', 'an@localhost', 'an@@gmail.com', 'an nguyen@gmail.com', 'an@-gmail.com', `${'a'.repeat(250)}@b.vn`, 42]) {
      expect(isEmailAddress(bad), String(bad)).toBe(false);
    }
  });
});
