import { describe, expect, it } from 'vitest';
import { calloutSpeech, calloutText } from '../callout';

describe('callout', () => {
  it('words the call as the brief does', () => {
    expect(calloutText({ maskedName: 'Nguyễn V. A.', codeTail: '261126-0001', counter: 2 })).toBe('Mời ông/bà Nguyễn V. A., hồ sơ số 261126-0001, đến quầy số 2 nhận kết quả.');
  });

  it('addresses the holder of the dossier when there is no name', () => {
    expect(calloutText({ codeTail: '261126-0001', counter: 1 })).toBe('Mời người có hồ sơ số 261126-0001 đến quầy số 1 nhận kết quả.');
  });

  it('has an English version for the display', () => {
    expect(calloutText({ maskedName: 'Nguyễn V. A.', codeTail: '261126-0001', counter: 2 }, 'en')).toBe(
      'Mr/Ms Nguyễn V. A., dossier number 261126-0001, please come to counter 2 to collect your result.',
    );
  });

  it('spaces the digits for the voice', () => {
    expect(calloutSpeech({ maskedName: 'Nguyễn V. A.', codeTail: '261126-0001', counter: 2 })).toBe('Mời ông/bà Nguyễn V. A., hồ sơ số 2 6 1 1 2 6, 0 0 0 1, đến quầy số 2 nhận kết quả.');
  });
});
