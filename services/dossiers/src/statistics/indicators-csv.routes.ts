import type { Express, Request } from 'express';
import { AppError, isDayKey, sendRouteError, signedInCaller, type ServiceDeps } from '@motcua/platform';
import { catalogue } from './catalogue';
import { IndicatorsService } from './indicators.service';
import type { IndicatorFigures, Indicators } from './indicators.types';

type Breakdown = 'unit' | 'procedure' | 'field' | 'month';
type Lang = 'vi' | 'en';
type Label = Record<Lang, string>;

/** Headers in the reader's language; each figure is a number, whatever the language. */
const FIGURE_COLUMNS: [header: Label, value: (f: IndicatorFigures) => number | null][] = [
  [{ vi: 'Tổng số hồ sơ', en: 'Dossiers' }, (f) => f.totalDossiers],
  [{ vi: 'Hồ sơ trực tuyến', en: 'Online dossiers' }, (f) => f.onlineDossiers],
  [{ vi: 'Hồ sơ trực tiếp, bưu chính', en: 'In person and by post' }, (f) => f.inPersonDossiers],
  [{ vi: 'Tỷ lệ trực tuyến', en: 'Online share' }, (f) => f.onlineShare],
  [{ vi: 'Đã giải quyết', en: 'Settled' }, (f) => f.counts.settled],
  [{ vi: 'Tỷ lệ đúng hạn', en: 'On-time share' }, (f) => f.onTimeShare],
  [{ vi: 'Hồ sơ đã nộp phí', en: 'Fees paid' }, (f) => f.counts.feesPaid],
  [{ vi: 'Tỷ lệ thanh toán trực tuyến', en: 'Online payment share' }, (f) => f.onlinePaymentShare],
  [{ vi: 'Tỷ lệ số hóa hồ sơ', en: 'Dossiers digitised share' }, (f) => f.digitisedShare],
  [{ vi: 'Tỷ lệ số hóa kết quả', en: 'Results digitised share' }, (f) => f.resultsDigitisedShare],
  [{ vi: 'Tỷ lệ tái sử dụng giấy tờ', en: 'Document reuse share' }, (f) => f.reuseShare],
  [{ vi: 'Đã trả kết quả', en: 'Returned' }, (f) => f.counts.returned],
  [{ vi: 'Tỷ lệ trả qua bưu chính', en: 'Returned by post share' }, (f) => f.postalReturnShare],
  [{ vi: 'Lượt đánh giá', en: 'Ratings' }, (f) => f.counts.ratings],
  [{ vi: 'Mức hài lòng', en: 'Satisfaction' }, (f) => f.satisfaction],
];

/** The readable names of the codes a row carries; the code itself stays in a column of its own, for machines. */
const CODE_LABELS: Record<string, Label> = {
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  DISTRICT: { vi: 'Huyện', en: 'District' },
  COMMUNE: { vi: 'Xã', en: 'Commune' },
  UNKNOWN: { vi: 'Không rõ', en: 'Unknown' },
  FULL: { vi: 'Toàn trình', en: 'Full process' },
  PARTIAL: { vi: 'Một phần', en: 'Partial' },
  NONE: { vi: 'Không trực tuyến', en: 'Not online' },
};

const TEXT = {
  total: { vi: 'Tổng cộng', en: 'Total' },
  own: { vi: 'trực tiếp', en: 'directly' },
} satisfies Record<string, Label>;

const KEY_HEADERS: Record<Breakdown, Label[]> = {
  unit: [
    { vi: 'Mã đơn vị', en: 'Unit code' },
    { vi: 'Tên đơn vị', en: 'Unit' },
    { vi: 'Cấp', en: 'Level' },
    { vi: 'Mã cấp', en: 'Level code' },
    { vi: 'Xếp hạng', en: 'Rank' },
  ],
  procedure: [
    { vi: 'Mã thủ tục', en: 'Procedure code' },
    { vi: 'Tên thủ tục', en: 'Procedure' },
    { vi: 'Lĩnh vực', en: 'Field' },
    { vi: 'Cấp giải quyết', en: 'Settling level' },
    { vi: 'Mã cấp giải quyết', en: 'Settling level code' },
    { vi: 'Mức độ trực tuyến', en: 'Online service' },
    { vi: 'Mã mức độ trực tuyến', en: 'Online service code' },
  ],
  field: [{ vi: 'Lĩnh vực', en: 'Field' }],
  month: [{ vi: 'Tháng', en: 'Month' }],
};

/**
 * GET /statistics/indicators.csv?unitCode&from&to[&asOf][&by=unit|procedure|field|month][&lang=vi|en] (bearer token;
 * the same rules as the `indicators` query): the breakdown as CSV, UTF-8 with a BOM so spreadsheets read Vietnamese.
 * Headers are in the reader's language (Vietnamese unless `lang=en`); a code (unit, procedure, level) keeps a column
 * of its own beside its name. The first line after the header is the total of the unit asked for.
 */
export function mountIndicatorsCsvRoute(app: Express, deps: ServiceDeps): void {
  app.get('/statistics/indicators.csv', async (req, res) => {
    try {
      const caller = await signedInCaller(req, deps.verify);
      const by = breakdownOf(req.query.by);
      const lang: Lang = req.query.lang === 'en' ? 'en' : 'vi';
      const indicators = await new IndicatorsService(deps.orm.em.fork(), catalogue).indicators(
        caller,
        typeof req.query.unitCode === 'string' ? req.query.unitCode : null,
        dateParam(req, 'from'),
        dateParam(req, 'to'),
        req.query.asOf === undefined ? null : dateParam(req, 'asOf'),
      );
      const { from, to } = indicators;
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="indicators-${indicators.unit?.code ?? 'all'}-${from}-${to}-${by}.csv"`);
      res.send(`\uFEFF${toCsv(indicators, by, lang)}`);
    } catch (err) {
      sendRouteError(res, err, deps.log, 'indicators export failed');
    }
  });
}

function breakdownOf(value: unknown): Breakdown {
  if (value === undefined) return 'unit';
  if (value === 'unit' || value === 'procedure' || value === 'field' || value === 'month') return value;
  throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'by' }] } });
}

function dateParam(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== 'string' || !isDayKey(value)) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: name }] } });
  return value;
}

function toCsv(i: Indicators, by: Breakdown, lang: Lang): string {
  const label = (code: string | null) => (code ? (CODE_LABELS[code]?.[lang] ?? code) : '');
  const keyed: [string[], IndicatorFigures][] =
    by === 'unit'
      ? i.byUnit.map((u) => [[u.unitCode, u.own ? `${u.unitName} (${TEXT.own[lang]})` : u.unitName, label(u.level), u.level, u.rank === null ? '' : String(u.rank)], u])
      : by === 'procedure'
        ? i.byProcedure.map((p) => [[p.procedureCode, p.procedureName ?? '', p.field ?? '', label(p.settlingLevel), p.settlingLevel ?? '', label(p.onlineLevel), p.onlineLevel ?? ''], p])
        : by === 'field'
          ? i.byField.map((f) => [[f.field], f])
          : i.byMonth.map((m) => [[m.month], m]);
  const totalKeys: string[] = KEY_HEADERS[by].map((_, k) => (k === 0 ? TEXT.total[lang] : ''));
  if (by === 'unit') totalKeys.splice(0, 2, i.unit?.code ?? '', TEXT.total[lang]);
  const total: [string[], IndicatorFigures] = [totalKeys, i];
  const header = [...KEY_HEADERS[by], ...FIGURE_COLUMNS.map(([h]) => h)].map((h) => h[lang]);
  const lines = [header, ...[total, ...keyed].map(([keys, f]) => [...keys, ...FIGURE_COLUMNS.map(([, value]) => format(value(f)))])];
  return `${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}

function format(value: number | null): string {
  if (value === null) return '';
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
