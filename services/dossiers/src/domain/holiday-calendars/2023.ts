import {
  compensatory,
  holiday,
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

// Tết 20–26/1 (5 Tết days + 2 compensatory), 2/9: 1–4/9; 29/4 (Hùng Kings, Saturday) to 3/5 with two
// compensatory days.
const ANNOUNCEMENT: LegalSource = { citation: 'Công văn 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ' };
/** Which days of Tết and which day next to 2/9: fixed under art. 112(3) by the announcement. */
const TET_SPAN: LegalSource = { citation: `${LABOUR_CODE_ART_112_3.citation}; ${ANNOUNCEMENT.citation}` };

export const YEAR_2023: HolidayCalendarYear = {
  year: 2023,
  daysOff: [
    holiday('2023-01-01', NEW_YEAR),
    compensatory('2023-01-02', NEW_YEAR),
    ...['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24'].map((d) => holiday(d, TET, TET_SPAN)),
    compensatory('2023-01-25', TET),
    compensatory('2023-01-26', TET),
    holiday('2023-04-29', HUNG_KINGS),
    holiday('2023-04-30', REUNIFICATION),
    holiday('2023-05-01', LABOUR),
    compensatory('2023-05-02', HUNG_KINGS),
    compensatory('2023-05-03', REUNIFICATION),
    holiday('2023-09-01', NATIONAL_ADJACENT, TET_SPAN),
    holiday('2023-09-02', NATIONAL),
    compensatory('2023-09-04', NATIONAL),
  ],
  makeUpWorkingDays: [],
};
