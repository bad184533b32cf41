import { describe, expect, it } from 'vitest';
import { smsSegments, unaccent } from '../domain/sms-text';

describe('SMS text', () => {
  it('drops Vietnamese diacritics, đ included', () => {
    expect(unaccent('Hồ sơ đã có kết quả. Mời ông/bà Đặng Thị Giang')).toBe('Ho so da co ket qua. Moi ong/ba Dang Thi Giang');
  });

  it('counts GSM 7-bit text in parts of 160, then 153', () => {
    expect(smsSegments('a'.repeat(160))).toMatchObject({ encoding: 'GSM7', segments: 1, perSegment: 160 });
    expect(smsSegments('a'.repeat(161))).toMatchObject({ encoding: 'GSM7', segments: 2, perSegment: 153 });
    expect(smsSegments('a'.repeat(306))).toMatchObject({ segments: 2 });
    expect(smsSegments('a'.repeat(307))).toMatchObject({ segments: 3 });
  });

  it('counts the extension characters twice', () => {
    expect(smsSegments('€'.repeat(80))).toMatchObject({ encoding: 'GSM7', length: 160, segments: 1 });
    expect(smsSegments('{'.repeat(81))).toMatchObject({ length: 162, segments: 2 });
  });

  it('sends text with diacritics as UCS-2 in parts of 70, then 67', () => {
    expect(smsSegments('ồ'.repeat(70))).toMatchObject({ encoding: 'UCS2', segments: 1, perSegment: 70 });
    expect(smsSegments('ồ'.repeat(71))).toMatchObject({ encoding: 'UCS2', segments: 2, perSegment: 67 });
    expect(smsSegments('')).toMatchObject({ segments: 0 });
  });

  it('makes an unaccented status message one part', () => {
    const text = unaccent('Hồ sơ 000.00.27.H52-250101-0001 đã có kết quả. Tải về hoặc xem cách nhận: https://dvc.tayninh.gov.vn/ho-so-cua-toi/000.00.27.H52-250101-0001');
    expect(smsSegments(text)).toMatchObject({ encoding: 'GSM7', segments: 1 });
  });
});
