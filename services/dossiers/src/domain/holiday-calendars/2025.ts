import { holiday, swapped, HUNG_KINGS, LABOUR, LABOUR_CODE_ART_112_3, NATIONAL, NATIONAL_ADJACENT, NEW_YEAR, REUNIFICATION, TET, type HolidayCalendarYear, type LegalSource } from './holiday-calendar';

// Tết 25/1–2/2 (Mon 27/1–Fri 31/1 are the 5 Tết days); Friday 2/5 swapped with Saturday 26/4 → 30/4–4/5 off;
// 2/9: 30/8–2/9.
const ANNOUNCEMENT: LegalSource = { citation: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ' };
const SWAP = ANNOUNCEMENT;
/** Which days of Tết and which day next to 2/9: fixed under art. 112(3) by the announcement. */
const TET_SPAN: LegalSource = { citation: `${LABOUR_CODE_ART_112_3.citation}; ${ANNOUNCEMENT.citation}` };

export const YEAR_2025: HolidayCalendarYear = {
  year: 2025,
  daysOff: [
    holiday('2025-01-01', NEW_YEAR),
    ...['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'].map((d) => holiday(d, TET, TET_SPAN)),
    holiday('2025-04-07', HUNG_KINGS),
    holiday('2025-04-30', REUNIFICATION),
    holiday('2025-05-01', LABOUR),
    swapped('2025-05-02', '26/4', SWAP),
    holiday('2025-09-01', NATIONAL_ADJACENT, TET_SPAN),
    holiday('2025-09-02', NATIONAL),
  ],
  makeUpWorkingDays: [{ date: '2025-04-26', source: SWAP }],
};
