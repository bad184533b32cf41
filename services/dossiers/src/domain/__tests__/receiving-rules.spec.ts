import { describe, expect, it } from 'vitest';
import { mayTransfer, placeDossier, type PlacedUnit } from '../receiving-rules';

const TAY_NINH: PlacedUnit = { code: '80', level: 'PROVINCE', provinceCode: '80' };
const HAU_NGHIA: PlacedUnit = { code: '27931', level: 'COMMUNE', provinceCode: '80' };
const DUC_HOA: PlacedUnit = { code: '27937', level: 'COMMUNE', provinceCode: '80' };
const HANOI: PlacedUnit = { code: '01', level: 'PROVINCE', provinceCode: '01' };
const BA_DINH: PlacedUnit = { code: '00004', level: 'COMMUNE', provinceCode: '01' };
const DUC_HOA_DISTRICT: PlacedUnit = { code: '802', level: 'DISTRICT', provinceCode: '80' };

const commune = (acrossBoundary: boolean) => ({ settlingLevel: 'COMMUNE' as const, acrossBoundary });
const province = (acrossBoundary: boolean) => ({ settlingLevel: 'PROVINCE' as const, acrossBoundary });

describe('placeDossier', () => {
  it('settles at the receiving unit when its level is the settling level', () => {
    expect(placeDossier(commune(false), HAU_NGHIA, null)).toEqual({ ok: true, competentUnitCode: '27931' });
    expect(placeDossier(province(false), TAY_NINH, null)).toEqual({ ok: true, competentUnitCode: '80' });
  });

  it('sends a province procedure received at a commune to the province', () => {
    expect(placeDossier(province(true), HAU_NGHIA, null)).toEqual({ ok: true, competentUnitCode: '80' });
  });

  it('receives across boundaries at any commune or the province, for the commune named', () => {
    expect(placeDossier(commune(true), HAU_NGHIA, DUC_HOA)).toEqual({ ok: true, competentUnitCode: '27937' });
    expect(placeDossier(commune(true), TAY_NINH, HAU_NGHIA)).toEqual({ ok: true, competentUnitCode: '27931' });
    expect(placeDossier(commune(true), TAY_NINH, null)).toEqual({ ok: false, field: 'competentUnitCode', refusal: 'COMPETENT_REQUIRED' });
  });

  it('refuses a unit that cannot receive the procedure', () => {
    expect(placeDossier(commune(false), TAY_NINH, null)).toEqual({ ok: false, field: 'unitCode', refusal: 'NOT_RECEIVED_HERE' });
    expect(placeDossier(province(false), HAU_NGHIA, null)).toEqual({ ok: false, field: 'unitCode', refusal: 'NOT_RECEIVED_HERE' });
    expect(placeDossier(commune(true), DUC_HOA_DISTRICT, null)).toMatchObject({ ok: false, field: 'unitCode' });
  });

  it('refuses a competent unit of another province, of another level, or elsewhere without the boundary rule', () => {
    expect(placeDossier(commune(true), HAU_NGHIA, BA_DINH)).toEqual({ ok: false, field: 'competentUnitCode', refusal: 'OTHER_PROVINCE' });
    expect(placeDossier(commune(true), HAU_NGHIA, TAY_NINH)).toEqual({ ok: false, field: 'competentUnitCode', refusal: 'COMPETENT_LEVEL' });
    expect(placeDossier(commune(false), HAU_NGHIA, DUC_HOA)).toEqual({ ok: false, field: 'competentUnitCode', refusal: 'NOT_ACROSS_BOUNDARY' });
    expect(placeDossier(commune(false), HAU_NGHIA, HAU_NGHIA)).toEqual({ ok: true, competentUnitCode: '27931' });
  });
});

describe('mayTransfer', () => {
  it('runs commune ↔ its province and commune → commune of the province', () => {
    expect(mayTransfer(HAU_NGHIA, TAY_NINH)).toBe(true);
    expect(mayTransfer(TAY_NINH, HAU_NGHIA)).toBe(true);
    expect(mayTransfer(HAU_NGHIA, DUC_HOA)).toBe(true);
  });

  it('refuses another province, a district, the same unit, province to province', () => {
    expect(mayTransfer(HAU_NGHIA, HANOI)).toBe(false);
    expect(mayTransfer(HAU_NGHIA, BA_DINH)).toBe(false);
    expect(mayTransfer(HAU_NGHIA, DUC_HOA_DISTRICT)).toBe(false);
    expect(mayTransfer(DUC_HOA_DISTRICT, HAU_NGHIA)).toBe(false);
    expect(mayTransfer(HAU_NGHIA, HAU_NGHIA)).toBe(false);
    expect(mayTransfer(TAY_NINH, HANOI)).toBe(false);
  });
});
