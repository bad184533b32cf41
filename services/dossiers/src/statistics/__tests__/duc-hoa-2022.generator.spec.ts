import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../domain/working-days';
import { generateDucHoa2022, type HistoryProcedure } from '../duc-hoa-2022.generator';

const procedures: HistoryProcedure[] = [
  { code: '1.001193', settlingLevel: 'COMMUNE', onlineLevel: 'FULL', processingDays: 1, hasFee: false },
  { code: '1.004873', settlingLevel: 'COMMUNE', onlineLevel: 'FULL', processingDays: 3, hasFee: true },
  { code: '2.000815', settlingLevel: 'COMMUNE', onlineLevel: 'PARTIAL', processingDays: 1, hasFee: true },
  { code: '2.000884', settlingLevel: 'COMMUNE', onlineLevel: 'NONE', processingDays: 1, hasFee: true },
  { code: '1.013831', settlingLevel: 'DISTRICT', onlineLevel: 'PARTIAL', processingDays: 10, hasFee: true },
  { code: '1.001612', settlingLevel: 'DISTRICT', onlineLevel: 'FULL', processingDays: 3, hasFee: true },
  { code: '1.001776', settlingLevel: 'DISTRICT', onlineLevel: 'FULL', processingDays: 20, hasFee: false },
];
const communeCodes = Array.from({ length: 20 }, (_, i) => String(27931 + 3 * i));
const rows = generateDucHoa2022({ procedures, communeCodes });
const in2022 = rows.filter((r) => r.day.startsWith('2022-'));
const sum = (list: typeof rows, pick: (r: (typeof rows)[number]) => number) => list.reduce((s, r) => s + pick(r), 0);

describe("Đức Hòa's 2022", () => {
  it("reproduces the article's totals exactly", () => {
    expect(sum(in2022, (r) => r.counters.received)).toBe(110_642);
    expect(
      sum(
        in2022.filter((r) => r.channel === 'ONLINE'),
        (r) => r.counters.received,
      ),
    ).toBe(56_436);
    expect(sum(rows, (r) => r.counters.received)).toBe(110_642);
  });

  it('splits the online dossiers between district (35,560) and communes (20,876)', () => {
    const online = in2022.filter((r) => r.channel === 'ONLINE');
    expect(
      sum(
        online.filter((r) => r.unitCode === '802'),
        (r) => r.counters.received,
      ),
    ).toBe(35_560);
    expect(
      sum(
        online.filter((r) => r.unitCode !== '802'),
        (r) => r.counters.received,
      ),
    ).toBe(20_876);
  });

  it('spreads over every commune and month, online only where the procedure allows it, the counters only on working days', () => {
    expect(new Set(in2022.map((r) => r.unitCode)).size).toBe(21);
    expect(new Set(in2022.map((r) => r.day.slice(0, 7))).size).toBe(12);
    expect(rows.some((r) => r.procedureCode === '2.000884' && r.channel === 'ONLINE')).toBe(false);
    expect(rows.filter((r) => r.channel !== 'ONLINE' && r.counters.received > 0).every((r) => isWorkingDay(r.day))).toBe(true);
    const communesOnline = new Map<string, number>();
    for (const r of in2022.filter((x) => x.unitCode !== '802')) communesOnline.set(r.unitCode, (communesOnline.get(r.unitCode) ?? 0) + (r.channel === 'ONLINE' ? r.counters.received : 0));
    expect(Math.min(...communesOnline.values())).toBeGreaterThan(0);
  });

  it('keeps each counter within its denominator', () => {
    const total = (c: keyof (typeof rows)[number]['counters']) => sum(rows, (r) => r.counters[c]);
    expect(total('settled')).toBeLessThanOrEqual(total('received'));
    expect(total('settledEarly') + total('settledOnTime') + total('settledLate')).toBe(total('settled'));
    expect(total('resultsDigitised')).toBeLessThanOrEqual(total('resultsIssued'));
    expect(total('returned')).toBe(total('resultsIssued'));
    expect(total('ratingsSatisfied')).toBeLessThanOrEqual(total('ratings'));
    expect(total('feesPaidOnline')).toBeLessThanOrEqual(total('feesPaid'));
    expect(total('settledOnTime') + total('settledEarly')).toBeGreaterThan(0.95 * total('settled'));
  });

  it('gives the same rows every time', () => {
    expect(generateDucHoa2022({ procedures, communeCodes })).toEqual(rows);
  });
});
