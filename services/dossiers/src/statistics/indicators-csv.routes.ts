import type { Express, Request } from 'express';
import { AppError, sendRouteError, signedInCaller, type ServiceDeps } from '@motcua/platform';
import { catalogue } from './catalogue';
import { IndicatorsService } from './indicators.service';
import type { IndicatorFigures, Indicators } from './indicators.types';

type Breakdown = 'unit' | 'procedure' | 'field' | 'month';

const FIGURE_COLUMNS: [header: string, value: (f: IndicatorFigures) => number | null][] = [
  ['totalDossiers', (f) => f.totalDossiers],
  ['onlineDossiers', (f) => f.onlineDossiers],
  ['inPersonDossiers', (f) => f.inPersonDossiers],
  ['onlineShare', (f) => f.onlineShare],
  ['settled', (f) => f.counts.settled],
  ['onTimeShare', (f) => f.onTimeShare],
  ['feesPaid', (f) => f.counts.feesPaid],
  ['onlinePaymentShare', (f) => f.onlinePaymentShare],
  ['digitisedShare', (f) => f.digitisedShare],
  ['resultsDigitisedShare', (f) => f.resultsDigitisedShare],
  ['reuseShare', (f) => f.reuseShare],
  ['returned', (f) => f.counts.returned],
  ['postalReturnShare', (f) => f.postalReturnShare],
  ['ratings', (f) => f.counts.ratings],
  ['satisfaction', (f) => f.satisfaction],
];

/**
 * GET /statistics/indicators.csv?unitCode&from&to[&asOf][&by=unit|procedure|field|month] (bearer token; the same
 * rules as the `indicators` query): the breakdown as CSV, UTF-8 with a BOM so spreadsheets read Vietnamese.
 * The first line after the header is the total of the unit asked for.
 */
export function mountIndicatorsCsvRoute(app: Express, deps: ServiceDeps): void {
  app.get('/statistics/indicators.csv', async (req, res) => {
    try {
      const caller = await signedInCaller(req, deps.verify);
      const by = breakdownOf(req.query.by);
      const indicators = await new IndicatorsService(deps.orm.em.fork(), catalogue).indicators(
        caller,
        typeof req.query.unitCode === 'string' ? req.query.unitCode : null,
        dateParam(req, 'from'),
        dateParam(req, 'to'),
        req.query.asOf === undefined ? null : dateParam(req, 'asOf'),
      );
      const from = indicators.from.toISOString().slice(0, 10);
      const to = indicators.to.toISOString().slice(0, 10);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="indicators-${indicators.unit?.code ?? 'all'}-${from}-${to}-${by}.csv"`);
      res.send(`\uFEFF${toCsv(indicators, by)}`);
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

function dateParam(req: Request, name: string): Date {
  const value = req.query[name];
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: name }] } });
  }
  return date;
}

function toCsv(i: Indicators, by: Breakdown): string {
  const keyHeaders: Record<Breakdown, string[]> = {
    unit: ['unitCode', 'unitName', 'level', 'rank'],
    procedure: ['procedureCode', 'procedureName', 'field', 'settlingLevel', 'onlineLevel'],
    field: ['field'],
    month: ['month'],
  };
  const keyed: [string[], IndicatorFigures][] =
    by === 'unit'
      ? i.byUnit.map((u) => [[u.unitCode, u.own ? `${u.unitName} (trực tiếp)` : u.unitName, u.level, u.rank === null ? '' : String(u.rank)], u])
      : by === 'procedure'
        ? i.byProcedure.map((p) => [[p.procedureCode, p.procedureName ?? '', p.field ?? '', p.settlingLevel ?? '', p.onlineLevel ?? ''], p])
        : by === 'field'
          ? i.byField.map((f) => [[f.field], f])
          : i.byMonth.map((m) => [[m.month], m]);
  const totalKeys: string[] = keyHeaders[by].map((_, k) => (k === 0 ? 'Tổng cộng' : ''));
  if (by === 'unit') totalKeys.splice(0, 2, i.unit?.code ?? '', 'Tổng cộng');
  const total: [string[], IndicatorFigures] = [totalKeys, i];
  const header = [...keyHeaders[by], ...FIGURE_COLUMNS.map(([h]) => h)];
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
