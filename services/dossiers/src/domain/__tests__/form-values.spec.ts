import { describe, expect, it } from 'vitest';
import { formValueProblems, type FormFieldRule } from '../form-values';

const fields: FormFieldRule[] = [
  { key: 'ho-ten-tre', label: 'Họ tên trẻ', required: true, type: 'text' },
  { key: 'ngay-sinh', label: 'Ngày sinh', required: true, type: 'date' },
  { key: 'gioi-tinh', label: 'Giới tính', required: true, type: 'select', options: ['Nam', 'Nữ'] },
  { key: 'so-trang', label: 'Số trang', required: false, type: 'number' },
  { key: 'ghi-chu', label: 'Ghi chú', required: false, type: 'textarea' },
];

describe("a form's values against its fields", () => {
  it('passes what a person types or picks, empty optional values included', () => {
    expect(formValueProblems(fields, { 'ho-ten-tre': 'Nguyễn Minh Khang', 'ngay-sinh': '2026-11-20', 'gioi-tinh': 'Nam', 'so-trang': 3, 'ghi-chu': '' })).toEqual({});
    expect(formValueProblems(fields, { 'so-trang': '12' })).toEqual({});
    expect(formValueProblems(fields, null)).toEqual({});
  });

  it('refuses impossible dates, choices not offered, objects, unknown keys and oversized text', () => {
    expect(
      formValueProblems(fields, {
        'ngay-sinh': '2022-02-30',
        'gioi-tinh': 'Khác',
        'ho-ten-tre': { first: 'Khang' },
        'khong-co': 'x',
        'ghi-chu': 'x'.repeat(900_000),
        'so-trang': 1e12,
      }),
    ).toEqual({ 'ngay-sinh': 'notADate', 'gioi-tinh': 'notAnOption', 'ho-ten-tre': 'notText', 'khong-co': 'unknown', 'ghi-chu': 'tooLong', 'so-trang': 'notANumber' });
    expect(formValueProblems(fields, { 'ngay-sinh': '275760-01-01' })).toEqual({ 'ngay-sinh': 'notADate' });
    expect(formValueProblems(fields, { 'ngay-sinh': '1899-12-31', 'so-trang': -1 })).toEqual({ 'ngay-sinh': 'notADate', 'so-trang': 'notANumber' });
  });
});
