/**
 * The applicant's identification number: the 12-digit personal identification number (số định danh cá
 * nhân) printed on the identity card (thẻ căn cước / CCCD). The 9-digit identity card (CMND) stopped being
 * valid on 31 Dec 2024 (Law on Identification 2023, 26/2023/QH15, art. 46), so it is refused.
 * Only the shape is checked: the digits' meaning (province, century and sex, birth year) is the police's
 * to assign, and a stricter check would refuse real numbers we have not seen.
 */
const PERSONAL_ID_NUMBER = /^\d{12}$/;

export const PERSONAL_ID_NUMBER_RULE = {
  vi: 'Số định danh cá nhân gồm đúng 12 chữ số; CMND 9 số hết giá trị từ ngày 01/01/2025.',
  en: 'The personal identification number has exactly 12 digits; 9-digit ID cards expired on 1 January 2025.',
} as const;

export function isPersonalIdNumber(value: unknown): value is string {
  return typeof value === 'string' && PERSONAL_ID_NUMBER.test(value);
}
