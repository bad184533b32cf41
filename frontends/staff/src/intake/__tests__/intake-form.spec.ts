import { describe, expect, it } from 'vitest';
import type { IntakeProcedure } from '../counter-intake.query';
import { EMPTY_FORM, toReceiveInput, validateIntake } from '../intake-form';

const procedure: IntakeProcedure = {
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính',
  nameEn: 'Certified copy',
  field: 'Chứng thực',
  fieldEn: 'Certification',
  processingDays: 1,
  settlingLevel: 'COMMUNE',
  acrossBoundary: true,
  fees: [],
  requiredDocuments: [],
  formFields: [],
};

const applicant = { fullName: 'Trần  Văn Bảy', idNumber: '080070002468', phone: '0912-345-678', address: 'Ấp Lộc Hòa, xã Hậu Nghĩa', email: '' };

describe('the counter takes the applicant as the portal does', () => {
  it('accepts "0912-345-678" and sends its digits, as the portal does', () => {
    const form = { ...EMPTY_FORM, applicant };
    expect(validateIntake(form, procedure)).toEqual({});
    expect(toReceiveInput(form, procedure, '27931').applicant).toEqual({ fullName: 'Trần Văn Bảy', idNumber: '080070002468', phone: '0912345678', address: 'Ấp Lộc Hòa, xã Hậu Nghĩa', email: null });
  });

  it('refuses a 9-digit CMND and a name too long, by field', () => {
    const form = { ...EMPTY_FORM, applicant: { ...applicant, idNumber: '301234567', fullName: 'A'.repeat(101) } };
    expect(validateIntake(form, procedure)).toEqual({ 'applicant.idNumber': 'idNumber', 'applicant.fullName': 'fullName' });
  });
});
