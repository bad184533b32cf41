import { describe, expect, it } from 'vitest';
import type { ProcedureDetail } from '../../procedure-detail/procedure.query';
import { normalisePhone } from '@motcua/ui';
import { draftFromState, emptyFormState, fieldOrder, stateFromDraft, validateForm, type DossierFormState } from '../dossier-form.state';
import { toSubmitInput } from '../dossier-input';

// Messages come back as their keys, so the tests read which check failed.
const t = ((key: string) => key) as unknown as Parameters<typeof validateForm>[3];

const procedure: ProcedureDetail = {
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  nameEn: 'Birth registration',
  field: 'Hộ tịch',
  fieldEn: 'Civil status',
  settlingLevel: 'COMMUNE',
  onlineLevel: 'FULL',
  processingDays: 1,
  fees: [],
  requiredDocuments: [
    { id: 'to-khai', name: 'Tờ khai', nameEn: 'Form', original: true, copies: 1, mandatory: true, template: null },
    { id: 'uy-quyen', name: 'Ủy quyền', nameEn: 'Power of attorney', original: true, copies: 1, mandatory: false, template: null },
  ],
  formFields: [
    { key: 'ho-ten-tre', label: 'Họ tên trẻ', labelEn: "Child's name", type: 'text', required: true, options: null },
    { key: 'gioi-tinh', label: 'Giới tính', labelEn: 'Sex', type: 'select', required: true, options: ['Nam', 'Nữ'] },
    { key: 'can-nang', label: 'Cân nặng', labelEn: 'Weight', type: 'number', required: false, options: null },
  ],
  steps: [],
  current: { resultType: 'Giấy khai sinh', resultTypeEn: 'Birth certificate', legalBasis: [], feePaidBeforeProcessing: false },
};

function filled(): DossierFormState {
  return {
    ...emptyFormState(procedure, 'Nguyễn Văn An'),
    unitCode: '27931',
    applicant: { fullName: 'Nguyễn Văn An', idNumber: '079203001234', phone: '0912 345 678', address: 'Khu phố 3, Hậu Nghĩa', email: '' },
    formData: { 'ho-ten-tre': 'Nguyễn Minh Khang', 'gioi-tinh': 'Nam', 'can-nang': '' },
    documents: { 'to-khai': { fileId: 'f1', name: 'to-khai.pdf', size: 100, mimeType: 'application/pdf' } },
  };
}

describe('validateForm', () => {
  it('passes a complete form; optional fields and documents may stay empty', () => {
    expect(validateForm(procedure, filled(), { volunteer: false, uploading: [] }, t)).toEqual({});
  });

  it('lists every problem of an empty form, by field name', () => {
    const errors = validateForm(procedure, { ...emptyFormState(procedure, ''), deliveryMethod: null }, { volunteer: true, uploading: [] }, t);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'applicant.address',
        'applicant.fullName',
        'applicant.idNumber',
        'applicant.phone',
        'consent',
        'deliveryMethod',
        'document.to-khai',
        'formData.gioi-tinh',
        'formData.ho-ten-tre',
        'unitCode',
      ].sort(),
    );
    expect(errors['formData.gioi-tinh']).toBe('error.choose');
    expect(errors['document.to-khai']).toBe('doc.missing');
  });

  it('checks the formats the service checks', () => {
    const state = filled();
    state.applicant = { ...state.applicant, idNumber: '12345', phone: '123', email: 'not-an-email', address: 'x' };
    state.formData = { ...state.formData, 'can-nang': 'nặng', 'gioi-tinh': 'Khác' };
    const errors = validateForm(procedure, state, { volunteer: false, uploading: [] }, t);
    expect(errors).toMatchObject({
      'applicant.idNumber': 'error.idNumber',
      'applicant.phone': 'error.phone',
      'applicant.email': 'error.email',
      'applicant.address': 'error.address',
      'formData.can-nang': 'error.number',
      'formData.gioi-tinh': 'error.choose',
    });
  });

  it('waits for a file still uploading', () => {
    expect(validateForm(procedure, filled(), { volunteer: false, uploading: ['uy-quyen'] }, t)).toEqual({ 'document.uy-quyen': 'doc.stillUploading' });
  });

  it('asks no upload of a declaration made from the form it has a template for', () => {
    const declared: ProcedureDetail = {
      ...procedure,
      requiredDocuments: procedure.requiredDocuments.map((d) => (d.id === 'to-khai' ? { ...d, template: 'Tờ khai đăng ký khai sinh' } : d)),
    };
    expect(validateForm(declared, { ...filled(), documents: {} }, { volunteer: false, uploading: [] }, t)).toEqual({});
    expect(validateForm({ ...declared, formFields: [] }, { ...filled(), formData: {}, documents: {} }, { volunteer: false, uploading: [] }, t)).toEqual({ 'document.to-khai': 'doc.missing' });
  });

  it('orders the summary as the form reads', () => {
    const order = fieldOrder(procedure);
    expect(order.indexOf('unitCode')).toBeLessThan(order.indexOf('formData.ho-ten-tre'));
    expect(order.indexOf('formData.can-nang')).toBeLessThan(order.indexOf('document.to-khai'));
    expect(order.at(-1)).toBe('form');
  });
});

describe('drafts and the submitted input', () => {
  it('restores a draft but not the consent, and drops documents the procedure no longer asks for', () => {
    const draft = {
      version: 1 as const,
      procedureCode: procedure.code,
      procedureName: procedure.name,
      savedAt: '2026-11-27T03:00:00.000Z',
      unitCode: '27931',
      applicant: filled().applicant,
      formData: { 'ho-ten-tre': 'Bé Na' },
      documents: { 'to-khai': filled().documents['to-khai'], 'giay-cu': { fileId: 'old', name: 'old.pdf', size: 1, mimeType: 'application/pdf' } },
      deliveryMethod: 'POST' as const,
      deliveryAddress: 'Ấp 2',
    };
    const state = stateFromDraft(procedure, draft, emptyFormState(procedure, ''));
    expect(state.consent).toBe(false);
    expect(Object.keys(state.documents)).toEqual(['to-khai']);
    expect(state.formData).toEqual({ 'ho-ten-tre': 'Bé Na', 'gioi-tinh': '', 'can-nang': '' });
    expect(state.deliveryMethod).toBe('POST');
  });

  it('keeps one idempotency key per submission across a saved draft, and sends it', () => {
    const state = filled();
    expect(state.submissionKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const restored = stateFromDraft(procedure, draftFromState(procedure, state), emptyFormState(procedure, ''));
    expect(restored.submissionKey).toBe(state.submissionKey);
    expect(toSubmitInput(procedure, restored, false).idempotencyKey).toBe(state.submissionKey);
    expect(emptyFormState(procedure, '').submissionKey).not.toBe(state.submissionKey);
  });

  it('sends trimmed values, the phone digits and only the filled form fields', () => {
    expect(normalisePhone('0912.345 678')).toBe('0912345678');
    const input = toSubmitInput(procedure, { ...filled(), deliveryMethod: 'POST', deliveryAddress: '  ' }, false);
    expect(input).toMatchObject({
      procedureCode: '1.001193',
      unitCode: '27931',
      applicant: { phone: '0912345678', email: null },
      documents: [{ requirementId: 'to-khai', fileId: 'f1' }],
      deliveryMethod: 'POST',
      deliveryAddress: null,
      formData: { 'ho-ten-tre': 'Nguyễn Minh Khang', 'gioi-tinh': 'Nam' },
      applicantConsent: null,
    });
  });
});
