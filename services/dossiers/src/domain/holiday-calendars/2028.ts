import { compensatory, holiday, provisional, HUNG_KINGS, LABOUR, LABOUR_CODE_ART_112_3, NATIONAL, NATIONAL_ADJACENT, NEW_YEAR, REUNIFICATION, TET, type HolidayCalendarYear } from './holiday-calendar';

// Not announced yet. Tết is Wednesday 26/1, as in 2025: Mon 24/1–Fri 28/1 guessed. 1/1 and 2/9 fall on
// Saturdays, 30/4 on a Sunday: compensation per art. 111(3).
/** No announcement yet: the span is a guess under art. 112(3). */
const TET_SPAN = LABOUR_CODE_ART_112_3;

export const YEAR_2028: HolidayCalendarYear = {
  year: 2028,
  daysOff: [
    holiday('2028-01-01', NEW_YEAR),
    compensatory('2028-01-03', NEW_YEAR),
    ...['2028-01-24', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28'].map((d) => provisional(holiday(d, TET, TET_SPAN))),
    holiday('2028-04-04', HUNG_KINGS),
    holiday('2028-04-30', REUNIFICATION),
    holiday('2028-05-01', LABOUR),
    compensatory('2028-05-02', REUNIFICATION),
    provisional(holiday('2028-09-01', NATIONAL_ADJACENT, TET_SPAN)),
    holiday('2028-09-02', NATIONAL),
    compensatory('2028-09-04', NATIONAL),
  ],
  makeUpWorkingDays: [],
};
