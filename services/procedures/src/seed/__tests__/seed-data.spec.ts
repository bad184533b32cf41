import { describe, expect, it } from 'vitest';
import { overlappingVersions } from '../../catalogue/version-in-force';
import { versionsOf } from '../procedure-versions';
import { REFORM_2025 } from '../procedures-2025.data';
import { PROCEDURES } from '../procedures.data';
import type { ProcedureSeed, VersionSeed } from '../seed-types';

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
  return [p.nameEn, p.fieldEn, p.resultTypeEn, ...p.fees.map((f) => f.nameEn), ...p.documents.map((d) => d.nameEn), ...p.formFields.map((f) => f.labelEn), ...p.steps.map((s) => s.nameEn)];
}

const ASCII = /^[\x20-\x7e]+$/;
const HAS_VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('procedures', () => {
  it('number at least 30, with unique national codes', () => {
    expect(PROCEDURES.length).toBeGreaterThanOrEqual(30);
    expect(duplicates(PROCEDURES.map((p) => p.code))).toEqual([]);
    for (const p of PROCEDURES) expect(p.code, p.name).toMatch(/^[1-3]\.\d{6}$/);
  });

  it('cover both settling levels of version 1 and the required fields', () => {
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

    it('keeps version-1 commune procedures at the commune and ends district procedures at the district', () => {
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

  describe.each(PROCEDURES.map((p) => [p.code, p, versionsOf(p)] as const))('%s versions', (_code, p, versions) => {
    const [first, second] = versions as [VersionSeed, VersionSeed];

    it('has version 1 from 2022-01-01 to 2025-06-30 and version 2 from 2025-07-01, not overlapping', () => {
      expect(versions.map((v) => [v.version, v.validFrom, v.validTo])).toEqual([
        [1, '2022-01-01', '2025-06-30'],
        [2, '2025-07-01', null],
      ]);
      expect(overlappingVersions(versions)).toEqual([]);
      expect(first.settlingLevel).toBe(p.settlingLevel);
      expect(first.acrossBoundary).toBe(false);
    });

    it('is settled by the province or the commune from 1 July 2025, with steps at those levels only', () => {
      expect(['PROVINCE', 'COMMUNE']).toContain(second.settlingLevel);
      for (const s of second.steps) expect(['PROVINCE', 'COMMUNE'], s.name).toContain(s.level);
      expect(second.steps[0]?.role).toBe('INTAKE');
      const approvers = second.steps.filter((s) => s.role === 'APPROVER');
      expect(approvers.length).toBeGreaterThan(0);
      for (const s of approvers) expect(s.level, s.name).toBe(second.settlingLevel);
      expect(second.steps.reduce((sum, s) => sum + s.days, 0)).toBeLessThanOrEqual(second.processingDays);
    });

    it('names no district body from 1 July 2025', () => {
      const texts = [second.settlingBody, second.settlingBodyEn, ...second.steps.flatMap((s) => [s.name, s.nameEn]), ...second.fees.map((f) => f.note ?? '')];
      for (const t of texts) expect(t, t).not.toMatch(/cấp huyện|UBND huyện|district|Long An/i);
    });

    it('names the decree and article that moved it, and cites that decree, when its level or body changed', () => {
      const moved = first.settlingLevel !== second.settlingLevel || first.settlingBody !== second.settlingBody;
      if (!moved) return;
      expect(second.movedBy?.decree, 'movedBy').toMatch(/^Nghị định số \d+\/2025\/NĐ-CP$/);
      expect(second.movedBy?.article.length).toBeGreaterThan(0);
      expect(second.legalBasis).toContain(second.movedBy?.decree);
    });

    it('cites its current legal basis once each, with Vietnamese in NFC and English in ASCII', () => {
      expect(second.legalBasis.length).toBeGreaterThan(0);
      expect(duplicates(second.legalBasis)).toEqual([]);
      for (const t of [second.settlingBody, ...second.legalBasis, ...second.steps.map((s) => s.name)]) expect(t.normalize('NFC'), t).toBe(t);
      for (const t of [first.settlingBodyEn, second.settlingBodyEn, ...second.steps.map((s) => s.nameEn)]) expect(t, t).toMatch(ASCII);
    });
  });

  it('has rules from 1 July 2025 for exactly the catalogued procedures', () => {
    expect(Object.keys(REFORM_2025).sort()).toEqual(PROCEDURES.map((p) => p.code).sort());
  });

  it('moves the procedures the 2025 decrees name: district to commune, land registration changes to the province', () => {
    const second = new Map(PROCEDURES.map((p) => [p.code, versionsOf(p)[1]!]));
    const levelOf = (code: string) => [second.get(code)?.settlingLevel, second.get(code)?.movedBy?.decree];
    expect(levelOf('1.001612')).toEqual(['COMMUNE', 'Nghị định số 168/2025/NĐ-CP']);
    expect(levelOf('1.009994')).toEqual(['COMMUNE', 'Nghị định số 140/2025/NĐ-CP']);
    expect(levelOf('1.013978')).toEqual(['COMMUNE', 'Nghị định số 151/2025/NĐ-CP']);
    expect(levelOf('1.013949')).toEqual(['COMMUNE', 'Nghị định số 151/2025/NĐ-CP']);
    expect(levelOf('1.001776')).toEqual(['COMMUNE', 'Nghị định số 147/2025/NĐ-CP']);
    expect(levelOf('2.000806')).toEqual(['COMMUNE', 'Nghị định số 120/2025/NĐ-CP']);
    expect(levelOf('1.013831')).toEqual(['PROVINCE', 'Nghị định số 151/2025/NĐ-CP']);
    expect(second.get('1.013831')?.settlingBody).toBe('Chi nhánh Văn phòng đăng ký đất đai');
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
