import { compensatory, holiday, provisional, HUNG_KINGS, LABOUR, LABOUR_CODE_ART_112_3, NATIONAL, NATIONAL_ADJACENT, NEW_YEAR, REUNIFICATION, TET, type HolidayCalendarYear } from './holiday-calendar';

// Not announced yet. Statutory days and their art. 111(3) compensation are certain; the Tết span (Tết is Saturday
// 6/2: the pattern of 2024 — last day of the year + 4, weekend days compensated) and the 2/9 neighbour (Friday 3/9,
// bridging to the weekend) are guesses.
/** No announcement yet: the span is a guess under art. 112(3). */
const TET_SPAN = LABOUR_CODE_ART_112_3;

export const YEAR_2027: HolidayCalendarYear = {
  year: 2027,
  daysOff: [
    holiday('2027-01-01', NEW_YEAR),
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((d) => provisional(holiday(d, TET, TET_SPAN))),
    provisional(compensatory('2027-02-10', TET)),
    provisional(compensatory('2027-02-11', TET)),
    holiday('2027-04-16', HUNG_KINGS),
    holiday('2027-04-30', REUNIFICATION),
    holiday('2027-05-01', LABOUR),
    compensatory('2027-05-03', LABOUR),
    holiday('2027-09-02', NATIONAL),
    provisional(holiday('2027-09-03', NATIONAL_ADJACENT, TET_SPAN)),
  ],
  makeUpWorkingDays: [],
};
