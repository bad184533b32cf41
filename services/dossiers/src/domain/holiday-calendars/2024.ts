import {
  compensatory,
  holiday,
  swapped,
  HUNG_KINGS,
  LABOUR,
  LABOUR_CODE_ART_112_3,
  NATIONAL,
  NATIONAL_ADJACENT,
  NEW_YEAR,
  REUNIFICATION,
  TET,
  type HolidayCalendarYear,
  type LegalSource,
} from './holiday-calendar';

// Tết 8–14/2 (5 Tết days + 2 compensatory); 2/9: 31/8–3/9. Monday 29/4 swapped with Saturday 4/5 → 27/4–1/5 off.
const ANNOUNCEMENT: LegalSource = { citation: 'Thông báo của Bộ Lao động - Thương binh và Xã hội về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024' };
const SWAP: LegalSource = { citation: 'Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ' };
/** Which days of Tết and which day next to 2/9: fixed under art. 112(3) by the announcement. */
const TET_SPAN: LegalSource = { citation: `${LABOUR_CODE_ART_112_3.citation}; ${ANNOUNCEMENT.citation}` };

export const YEAR_2024: HolidayCalendarYear = {
  year: 2024,
  daysOff: [
    holiday('2024-01-01', NEW_YEAR),
    ...['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'].map((d) => holiday(d, TET, TET_SPAN)),
    compensatory('2024-02-13', TET),
    compensatory('2024-02-14', TET),
    holiday('2024-04-18', HUNG_KINGS),
    swapped('2024-04-29', '04/5', SWAP),
    holiday('2024-04-30', REUNIFICATION),
    holiday('2024-05-01', LABOUR),
    holiday('2024-09-02', NATIONAL),
    holiday('2024-09-03', NATIONAL_ADJACENT, TET_SPAN),
  ],
  makeUpWorkingDays: [{ date: '2024-05-04', source: SWAP }],
};
