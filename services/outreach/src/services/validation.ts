import { AppError, isDayKey, type LocalizedText } from '@motcua/platform';

/** VALIDATION_FAILED for one field, with a message that says what to fix, in both languages. */
export function invalid(field: string, constraint: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { message, details: { fields: [{ field, constraints: [constraint] }] } });
}

export function notFound(what: LocalizedText, id: string): AppError {
  return new AppError('NOT_FOUND', { message: { vi: `Không tìm thấy ${what.vi}.`, en: `No such ${what.en}.` }, details: { id } });
}

/** A period [from, to] of whole days; at most `maxDays` long. */
export function checkPeriod(from: string, to: string, maxDays = 366 * 5): void {
  if (!isDayKey(from)) throw invalid('from', 'date', { vi: 'Ngày bắt đầu không hợp lệ.', en: 'The start date is not valid.' });
  if (!isDayKey(to)) throw invalid('to', 'date', { vi: 'Ngày kết thúc không hợp lệ.', en: 'The end date is not valid.' });
  if (to < from) throw invalid('to', 'afterFrom', { vi: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.', en: 'The end date must not be before the start date.' });
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > maxDays) throw invalid('to', 'maxLength', { vi: 'Khoảng thời gian quá dài.', en: 'The period is too long.' });
}

/** Trims a text; empty becomes null. */
export function cleanText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Required text: trimmed, and not blank. */
export function requiredText(value: string, field: string, label: LocalizedText): string {
  const trimmed = value.trim();
  if (!trimmed) throw invalid(field, 'isNotEmpty', { vi: `Vui lòng nhập ${label.vi}.`, en: `Please enter ${label.en}.` });
  return trimmed;
}

const PROCEDURE_CODE = /^\d{1,2}\.\d{6}$/;
const DOSSIER_CODE = /^[0-9A-Z.]{3,40}-\d{6}-\d{4}$/;

export function procedureCodeOrNull(value: string | null | undefined): string | null {
  const code = cleanText(value);
  if (code && !PROCEDURE_CODE.test(code))
    throw invalid('procedureCode', 'format', { vi: 'Mã thủ tục không đúng dạng (ví dụ 1.001193).', en: 'The procedure code is not in the right form (e.g. 1.001193).' });
  return code;
}

export function dossierCodeOrNull(value: string | null | undefined): string | null {
  const code = cleanText(value)?.toUpperCase() ?? null;
  if (code && !DOSSIER_CODE.test(code)) {
    throw invalid('dossierCode', 'format', { vi: 'Mã hồ sơ không đúng dạng (ví dụ 000.21.25.H39-261127-0001).', en: 'The dossier code is not in the right form (e.g. 000.21.25.H39-261127-0001).' });
  }
  return code;
}

/** An instant that has happened (a record of the past), allowing a few minutes of clock difference. */
export function notInFuture(value: Date, field: string, now: Date): void {
  if (value.getTime() > now.getTime() + 10 * 60_000) {
    throw invalid(field, 'notFuture', { vi: 'Thời điểm này chưa đến: chỉ ghi nhận việc đã diễn ra.', en: 'This time has not come yet: record only what has happened.' });
  }
}
