import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { DISTRICT, HAU_NGHIA, OLD, PROVINCE, gateway } from './support';

let official: string;
let intake: string;

beforeAll(async () => {
  [official, intake] = await Promise.all(['official', 'intake'].map((u) => gateway.login(u)));
});

const IMPACT = `query($unit: String, $from: Date!, $to: Date!, $window: Int!, $asOf: Date) {
  outreachImpact(unitCode: $unit, from: $from, to: $to, windowMonths: $window, asOf: $asOf) {
    indicatorsAvailable
    rows {
      unit { code }
      firstActivityOn
      trainings
      events
      before { from to totalDossiers onlineDossiers onlineShare }
      after { from to totalDossiers onlineDossiers onlineShare }
      changePoints
      baselineUnit { code }
      baselineChangePoints
    }
  }
}`;
const INDICATORS = 'query($unit: String, $from: Date!, $to: Date!, $asOf: Date) { indicators(unitCode: $unit, from: $from, to: $to, asOf: $asOf) { totalDossiers onlineDossiers onlineShare } }';
const HELD = 'query($unit: String, $asOf: Date) { trainingSessions(unitCode: $unit, asOf: $asOf, status: HELD, from: "2022-01-01", to: "2022-12-31", first: 1) { totalCount } }';

/** The seven communes of today that succeeded former Đức Hòa district. */
const SEVEN = ['27931', '27937', '27943', '27952', '27964', '27976', '27979'];

type Share = { from: string; to: string; totalDossiers: number; onlineDossiers: number; onlineShare: number };
type Row = {
  unit: { code: string };
  firstActivityOn: string;
  trainings: number;
  before: Share;
  after: Share;
  changePoints: number;
  baselineUnit: { code: string } | null;
  baselineChangePoints: number | null;
};

async function impact(vars: { unit: string; asOf?: string }): Promise<{ indicatorsAvailable: boolean; rows: Row[] }> {
  const data = await gateway.data<{ outreachImpact: { indicatorsAvailable: boolean; rows: Row[] } }>(IMPACT, { from: '2022-01-01', to: '2022-12-31', window: 3, ...vars }, official);
  return data.outreachImpact;
}

/** Sessions held in 2022 by old communes, each read as it was. */
async function heldIn2022(codes: string[]): Promise<number> {
  const counts = await Promise.all(codes.map((unit) => gateway.data<{ trainingSessions: { totalCount: number } }>(HELD, { unit, asOf: OLD }, official)));
  return counts.reduce((s, c) => s + c.trainingSessions.totalCount, 0);
}

async function expectIndicatorFigures(row: Row, unit: string, asOf?: string): Promise<void> {
  for (const side of [row.before, row.after]) {
    const direct = await gateway.data<{ indicators: { totalDossiers: number; onlineDossiers: number } }>(INDICATORS, { unit, from: side.from, to: side.to, asOf }, official);
    expect({ totalDossiers: side.totalDossiers, onlineDossiers: side.onlineDossiers }).toEqual({ totalDossiers: direct.indicators.totalDossiers, onlineDossiers: direct.indicators.onlineDossiers });
  }
}

describe('did outreach work', () => {
  it("compares each commune of today, its predecessors' 2022 included, before and after its first activity, with the province as baseline", async () => {
    const data = await impact({ unit: PROVINCE });
    expect(data.indicatorsAvailable).toBe(true);
    expect(
      data.rows
        .map((r) => r.unit.code)
        .filter((c) => c !== PROVINCE)
        .sort(),
    ).toEqual(SEVEN);
    const row = data.rows.find((r) => r.unit.code === HAU_NGHIA)!;
    expect(row.before.totalDossiers).toBeGreaterThan(0);
    expect(row.after.totalDossiers).toBeGreaterThan(0);
    expect(row.baselineUnit).toEqual({ code: PROVINCE });
    // The figures are the dossiers service's own for today's commune (its predecessors' history), for exactly those days.
    await expectIndicatorFigures(row, HAU_NGHIA);
    expect(row.changePoints).toBeCloseTo(Math.round((row.after.onlineShare - row.before.onlineShare) * 1000) / 10, 5);
    // Xã Hậu Nghĩa's sessions are those of thị trấn Hậu Nghĩa, Tân Mỹ and Đức Lập Thượng.
    expect(row.trainings).toBe(await heldIn2022(['27931', '27949', '27955']));
    // The old district's own training rolls into the province, which has no unit above it.
    expect(data.rows.find((r) => r.unit.code === PROVINCE)?.baselineUnit ?? null).toBeNull();
  });

  it('gives the records of a split commune, whole, to its first successor in code order', async () => {
    const rows = (await impact({ unit: PROVINCE })).rows;
    const trainings = (code: string) => rows.find((r) => r.unit.code === code)!.trainings;
    expect(trainings('27964')).toBe(await heldIn2022(['27958', '27964', '27967'])); // Đức Lập takes Đức Hòa Thượng's
    expect(trainings('27976')).toBe(await heldIn2022(['27976', '27982']));
  });

  it('reads the old district as it was, its communes against it', async () => {
    const data = await impact({ unit: DISTRICT, asOf: OLD });
    const units = data.rows.map((r) => r.unit.code);
    expect(units.length).toBeGreaterThanOrEqual(20);
    expect(units).toContain('27949'); // Tân Mỹ, merged into Hậu Nghĩa in 2025
    const row = data.rows.find((r) => r.unit.code === HAU_NGHIA)!;
    expect(row.baselineUnit).toEqual({ code: DISTRICT });
    await expectIndicatorFigures(row, HAU_NGHIA, OLD);
    expect(row.trainings).toBe(await heldIn2022([HAU_NGHIA]));
  });

  it('measures an online-share target with the indicators of its period', async () => {
    const set = await gateway.data<{ setOutreachTarget: { progress: { actual: number; met: boolean } } }>(
      'mutation($input: SetTargetInput!) { setOutreachTarget(input: $input) { progress { actual met } } }',
      { input: { unitCode: HAU_NGHIA, metric: 'ONLINE_SHARE', periodStart: '2022-01-01', periodEnd: '2022-12-31', targetValue: 0.5 } },
      official,
    );
    const direct = await gateway.data<{ indicators: { onlineShare: number } }>(INDICATORS, { unit: HAU_NGHIA, from: '2022-01-01', to: '2022-12-31' }, official);
    expect(set.setOutreachTarget.progress.actual).toBeCloseTo(direct.indicators.onlineShare, 10);
    expect(set.setOutreachTarget.progress.met).toBe(direct.indicators.onlineShare >= 0.5);
  });

  it('is for officials only, and names a bad field', async () => {
    expect(errorCode(await gateway.graphql(IMPACT, { unit: HAU_NGHIA, from: '2022-01-01', to: '2022-12-31', window: 3 }, intake))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(IMPACT, { unit: HAU_NGHIA, from: '2022-12-31', to: '2022-01-01', window: 3 }, official))).toBe('VALIDATION_FAILED');
    const unknown = await gateway.graphql(IMPACT, { unit: '27949', from: '2022-01-01', to: '2022-12-31', window: 3, asOf: '2026-01-01' }, official);
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect((unknown.errors![0].extensions as { details: { fields: { field: string }[] } }).details.fields).toEqual([{ field: 'unitCode' }]);
  });
});
