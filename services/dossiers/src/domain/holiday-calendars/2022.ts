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

// Tết 29/1–6/2 (VPCP letter 245/VPCP-KGVX, 11/01/2022). 2/9: 1–2/9. Hùng Kings on Sunday 10/4 → 11/4.
const ANNOUNCEMENT: LegalSource = { citation: 'Công văn 245/VPCP-KGVX ngày 11/01/2022 của Văn phòng Chính phủ' };
/** Which days of Tết and which day next to 2/9: fixed under art. 112(3) by the announcement. */
const TET_SPAN: LegalSource = { citation: `${LABOUR_CODE_ART_112_3.citation}; ${ANNOUNCEMENT.citation}` };

export const YEAR_2022: HolidayCalendarYear = {
  year: 2022,
  daysOff: [
    holiday('2022-01-01', NEW_YEAR),
    compensatory('2022-01-03', NEW_YEAR),
    ...['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'].map((d) => holiday(d, TET, TET_SPAN)),
    holiday('2022-04-10', HUNG_KINGS),
    compensatory('2022-04-11', HUNG_KINGS),
    holiday('2022-04-30', REUNIFICATION),
    holiday('2022-05-01', LABOUR),
    compensatory('2022-05-02', REUNIFICATION),
    compensatory('2022-05-03', LABOUR),
    holiday('2022-09-01', NATIONAL_ADJACENT, TET_SPAN),
    holiday('2022-09-02', NATIONAL),
  ],
  makeUpWorkingDays: [],
};
