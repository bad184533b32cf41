import type { ValidationProblem } from '@motcua/ui';
import { describe, expect, it } from 'vitest';
import { emptyFormState } from '../dossier-form.state';
import { fieldErrorsFromServer } from '../server-errors';
import type { ProcedureDetail } from '../../procedure-detail/procedure.query';

const messages = { missingDocument: 'missing', notYours: 'not yours', required: 'required', applicant: 'applicant' };
const procedure = { code: 'p', formFields: [], requiredDocuments: [], onlineLevel: 'FULL' } as unknown as ProcedureDetail;
const state = { ...emptyFormState(procedure, ''), documents: { 'to-khai': { fileId: 'f9', name: 'a.pdf', size: 1, mimeType: 'application/pdf' } } };

function problem(fields: string[], details: Record<string, unknown> = {}, vi = 'lỗi'): ValidationProblem {
  return { text: { vi, en: 'error' }, fields, details: { fields: fields.map((field) => ({ field })), ...details } };
}

describe('fieldErrorsFromServer', () => {
  it('puts each answer of the service next to its field', () => {
    const errors = fieldErrorsFromServer(
      [
        problem(['unitCode'], {}, 'Thủ tục này nộp tại đơn vị cấp xã.'),
        problem(['documents'], { missing: ['giay-chung-sinh'] }),
        problem(['formData'], { missing: ['noi-sinh'] }),
        problem(['applicantConsent'], {}, 'Cần có sự đồng ý'),
      ],
      state,
      'vi',
      messages,
    );
    expect(errors).toEqual({
      unitCode: 'Thủ tục này nộp tại đơn vị cấp xã.',
      'document.giay-chung-sinh': 'missing',
      'formData.noi-sinh': 'required',
      consent: 'Cần có sự đồng ý',
    });
  });

  it('finds the document whose file the service refused', () => {
    expect(fieldErrorsFromServer([problem(['documents'], { fileId: 'f9' })], state, 'en', messages)).toEqual({ 'document.to-khai': 'not yours' });
  });

  it('keeps what it cannot place for the summary, in the chosen language', () => {
    expect(fieldErrorsFromServer([problem([], {}, 'Dữ liệu nhập chưa hợp lệ.')], state, 'vi', messages)).toEqual({ form: 'Dữ liệu nhập chưa hợp lệ.' });
    expect(fieldErrorsFromServer([problem(['applicant'])], state, 'en', messages)).toEqual({ applicant: 'applicant' });
  });
});
