import { describe, expect, it } from 'vitest';
import { competentChoices, receivableAt } from '../intake-form';
import { transferTargets } from '../../dossier/actions/transfer-dialog';

const commune = (acrossBoundary: boolean) => ({ settlingLevel: 'COMMUNE' as const, acrossBoundary });
const province = (acrossBoundary: boolean) => ({ settlingLevel: 'PROVINCE' as const, acrossBoundary });
const unit = (code: string, level: 'PROVINCE' | 'COMMUNE') => ({ code, name: code, nameEn: code, level });

describe('receivableAt', () => {
  it('takes a procedure received regardless of boundary at any commune or the province', () => {
    expect(receivableAt(commune(true), 'COMMUNE')).toBe(true);
    expect(receivableAt(commune(true), 'PROVINCE')).toBe(true);
    expect(receivableAt(province(true), 'COMMUNE')).toBe(true);
  });

  it('takes the others only at their settling level', () => {
    expect(receivableAt(commune(false), 'COMMUNE')).toBe(true);
    expect(receivableAt(commune(false), 'PROVINCE')).toBe(false);
    expect(receivableAt(province(false), 'COMMUNE')).toBe(false);
    expect(receivableAt(commune(false), null)).toBe(false);
  });

  it('offers communes to settle only a commune procedure received regardless of boundary', () => {
    const communes = [unit('27937', 'COMMUNE')];
    expect(competentChoices(commune(true), communes)).toEqual(communes);
    expect(competentChoices(commune(false), communes)).toEqual([]);
    expect(competentChoices(province(true), communes)).toEqual([]);
  });
});

describe('transferTargets', () => {
  it('offers a commune its province and the other communes of the province', () => {
    const province80 = { ...unit('80', 'PROVINCE'), children: [unit('27931', 'COMMUNE'), unit('27937', 'COMMUNE')] };
    expect(transferTargets({ ...unit('27931', 'COMMUNE'), parent: province80, children: [] }).map((u) => u.code)).toEqual(['80', '27937']);
  });

  it('offers the province its communes', () => {
    expect(transferTargets({ ...unit('80', 'PROVINCE'), parent: null, children: [unit('27931', 'COMMUNE')] }).map((u) => u.code)).toEqual(['27931']);
  });
});
