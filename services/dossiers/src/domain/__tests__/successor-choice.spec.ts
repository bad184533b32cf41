import { describe, expect, it } from 'vitest';
import { chooseSuccessor, plainText } from '../successor-choice';

const DUC_LAP = { code: '27964', name: 'Xã Đức Lập', kind: 'PARTIAL' as const };
const MY_HANH = { code: '27976', name: 'Xã Mỹ Hạnh', kind: 'PARTIAL' as const };

describe('chooseSuccessor', () => {
  it('takes the one successor of a unit absorbed whole', () => {
    expect(chooseSuccessor([{ code: '27931', name: 'Xã Hậu Nghĩa', kind: 'FULL' }], 'Khu phố 1, thị trấn Hậu Nghĩa')).toEqual({ code: '27931', name: 'Xã Hậu Nghĩa', resolution: 'FULL' });
  });

  it('takes the successor of a split unit that the address names, without case or diacritics', () => {
    expect(chooseSuccessor([MY_HANH, DUC_LAP], 'Ấp Bình Tả 2, xã Đức Hòa Thượng (nay là XA MY HANH)')).toMatchObject({ code: '27976', resolution: 'PARTIAL_BY_ADDRESS' });
  });

  it('takes the first by code when the address names none of them, or several', () => {
    expect(chooseSuccessor([MY_HANH, DUC_LAP], 'Ấp Bình Tiền 1, xã Đức Hòa Thượng')).toMatchObject({ code: '27964', resolution: 'PARTIAL_FIRST_BY_CODE' });
    expect(chooseSuccessor([MY_HANH, DUC_LAP], 'giáp ranh: xã Đức Lập, xã Mỹ Hạnh')).toMatchObject({ code: '27964', resolution: 'PARTIAL_FIRST_BY_CODE' });
  });

  it('reads a name only as a phrase of its own', () => {
    expect(chooseSuccessor([MY_HANH, DUC_LAP], 'Ấp 3, xã Đức Lập Thượng')).toMatchObject({ resolution: 'PARTIAL_FIRST_BY_CODE' });
    expect(chooseSuccessor([MY_HANH, { code: '27937', name: 'Xã Đức Hòa', kind: 'PARTIAL' }], 'Ấp 1, xã Hựu Thạnh, huyện Đức Hòa')).toMatchObject({
      code: '27937',
      resolution: 'PARTIAL_FIRST_BY_CODE',
    });
  });

  it('has nothing to say for a unit without successors (a district)', () => {
    expect(chooseSuccessor([], 'Huyện Đức Hòa')).toBeNull();
  });
});

describe('plainText', () => {
  it('drops case, diacritics and extra spaces', () => {
    expect(plainText('  Xã  Đức Hòa   Thượng ')).toBe('xa duc hoa thuong');
  });
});
