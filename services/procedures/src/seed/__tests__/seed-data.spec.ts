import { describe, expect, it } from 'vitest';
import { AGENCIES, DISTRICT_CENTRE_AGENCY_CODE } from '../agencies.data';
import { PROCEDURES } from '../procedures.data';
import type { ProcedureSeed } from '../seed-types';
import { DUC_HOA_DISTRICT_CODE, HAU_NGHIA_TOWN_CODE, UNITS } from '../units.data';

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

describe('administrative units', () => {
  it('have unique codes and parents that exist', () => {
    expect(duplicates(UNITS.map((u) => u.code))).toEqual([]);
    const codes = new Set(UNITS.map((u) => u.code));
    for (const u of UNITS) {
      if (u.parentCode !== null) expect(codes, `parent of ${u.code}`).toContain(u.parentCode);
    }
    expect(UNITS.filter((u) => u.parentCode === null).map((u) => u.code)).toEqual(['80']);
  });

  it('nest province → district → commune, with GSO code lengths', () => {
    const byCode = new Map(UNITS.map((u) => [u.code, u]));
    const digits = { PROVINCE: 2, DISTRICT: 3, COMMUNE: 5 } as const;
    const parentLevel = { PROVINCE: null, DISTRICT: 'PROVINCE', COMMUNE: 'DISTRICT' } as const;
    for (const u of UNITS) {
      expect(u.code, u.name).toMatch(new RegExp(`^\\d{${digits[u.level]}}$`));
      const parent = u.parentCode === null ? null : byCode.get(u.parentCode);
      expect(parent?.level ?? null, u.name).toBe(parentLevel[u.level]);
    }
  });

  it('hold Đức Hòa (802) and its 20 commune-level units: 3 towns, 17 communes', () => {
    expect(DUC_HOA_DISTRICT_CODE).toBe('802');
    const district = UNITS.find((u) => u.code === '802');
    expect(district?.name).toBe('Huyện Đức Hòa');
    const communes = UNITS.filter((u) => u.parentCode === '802');
    expect(communes).toHaveLength(20);
    expect(communes.filter((u) => u.kind === 'thị trấn').map((u) => u.name)).toEqual([
      'Thị trấn Hậu Nghĩa',
      'Thị trấn Hiệp Hòa',
      'Thị trấn Đức Hòa',
    ]);
    expect(communes.filter((u) => u.kind === 'xã')).toHaveLength(17);
    expect(UNITS.find((u) => u.code === HAU_NGHIA_TOWN_CODE)?.nameEn).toBe('Hau Nghia town');
    expect(duplicates(UNITS.map((u) => u.name))).toEqual([]);
  });

  it('name every unit in Vietnamese with diacritics and in ASCII English', () => {
    for (const u of UNITS) {
      expect(u.name.normalize('NFC')).toBe(u.name);
      expect(u.nameEn, u.name).toMatch(ASCII);
      expect(u.nameEn).toMatch(/ (province|district|town|commune)$/);
    }
  });
});

describe('agencies', () => {
  it('have unique electronic ID codes of the Decision 20/2020 shape, usable as dossier-code prefixes', () => {
    expect(duplicates(AGENCIES.map((a) => a.code))).toEqual([]);
    for (const a of AGENCIES) {
      expect(a.code, a.name).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H\d{2}$/);
      expect(a.code).not.toMatch(/\s|-/);
    }
  });

  it('each sit in an existing unit; one per commune-level unit plus the district centre', () => {
    const units = new Map(UNITS.map((u) => [u.code, u]));
    for (const a of AGENCIES) expect(units.has(a.unitCode), `${a.name} → ${a.unitCode}`).toBe(true);
    const communes = UNITS.filter((u) => u.level === 'COMMUNE').map((u) => u.code).sort();
    const communeAgencyUnits = AGENCIES.filter((a) => units.get(a.unitCode)?.level === 'COMMUNE')
      .map((a) => a.unitCode)
      .sort();
    expect(communeAgencyUnits).toEqual(communes);
    const centre = AGENCIES.filter((a) => a.unitCode === '802');
    expect(centre.map((a) => a.code)).toEqual([DISTRICT_CENTRE_AGENCY_CODE]);
    expect(centre[0]?.counters).toBeGreaterThanOrEqual(5);
  });

  it('have sensible counters and Vietnamese names', () => {
    for (const a of AGENCIES) {
      expect(Number.isInteger(a.counters) && a.counters >= 1 && a.counters <= 10, a.name).toBe(true);
      expect(a.name).toMatch(HAS_VIETNAMESE_LETTER);
      expect(a.nameEn).toMatch(ASCII);
      expect(a.address).toContain('tỉnh Long An');
    }
    expect(AGENCIES.find((a) => a.unitCode === HAU_NGHIA_TOWN_CODE)?.name).toBe('Ủy ban nhân dân thị trấn Hậu Nghĩa');
  });
});

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
