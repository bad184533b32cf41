import { isDayKey } from '@motcua/platform';

/** A field of a procedure's form, as the procedures service publishes it. */
export interface FormFieldRule {
  key: string;
  label: string;
  required: boolean;
  /** 'text' | 'textarea' | 'date' | 'number' | 'select' */
  type: string;
  options?: string[] | null;
}

export type FormValueProblem = 'unknown' | 'notText' | 'tooLong' | 'notADate' | 'notANumber' | 'notAnOption';

const MAX_LENGTH: Record<string, number> = { text: 300, textarea: 4000 };
const MAX_NUMBER = 1_000_000;
/** Dates on a form are births, deaths, marriages, land records: none before 1900 or after 2100. */
const DATE_RANGE = { from: '1900-01-01', to: '2100-12-31' };

/**
 * What is wrong with each value of a form, by key: values are what a person types or picks (a string, or a number
 * for a number field), checked against the field's type, options and size; keys the form does not have are refused.
 * Emptiness is the required-field check's business, not this one's.
 */
export function formValueProblems(fields: readonly FormFieldRule[], formData: Record<string, unknown> | null | undefined): Record<string, FormValueProblem> {
  const problems: Record<string, FormValueProblem> = {};
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const [key, value] of Object.entries(formData ?? {})) {
    const field = byKey.get(key);
    if (!field) {
      problems[key] = 'unknown';
      continue;
    }
    if (value === null || value === '') continue;
    if (field.type === 'number') {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(number) || number < 0 || number > MAX_NUMBER) problems[key] = 'notANumber';
      continue;
    }
    if (typeof value !== 'string') {
      problems[key] = 'notText';
      continue;
    }
    const text = value.trim();
    if (field.type === 'date') {
      if (!isDayKey(text) || text < DATE_RANGE.from || text > DATE_RANGE.to) problems[key] = 'notADate';
    } else if (field.type === 'select') {
      if (!(field.options ?? []).includes(text)) problems[key] = 'notAnOption';
    } else if (text.length > (MAX_LENGTH[field.type] ?? MAX_LENGTH.text)) {
      problems[key] = 'tooLong';
    }
  }
  return problems;
}

export const FORM_VALUE_MESSAGES: Record<FormValueProblem, { vi: string; en: string }> = {
  unknown: { vi: 'không có trong tờ khai của thủ tục', en: "is not a field of the procedure's form" },
  notText: { vi: 'phải là chữ', en: 'must be text' },
  tooLong: { vi: 'quá dài', en: 'is too long' },
  notADate: { vi: 'không phải là ngày có thật (năm 1900–2100)', en: 'is not a real date (years 1900–2100)' },
  notANumber: { vi: 'phải là số từ 0 đến 1.000.000', en: 'must be a number from 0 to 1,000,000' },
  notAnOption: { vi: 'không thuộc các lựa chọn của tờ khai', en: "is not one of the form's choices" },
};
