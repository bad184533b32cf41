import { describe, expect, it } from 'vitest';
import { choosesCompetentUnit, competentUnitCodeFor, receivingUnitsFor, type ReceivingUnit } from '../receiving-units';

const agency = (code: string, kind: ReceivingUnit['agencies'][number]['kind']) => ({ code, name: code, nameEn: code, kind, address: '', phone: null });
const PROVINCE: ReceivingUnit = { code: '80', name: 'Tỉnh Tây Ninh', nameEn: 'Tay Ninh', level: 'PROVINCE', agencies: [agency('centre', 'PROVINCIAL_CENTRE'), agency('land', 'PROVINCIAL_BODY')] };
const HAU_NGHIA: ReceivingUnit = { code: '27931', name: 'Xã Hậu Nghĩa', nameEn: 'Hau Nghia', level: 'COMMUNE', agencies: [agency('hn', 'COMMUNE_CENTRE')] };
const DUC_HOA: ReceivingUnit = { code: '27937', name: 'Xã Đức Hòa', nameEn: 'Duc Hoa', level: 'COMMUNE', agencies: [agency('dh', 'COMMUNE_CENTRE')] };
const NO_OFFICE: ReceivingUnit = { code: '99999', name: 'Xã X', nameEn: 'X', level: 'COMMUNE', agencies: [] };

describe('receivingUnitsFor', () => {
  it('offers the provincial centre and every commune centre for a procedure received regardless of boundary', () => {
    const units = receivingUnitsFor({ settlingLevel: 'COMMUNE', acrossBoundary: true }, PROVINCE, [HAU_NGHIA, DUC_HOA, NO_OFFICE]);
    expect(units.map((u) => u.code)).toEqual(['80', '27931', '27937']);
    // A provincial body settles what is sent to it; it is not where citizens submit.
    expect(units[0].agencies.map((a) => a.code)).toEqual(['centre']);
  });

  it('offers the communes for a commune procedure, the province for a province one', () => {
    expect(receivingUnitsFor({ settlingLevel: 'COMMUNE', acrossBoundary: false }, PROVINCE, [HAU_NGHIA, DUC_HOA]).map((u) => u.code)).toEqual(['27931', '27937']);
    expect(receivingUnitsFor({ settlingLevel: 'PROVINCE', acrossBoundary: false }, PROVINCE, [HAU_NGHIA]).map((u) => u.code)).toEqual(['80']);
  });
});

describe('the competent unit', () => {
  it('is chosen only for a commune procedure received regardless of boundary, and sent only when it differs', () => {
    const across = { settlingLevel: 'COMMUNE' as const, acrossBoundary: true };
    expect(choosesCompetentUnit(across)).toBe(true);
    expect(choosesCompetentUnit({ settlingLevel: 'PROVINCE', acrossBoundary: true })).toBe(false);
    expect(competentUnitCodeFor(across, '80', '27931')).toBe('27931');
    expect(competentUnitCodeFor(across, '27931', '27931')).toBeNull();
    expect(competentUnitCodeFor(across, '27931', '')).toBeNull();
    expect(competentUnitCodeFor({ settlingLevel: 'COMMUNE', acrossBoundary: false }, '27931', '27937')).toBeNull();
  });
});
