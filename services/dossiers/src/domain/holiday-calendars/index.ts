import type { HolidayCalendarYear } from './holiday-calendar';
import { YEAR_2022 } from './2022';
import { YEAR_2023 } from './2023';
import { YEAR_2024 } from './2024';
import { YEAR_2025 } from './2025';
import { YEAR_2026 } from './2026';
import { YEAR_2027 } from './2027';
import { YEAR_2028 } from './2028';

/** Every year with a calendar. A new year: a new file beside this one, listed here. */
export const HOLIDAY_CALENDARS: readonly HolidayCalendarYear[] = [YEAR_2022, YEAR_2023, YEAR_2024, YEAR_2025, YEAR_2026, YEAR_2027, YEAR_2028];
