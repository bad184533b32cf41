import { describe, expect, it } from 'vitest';
import { calloutSentence, codeTail, maskName } from '../masking';

describe('maskName', () => {
  it('keeps the family name and initials', () => {
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V. A.');
    expect(maskName('Trần Thị Ánh Tuyết')).toBe('Trần T. Á. T.');
    expect(maskName('Lê đức')).toBe('Lê Đ.');
  });

  it('handles spacing, decomposed diacritics, single and empty names', () => {
    expect(maskName('  Phạm   Minh  ')).toBe('Phạm M.');
    expect(maskName('Nguyễn Văn Ánh'.normalize('NFD'))).toBe('Nguyễn V. Á.');
    expect(maskName('An')).toBe('A.');
    expect(maskName('   ')).toBe('');
  });
});

describe('codeTail', () => {
  it('keeps the received date and the sequence', () => {
    expect(codeTail('H41.25-250312-0012')).toBe('250312-0012');
    expect(codeTail('000.00.12.H41-260223-0450')).toBe('260223-0450');
  });

  it('is null for something that is not a code', () => {
    expect(codeTail('hello')).toBeNull();
  });
});

describe('calloutSentence', () => {
  const base = { maskedName: 'Nguyễn V. A.', codeTail: '250312-0012', counter: 2 };

  it('speaks Vietnamese by default', () => {
    expect(calloutSentence(base)).toBe('Mời ông/bà Nguyễn V. A., hồ sơ số 250312-0012, đến quầy số 2 nhận kết quả.');
    expect(calloutSentence({ ...base, salutation: 'MR' })).toBe('Mời ông Nguyễn V. A., hồ sơ số 250312-0012, đến quầy số 2 nhận kết quả.');
    expect(calloutSentence({ ...base, salutation: 'MS', counter: 'A3' })).toBe('Mời bà Nguyễn V. A., hồ sơ số 250312-0012, đến quầy số A3 nhận kết quả.');
  });

  it('calls the holder of the dossier when there is no name', () => {
    expect(calloutSentence({ codeTail: '250312-0012', counter: 2 })).toBe('Mời người có hồ sơ số 250312-0012 đến quầy số 2 nhận kết quả.');
  });

  it('has an English variant', () => {
    expect(calloutSentence(base, 'en')).toBe('Mr/Ms Nguyễn V. A., dossier number 250312-0012, please come to counter 2 to collect your result.');
    expect(calloutSentence({ codeTail: '250312-0012', counter: 2, salutation: 'MS' }, 'en')).toBe('Dossier number 250312-0012, please come to counter 2 to collect your result.');
  });
});
