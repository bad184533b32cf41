import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { DISTRICT, HAU_NGHIA, gateway } from './support';

let official: string;
let intake: string;

beforeAll(async () => {
  [official, intake] = await Promise.all(['official', 'intake'].map((u) => gateway.login(u)));
});

const IMPACT = `query($unit: String, $from: Date!, $to: Date!, $window: Int!) {
  outreachImpact(unitCode: $unit, from: $from, to: $to, windowMonths: $window) {
    indicatorsAvailable
    rows {
      unit { code }
      firstActivityOn
      trainings
      before { from to totalDossiers onlineDossiers onlineShare }
      after { from to totalDossiers onlineDossiers onlineShare }
      changePoints
      baselineUnit { code }
      baselineChangePoints
    }
  }
}`;
const INDICATORS = 'query($unit: String, $from: Date!, $to: Date!) { indicators(unitCode: $unit, from: $from, to: $to) { totalDossiers onlineDossiers onlineShare } }';

type Share = { from: string; to: string; totalDossiers: number; onlineDossiers: number; onlineShare: number };
type Row = { unit: { code: string }; firstActivityOn: string; before: Share; after: Share; changePoints: number; baselineUnit: { code: string } | null; baselineChangePoints: number | null };

describe('did outreach work', () => {
  it("compares each commune's online share before and after its first activity, with the district as baseline", async () => {
    const data = await gateway.data<{ outreachImpact: { indicatorsAvailable: boolean; rows: Row[] } }>(IMPACT, { unit: DISTRICT, from: '2022-01-01', to: '2022-12-31', window: 3 }, official);
    expect(data.outreachImpact.indicatorsAvailable).toBe(true);
    const units = data.outreachImpact.rows.map((r) => r.unit.code);
    expect(units).toContain(HAU_NGHIA);
    expect(units.length).toBeGreaterThanOrEqual(20);
    const row = data.outreachImpact.rows.find((r) => r.unit.code === HAU_NGHIA)!;
    expect(row.before.totalDossiers).toBeGreaterThan(0);
    expect(row.after.totalDossiers).toBeGreaterThan(0);
    expect(row.baselineUnit).toEqual({ code: DISTRICT });

    // The figures are the dossiers service's own, for exactly those days.
    for (const side of [row.before, row.after]) {
      const direct = await gateway.data<{ indicators: { totalDossiers: number; onlineDossiers: number } }>(INDICATORS, { unit: HAU_NGHIA, from: side.from, to: side.to }, official);
      expect({ totalDossiers: side.totalDossiers, onlineDossiers: side.onlineDossiers }).toEqual({ totalDossiers: direct.indicators.totalDossiers, onlineDossiers: direct.indicators.onlineDossiers });
    }
    expect(row.changePoints).toBeCloseTo(Math.round((row.after.onlineShare - row.before.onlineShare) * 1000) / 10, 5);
    // The district's own row has no baseline: the province is outside a district official's reach.
    expect(data.outreachImpact.rows.find((r) => r.unit.code === DISTRICT)?.baselineUnit ?? null).toBeNull();
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

  it('is for officials only', async () => {
    expect(errorCode(await gateway.graphql(IMPACT, { unit: HAU_NGHIA, from: '2022-01-01', to: '2022-12-31', window: 3 }, intake))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(IMPACT, { unit: HAU_NGHIA, from: '2022-12-31', to: '2022-01-01', window: 3 }, official))).toBe('VALIDATION_FAILED');
  });
});
