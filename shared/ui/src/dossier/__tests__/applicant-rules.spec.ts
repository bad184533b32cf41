import { describe, expect, it } from 'vitest';
import { applicantProblems, cleanApplicant } from '../applicant-rules';

const valid = { fullName: '  Nguyễn   Văn An ', idNumber: '079203001234', phone: '0912-345-678', address: 'Khu phố 3, xã Hậu Nghĩa', email: '' };

describe('the applicant as the dossiers service checks it', () => {
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
