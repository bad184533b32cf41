import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures.data';
import type { ProcedureSeed } from '../seed-types';

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

/** Every Vietnamese string of a procedure that a citizen can see. */
function vietnameseTexts(p: ProcedureSeed): string[] {
  return [
    p.name,
    p.field,
    p.resultType,
    ...p.legalBasis,
    ...p.fees.flatMap((f) => [f.name, f.note ?? '']),
    ...p.documents.flatMap((d) => [d.name, d.template ?? '']),
    ...p.formFields.flatMap((f) => [f.label, ...(f.options ?? [])]),
    ...p.steps.map((s) => s.name),
  ].filter((s) => s !== '');
}

function englishTexts(p: ProcedureSeed): string[] {
  return [
    p.nameEn,
    p.fieldEn,
    p.resultTypeEn,
    ...p.fees.map((f) => f.nameEn),
    ...p.documents.map((d) => d.nameEn),
    ...p.formFields.map((f) => f.labelEn),
    ...p.steps.map((s) => s.nameEn),
  ];
}

const ASCII = /^[\x20-\x7e]+$/;
const HAS_VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('procedures', () => {
  it('number at least 30, with unique national codes', () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(30);
    expect(duplicates(PROCEDURES.map((p) => p.code))).toEqual([]);
    for (const p of PROCEDURES) expect(p.code, p.name).toMatch(/^[1-3]\.\d{6}$/);
  });

  it('cover both settling levels and the required fields', () => {
    const levels = new Set(PROCEDURES.map((p) => p.settlingLevel));
    expect(levels).toEqual(new Set(['COMMUNE', 'DISTRICT']));
    const fields = new Set(PROCEDURES.map((p) => p.field));
    for (const f of ['Hộ tịch', 'Chứng thực', 'Bảo trợ xã hội', 'Đất đai', 'Hoạt động xây dựng', 'Thành lập và hoạt động của hộ kinh doanh']) {
      expect(fields, f).toContain(f);
    }
    expect(PROCEDURES.find((p) => p.code === '1.001193')?.name).toBe('Đăng ký khai sinh');
  });

  describe.each(PROCEDURES.map((p) => [p.code, p] as const))('%s', (_code, p) => {
    it('has a positive integer legal time', () => {
      expect(Number.isInteger(p.processingDays) && p.processingDays > 0).toBe(true);
    });

    it('has integer, non-negative fees; online amounts never above the normal amount', () => {
      for (const f of p.fees) {
        expect(Number.isInteger(f.amountVnd) && f.amountVnd >= 0, f.name).toBe(true);
        if (f.onlineAmountVnd !== undefined) {
          expect(Number.isInteger(f.onlineAmountVnd) && f.onlineAmountVnd >= 0, f.name).toBe(true);
          expect(f.onlineAmountVnd).toBeLessThanOrEqual(f.amountVnd);
        }
      }
      if (p.feePaidBeforeProcessing) expect(p.fees.length, 'a fee paid first must exist').toBeGreaterThan(0);
    });

    it('asks for at least one mandatory document; document keys are unique; copies ≥ 1', () => {
      expect(p.documents.some((d) => d.mandatory)).toBe(true);
      expect(duplicates(p.documents.map((d) => d.key))).toEqual([]);
      for (const d of p.documents) {
        expect(d.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(Number.isInteger(d.copies) && d.copies >= 1, d.name).toBe(true);
      }
    });

    it('has 3–6 form fields with unique keys; selects carry options', () => {
      expect(p.formFields.length).toBeGreaterThanOrEqual(3);
      expect(p.formFields.length).toBeLessThanOrEqual(6);
      expect(duplicates(p.formFields.map((f) => f.key))).toEqual([]);
      for (const f of p.formFields) {
        expect(f.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (f.type === 'select') expect(f.options?.length ?? 0, f.key).toBeGreaterThanOrEqual(2);
        else expect(f.options, f.key).toBeUndefined();
      }
      expect(p.formFields.some((f) => f.required)).toBe(true);
    });

    it('has steps that start with intake, include an approver and fit in the legal time', () => {
      expect(p.steps[0]?.role).toBe('INTAKE');
      expect(p.steps.some((s) => s.role === 'APPROVER')).toBe(true);
      for (const s of p.steps) expect(Number.isInteger(s.days) && s.days >= 0, s.name).toBe(true);
      const total = p.steps.reduce((sum, s) => sum + s.days, 0);
      expect(total).toBeLessThanOrEqual(p.processingDays);
    });

    it('keeps commune procedures at the commune and ends district procedures at the district', () => {
      if (p.settlingLevel === 'COMMUNE') expect(p.steps.every((s) => s.level === 'COMMUNE')).toBe(true);
      else expect(p.steps.filter((s) => s.role === 'APPROVER').every((s) => s.level === 'DISTRICT')).toBe(true);
    });

    it('cites its legal basis and states its result', () => {
      expect(p.legalBasis.length).toBeGreaterThan(0);
      expect(duplicates(p.legalBasis)).toEqual([]);
      expect(p.resultType.length).toBeGreaterThan(0);
    });

    it('writes Vietnamese with diacritics (NFC) and English in ASCII', () => {
      expect(p.name).toMatch(HAS_VIETNAMESE_LETTER);
      for (const t of vietnameseTexts(p)) expect(t.normalize('NFC'), t).toBe(t);
      for (const t of englishTexts(p)) expect(t, t).toMatch(ASCII);
    });
  });

  it('models the fees the brief fixes: free birth registration, 100,000 VND household business, per-page copy certification', () => {
    const byCode = new Map(PROCEDURES.map((p) => [p.code, p]));
    expect(byCode.get('1.001193')?.fees).toEqual([]);
    expect(byCode.get('1.001612')?.fees[0]?.amountVnd).toBe(100_000);
    const copy = byCode.get('2.000815')?.fees ?? [];
    expect(copy.map((f) => [f.basis, f.amountVnd])).toEqual([
      ['PER_PAGE', 2_000],
      ['PER_PAGE', 1_000],
    ]);
  });
});
