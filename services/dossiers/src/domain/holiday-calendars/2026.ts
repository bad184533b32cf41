import {
  compensatory,
  holiday,
  provisional,
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

// 1–4/1, Friday 2/1 swapped with Saturday 10/1. Tết 14–22/2 (Mon 16/2–Fri 20/2 are the 5 Tết days), as approved
// and reported in Oct–Dec 2025. Hùng Kings on Sunday 26/4 → 27/4. The 2/9 neighbour (2/9 is a Wednesday): no
// announcement could be found; the Ministry of Home Affairs' proposal reported in Oct 2025 is not a decision.
const ANNOUNCEMENT: LegalSource = {
  citation: 'Phương án nghỉ Tết Âm lịch 2026 do Bộ Nội vụ trình, Thủ tướng đồng ý (báo chí đưa tin 10–12/2025)',
  url: 'https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm',
};
const SWAP: LegalSource = { citation: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ' };
const CULTURE_DAY: LegalSource = {
  citation: 'Nghị quyết 80-NQ/TW ngày 07/01/2026 của Bộ Chính trị; Nghị quyết 30/NQ-CP (02/2026) giao sửa Điều 112 Bộ luật Lao động',
  url: 'https://dantri.com.vn/noi-vu/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-nam-20260225151756397.htm',
};
/** Which days of Tết and which day next to 2/9: fixed under art. 112(3) by the announcement. */
const TET_SPAN: LegalSource = { citation: `${LABOUR_CODE_ART_112_3.citation}; ${ANNOUNCEMENT.citation}`, url: ANNOUNCEMENT.url };

export const YEAR_2026: HolidayCalendarYear = {
  year: 2026,
  daysOff: [
    holiday('2026-01-01', NEW_YEAR),
    swapped('2026-01-02', '10/01', SWAP),
    ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => holiday(d, TET, TET_SPAN)),
    holiday('2026-04-26', HUNG_KINGS),
    compensatory('2026-04-27', HUNG_KINGS),
    holiday('2026-04-30', REUNIFICATION),
    holiday('2026-05-01', LABOUR),
    provisional(holiday('2026-09-01', NATIONAL_ADJACENT, LABOUR_CODE_ART_112_3)),
    holiday('2026-09-02', NATIONAL),
  ],
  makeUpWorkingDays: [{ date: '2026-01-10', source: SWAP }],
  notDaysOff: [
    {
      date: '2026-11-24',
      name: 'Ngày Văn hóa Việt Nam',
      source: CULTURE_DAY,
      why: "A paid day off in the Politburo's intent, but it needs art. 112(1) of the Labour Code amended; no amendment in force could be found.",
    },
  ],
};
