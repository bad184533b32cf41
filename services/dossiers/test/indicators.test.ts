import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliverEvent, errorCode, mintDevToken } from '@motcua/stack';
import { statisticsOfSql } from '../src/statistics/statistics-bulk';
import { HAU_NGHIA, SUBMIT, birthRegistrationInput, gateway, uploadedId } from './support';

const DISTRICT = '802';
const PROVINCE = '80';
/** A day when the old district and its twenty communes were in force. */
const OLD = '2022-06-30';
/** The seven communes of Tây Ninh that succeeded former Đức Hòa district (1 July 2025). */
const SEVEN = ['27931', '27937', '27943', '27952', '27964', '27976', '27979'];
/** Old communes merged, whole, into today's xã Hậu Nghĩa (27931), and the one split between Đức Lập and Mỹ Hạnh. */
const INTO_HAU_NGHIA = ['27931', '27949', '27955'];
const SPLIT = '27967';
const db = new Client({ connectionString: inject('databaseUrl') });
let citizen: string;
let intake: string;
let handler: string;
let approver: string;
let official: string;
let admin: string;

beforeAll(async () => {
  await db.connect();
  [citizen, intake, handler, approver, official, admin] = await Promise.all(['citizen', 'intake', 'handler', 'approver', 'official', 'admin'].map((u) => gateway.login(u)));
});

afterAll(async () => {
  await db.end();
});

const COUNTS =
  'received receivedOnline documentsDigitised documentsReused settled settledEarly settledOnTime settledLate resultsIssued resultsDigitised returned returnedByPost feesPaid feesPaidOnline ratings ratingSum ratingsSatisfied';
const FIGURES = `totalDossiers onlineDossiers inPersonDossiers onlineShare onTimeShare onlinePaymentShare digitisedShare postalReturnShare satisfaction counts { ${COUNTS} }`;
const INDICATORS = `query Indicators($unit: String, $from: Date!, $to: Date!, $asOf: Date) {
  indicators(unitCode: $unit, from: $from, to: $to, asOf: $asOf) {
    ${FIGURES}
    unit { code }
    unitName
    byMonth { month totalDossiers onlineDossiers }
    byUnit { unitCode unitName own rank totalDossiers onlineDossiers onlineShare }
    bySettlingLevel { settlingLevel totalDossiers onlineDossiers }
    byField { field totalDossiers }
    byProcedure { procedureCode procedureName onlineLevel totalDossiers onlineDossiers rank }
    qualityIndex { score maxScore scoredMaxScore groups { key score maxScore scoredMaxScore parts { key ratio score maxScore status } } }
  }
}`;

type Counts = Record<string, number>;
interface Figures {
  totalDossiers: number;
  onlineDossiers: number;
  onlineShare: number | null;
  counts: Counts;
}
interface IndicatorsResult extends Figures {
  unit: { code: string } | null;
  unitName: string | null;
  byMonth: { month: string; totalDossiers: number; onlineDossiers: number }[];
  byUnit: { unitCode: string; unitName: string; own: boolean; rank: number | null; totalDossiers: number; onlineDossiers: number; onlineShare: number | null }[];
  bySettlingLevel: { settlingLevel: string; totalDossiers: number; onlineDossiers: number }[];
  byField: { field: string; totalDossiers: number }[];
  byProcedure: { procedureCode: string; procedureName: string | null; onlineLevel: string | null; totalDossiers: number; onlineDossiers: number; rank: number }[];
  qualityIndex: {
    score: number | null;
    maxScore: number;
    scoredMaxScore: number;
    groups: { key: string; score: number | null; parts: { key: string; ratio: number | null; score: number | null; status: string }[] }[];
  };
}

async function indicators(vars: { unit?: string | null; from: string; to: string; asOf?: string }, token = official): Promise<IndicatorsResult> {
  const data = await gateway.data<{ indicators: IndicatorsResult }>(INDICATORS, vars, token);
  return data.indicators;
}

/** Today's date in Vietnam, and n days before it. */
function localDay(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** A payment confirmation as the payments service's relay delivers it (signed with the events secret). */
async function paymentSucceeded(dossierCode: string, method: string): Promise<void> {
  const envelope = { id: randomUUID(), topic: 'payment.succeeded', occurredAt: new Date().toISOString(), payload: { dossierCode, paymentId: randomUUID(), method, amountVnd: 8000 } };
  const { status } = await deliverEvent(inject('subgraphUrls').dossiers, envelope);
  expect(status).toBe(200);
}

async function mutate(field: string, args: string, vars: Record<string, unknown>, token: string): Promise<{ code: string; status: string }> {
  const data = await gateway.data<Record<string, { code: string; status: string }>>(`mutation(${args}) { result: ${field} { code status } }`, vars, token);
  return data.result;
}

const submit = async (overrides: Record<string, unknown> = {}) =>
  (await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input: await birthRegistrationInput(citizen, overrides) }, citizen)).submitDossier.code;
const receive = (code: string) => mutate('receiveDossier(code: $code)', '$code: String!', { code }, intake);
const start = (code: string) => mutate('startProcessing(code: $code, note: null)', '$code: String!', { code }, handler);
const approve = async (code: string, withResult = false) =>
  mutate('approveDossier(code: $code, resultFileIds: $files, note: null)', '$code: String!, $files: [ID!]!', { code, files: withResult ? [await uploadedId(approver)] : [] }, approver);

describe("Đức Hòa's 2022, as the article reports it", () => {
  it('gives 110,642 dossiers, 56,436 online (51 %), 35,560 online at district level and 20,876 at commune level', async () => {
    const year = await indicators({ unit: DISTRICT, from: '2022-01-01', to: '2022-12-31', asOf: OLD });
    expect(year.unit).toEqual({ code: DISTRICT });
    expect(year.totalDossiers).toBe(110_642);
    expect(year.onlineDossiers).toBe(56_436);
    expect(Math.round(year.onlineShare! * 100)).toBe(51);
    const level = Object.fromEntries(year.bySettlingLevel.map((l) => [l.settlingLevel, l.onlineDossiers]));
    expect(level).toEqual({ DISTRICT: 35_560, COMMUNE: 20_876 });
    const own = year.byUnit.find((u) => u.own)!;
    const communes = year.byUnit.filter((u) => !u.own);
    expect(own).toMatchObject({ unitCode: DISTRICT, onlineDossiers: 35_560, rank: null });
    expect(communes).toHaveLength(20);
    expect(communes.reduce((s, u) => s + u.onlineDossiers, 0)).toBe(20_876);
    expect(communes.map((u) => u.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(communes.map((u) => u.onlineShare!)).toEqual([...communes.map((u) => u.onlineShare!)].sort((a, b) => b - a));
    expect(year.byMonth.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`));
    expect(year.byMonth.reduce((s, m) => s + m.totalDossiers, 0)).toBe(110_642);
    expect(year.byProcedure.reduce((s, p) => s + p.totalDossiers, 0)).toBe(110_642);
    expect(year.byField.reduce((s, f) => s + f.totalDossiers, 0)).toBe(110_642);
    expect(year.byProcedure.filter((p) => p.onlineLevel === 'NONE').every((p) => p.onlineDossiers === 0)).toBe(true);
  });

  it('agrees with the statistics table over a ragged period (months and days)', async () => {
    const { rows } = await db.query(
      `select sum(received)::int as received, coalesce(sum(received) filter (where channel = 'ONLINE'), 0)::int as online, sum(settled)::int as settled
       from dossiers.statistic_day where day between '2022-01-15' and '2022-03-10'`,
    );
    const ragged = await indicators({ unit: DISTRICT, from: '2022-01-15', to: '2022-03-10', asOf: OLD });
    expect({ received: ragged.totalDossiers, online: ragged.onlineDossiers, settled: ragged.counts.settled }).toEqual(rows[0]);
  });

  it('drills down to one commune, and scores the 766 index with its parts', async () => {
    const commune = await indicators({ unit: HAU_NGHIA, from: '2022-01-01', to: '2022-12-31', asOf: OLD });
    const district = await indicators({ unit: DISTRICT, from: '2022-01-01', to: '2022-12-31', asOf: OLD });
    expect(commune.totalDossiers).toBe(district.byUnit.find((u) => u.unitCode === HAU_NGHIA)!.totalDossiers);
    expect(commune.byUnit).toEqual([expect.objectContaining({ unitCode: HAU_NGHIA, own: true })]);
    const index = district.qualityIndex;
    expect(index.maxScore).toBe(100);
    expect(index.groups.map((g) => g.key)).toEqual(['TRANSPARENCY', 'PROGRESS', 'ONLINE_SERVICE', 'ONLINE_PAYMENT', 'SATISFACTION', 'DIGITISATION']);
    const progress = index.groups.find((g) => g.key === 'PROGRESS')!;
    expect(progress.score).toBeCloseTo(20 * ((district.counts.settledEarly + district.counts.settledOnTime) / district.counts.settled), 2);
    const transparency = index.groups.find((g) => g.key === 'TRANSPARENCY')!.parts;
    expect(transparency.filter((p) => p.key !== 'DOSSIER_SYNC').every((p) => p.status === 'NOT_TRACKED')).toBe(true);
    // The stack is connected to the national portal's sandbox, but no dossier of 2022 has a sync track.
    expect(transparency.find((p) => p.key === 'DOSSIER_SYNC')!.status).toBe('NO_DATA');
    expect(index.score).toBeGreaterThan(0);
    expect(index.score!).toBeLessThanOrEqual(index.scoredMaxScore);
  });
});

describe('history under successors: 2022 read under the units of today', () => {
  const YEAR = { from: '2022-01-01', to: '2022-12-31' };

  /** Received and online of some old units in 2022, straight from the monthly table, per procedure and month (the cells). */
  async function cells(codes: string[]): Promise<{ unit_code: string; received: number; online: number }[]> {
    const { rows } = await db.query(
      `select unit_code, procedure_code, month, sum(received)::int as received, coalesce(sum(received) filter (where channel = 'ONLINE'), 0)::int as online
       from dossiers.statistic_month where unit_code = any($1) and month between '2022-01-01' and '2022-12-01' group by 1, 2, 3`,
      [codes],
    );
    return rows;
  }
  const sum = (rows: { received: number; online: number }[]) => rows.reduce((s, r) => ({ received: s.received + r.received, online: s.online + r.online }), { received: 0, online: 0 });

  it("reads the former district's whole year under today's province, the district's own work as the province's own row", async () => {
    const timed = async () => {
      const started = performance.now();
      const read = await indicators({ unit: PROVINCE, ...YEAR });
      return { read, ms: performance.now() - started };
    };
    const [first, second] = [await timed(), await timed()];
    const province = second.read;
    console.info(`indicators(80, 2022) through the gateway: ${first.ms.toFixed(0)} ms, then ${second.ms.toFixed(0)} ms with the unit cached`);
    const old = await indicators({ unit: DISTRICT, ...YEAR, asOf: OLD });
    expect(province.unit).toEqual({ code: PROVINCE });
    expect([province.unitName, old.unitName]).toEqual(['Tỉnh Tây Ninh', 'Huyện Đức Hòa']);
    expect({ total: province.totalDossiers, online: province.onlineDossiers }).toEqual({ total: 110_642, online: 56_436 });
    expect(Object.fromEntries(province.bySettlingLevel.map((l) => [l.settlingLevel, l.onlineDossiers]))).toEqual({ DISTRICT: 35_560, COMMUNE: 20_876 });
    const own = province.byUnit.find((u) => u.own)!;
    const districtOwn = old.byUnit.find((u) => u.own)!;
    expect(own).toMatchObject({ unitCode: PROVINCE, totalDossiers: districtOwn.totalDossiers, onlineDossiers: 35_560 });
    const communes = province.byUnit.filter((u) => !u.own);
    const carrying = communes.filter((u) => u.totalDossiers > 0);
    expect(carrying.map((u) => u.unitCode).sort()).toEqual(SEVEN);
    expect(communes.length).toBeGreaterThan(SEVEN.length); // every commune of Tây Ninh is listed
    const seven = sum(carrying.map((u) => ({ received: u.totalDossiers, online: u.onlineDossiers })));
    const communeLevel = old.bySettlingLevel.find((l) => l.settlingLevel === 'COMMUNE')!;
    expect(seven).toEqual({ received: communeLevel.totalDossiers, online: 20_876 });
    expect(province.byMonth.reduce((s, m) => s + m.totalDossiers, 0)).toBe(110_642);
    expect(province.byProcedure.reduce((s, p) => s + p.totalDossiers, 0)).toBe(110_642);
    console.info(`2022 under 802 (asOf ${OLD}): ${old.totalDossiers} / ${old.onlineDossiers} online; under 80 today: ${province.totalDossiers} / ${province.onlineDossiers}`);
  });

  it("gives each of the seven communes its predecessors' 2022, and the seven add up to the district's commune level", async () => {
    const province = await indicators({ unit: PROVINCE, ...YEAR });
    const each = await Promise.all(SEVEN.map((unit) => indicators({ unit, ...YEAR })));
    for (const [i, commune] of each.entries()) {
      const row = province.byUnit.find((u) => u.unitCode === SEVEN[i])!;
      expect({ received: commune.totalDossiers, online: commune.onlineDossiers }).toEqual({ received: row.totalDossiers, online: row.onlineDossiers });
      expect(commune.bySettlingLevel.map((l) => l.settlingLevel)).toEqual(['COMMUNE']);
    }
    expect(each.reduce((s, c) => s + c.onlineDossiers, 0)).toBe(20_876);
    console.info(`2022 commune level under the seven: ${each.map((c, i) => `${SEVEN[i]} ${c.totalDossiers}/${c.onlineDossiers}`).join(', ')}`);
  });

  it("counts old thị trấn Hậu Nghĩa and the communes merged into it under today's xã Hậu Nghĩa", async () => {
    const today = await indicators({ unit: HAU_NGHIA, ...YEAR });
    const old = await indicators({ unit: DISTRICT, ...YEAR, asOf: OLD });
    const merged = old.byUnit.filter((u) => INTO_HAU_NGHIA.includes(u.unitCode));
    expect(merged).toHaveLength(3);
    expect(today.totalDossiers).toBe(merged.reduce((s, u) => s + u.totalDossiers, 0));
    expect(today.onlineDossiers).toBe(merged.reduce((s, u) => s + u.onlineDossiers, 0));
    const oldTown = await indicators({ unit: HAU_NGHIA, ...YEAR, asOf: OLD });
    expect(oldTown.totalDossiers).toBe(merged.find((u) => u.unitCode === HAU_NGHIA)!.totalDossiers);
    expect(oldTown.totalDossiers).toBeLessThan(today.totalDossiers);
  });

  it('apportions Đức Hòa Thượng, split between Đức Lập and Mỹ Hạnh, cell by cell: the first part takes the odd one', async () => {
    const [ducLap, myHanh] = await Promise.all(['27964', '27976'].map((unit) => indicators({ unit, ...YEAR })));
    const split = await cells([SPLIT]);
    const part = (c: number, portion: number) => Math.floor(c / 2) + (portion < c % 2 ? 1 : 0);
    const share = (portion: number) => ({
      received: split.reduce((s, r) => s + part(r.received, portion), 0),
      online: split.reduce((s, r) => s + part(r.online, portion), 0),
    });
    const whole = (codes: string[]) => cells(codes).then(sum);
    const [ducLapWhole, myHanhWhole] = await Promise.all([whole(['27958', '27964']), whole(['27976', '27982'])]);
    expect({ received: ducLap.totalDossiers, online: ducLap.onlineDossiers }).toEqual({ received: ducLapWhole.received + share(0).received, online: ducLapWhole.online + share(0).online });
    expect({ received: myHanh.totalDossiers, online: myHanh.onlineDossiers }).toEqual({ received: myHanhWhole.received + share(1).received, online: myHanhWhole.online + share(1).online });
    expect(share(0).received + share(1).received).toBe(sum(split).received); // nothing lost, nothing counted twice
    expect(share(0).received).toBeGreaterThanOrEqual(share(1).received);
  });
});

describe('statistics kept as dossiers move through the real API', () => {
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    // Online, electronic result, downloaded, rated 5 stars, fee paid online.
    codes.online = await submit();
    await receive(codes.online);
    await paymentSucceeded(codes.online, 'ONLINE');
    await start(codes.online);
    await approve(codes.online, true);
    await mutate('downloadResult(code: $code)', '$code: String!', { code: codes.online }, citizen);
    await gateway.data('mutation($c: String!) { rateDossier(code: $c, rating: 5, comment: null) { rating } }', { c: codes.online }, citizen);
    // A paper dossier of a procedure that is fully online: scanned, handed back at the counter, fee paid in cash.
    const counterInput = await birthRegistrationInput(intake, { deliveryMethod: 'PICKUP' });
    counterInput.documents = [
      { requirementId: 'to-khai', fileId: await uploadedId(intake, true) },
      { requirementId: 'giay-chung-sinh', fileId: await uploadedId(intake, true) },
    ];
    codes.counter = (
      await gateway.data<{ receiveAtCounter: { code: string } }>('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input: counterInput }, intake)
    ).receiveAtCounter.code;
    await paymentSucceeded(codes.counter, 'CASH');
    await start(codes.counter);
    await approve(codes.counter);
    await mutate('returnResult(code: $code, receivedBy: "Trần Văn Bảy")', '$code: String!', { code: codes.counter }, intake);
    // The result goes by post and the post reports delivery.
    codes.post = await submit({ deliveryMethod: 'POST', deliveryAddress: 'Khu phố 2, thị trấn Hậu Nghĩa' });
    await receive(codes.post);
    await start(codes.post);
    const shipped = await gateway.data<{ approveDossier: { postalTrackingNumber: string } }>(
      'mutation($c: String!) { approveDossier(code: $c, note: null) { postalTrackingNumber } }',
      { c: codes.post },
      approver,
    );
    await gateway.data('mutation($t: String!) { reportPostalDelivery(trackingNumber: $t, receivedBy: "Nguyễn Văn An") { status } }', { t: shipped.approveDossier.postalTrackingNumber }, intake);
    // Reusing the documents of the first dossier; then refused during processing.
    const { dossier } = await gateway.data<{ dossier: { documents: { requirementId: string; file: { id: string } }[] } }>(
      'query($c: String!) { dossier(code: $c) { documents { requirementId file { id } } } }',
      { c: codes.online },
      citizen,
    );
    codes.reused = await submit({ documents: dossier.documents.filter((d) => d.requirementId).map((d) => ({ requirementId: d.requirementId, fileId: d.file.id })) });
    await receive(codes.reused);
    await start(codes.reused);
    await mutate('refuseDossier(code: $code, reason: "Không đủ điều kiện đăng ký")', '$code: String!', { code: codes.reused }, handler);
    // Refused at intake (never received), and withdrawn after receipt: neither is a settlement.
    codes.refusedAtIntake = await submit();
    await mutate('refuseDossier(code: $code, reason: "Nộp nhầm đơn vị giải quyết")', '$code: String!', { code: codes.refusedAtIntake }, intake);
    codes.withdrawn = await submit();
    await receive(codes.withdrawn);
    await mutate('withdrawDossier(code: $code, reason: null)', '$code: String!', { code: codes.withdrawn }, citizen);
  });

  it('matches a direct count of the dossiers, over the last month at Hậu Nghĩa', async () => {
    const from = localDay(-30);
    const to = localDay();
    const day = (column: string) => `(${column} at time zone 'Asia/Ho_Chi_Minh')::date between $2 and $3`;
    const { rows } = await db.query(
      `select
         count(*) filter (where ${day('received_at')})::int as received,
         count(*) filter (where ${day('received_at')} and channel = 'ONLINE')::int as "receivedOnline",
         count(*) filter (where ${day('settled_at')} and timeliness is not null and status <> 'WITHDRAWN')::int as settled,
         count(*) filter (where ${day('settled_at')} and timeliness in ('EARLY', 'ON_TIME') and status <> 'WITHDRAWN')::int as "settledInTime",
         count(*) filter (where ${day('settled_at')} and status in ('RESULT_READY', 'RETURNED'))::int as "resultsIssued",
         count(*) filter (where ${day('returned_at')})::int as returned,
         count(*) filter (where ${day('returned_at')} and delivery_method = 'POST')::int as "returnedByPost",
         count(*) filter (where ${day('returned_at')} and rating is not null)::int as ratings,
         coalesce(sum(rating) filter (where ${day('returned_at')}), 0)::int as "ratingSum"
       from dossiers.dossier where unit_code = $1`,
      [HAU_NGHIA, from, to],
    );
    const { rows: payments } = await db.query(
      `select count(*)::int as "feesPaid", count(*) filter (where e.data->>'method' = 'ONLINE')::int as "feesPaidOnline"
       from dossiers.dossier_event e join dossiers.dossier d on d.id = e.dossier_id
       where e.action = 'FEE_PAID' and d.unit_code = $1 and (e.at at time zone 'Asia/Ho_Chi_Minh')::date between $2 and $3`,
      [HAU_NGHIA, from, to],
    );
    const seen = await indicators({ unit: HAU_NGHIA, from, to });
    const c = seen.counts;
    expect({
      received: c.received,
      receivedOnline: c.receivedOnline,
      settled: c.settled,
      settledInTime: c.settledEarly + c.settledOnTime,
      resultsIssued: c.resultsIssued,
      returned: c.returned,
      returnedByPost: c.returnedByPost,
      ratings: c.ratings,
      ratingSum: c.ratingSum,
    }).toEqual(rows[0]);
    expect({ feesPaid: c.feesPaid, feesPaidOnline: c.feesPaidOnline }).toEqual(payments[0]);
    expect(c.received).toBeGreaterThanOrEqual(5);
    expect(c.returnedByPost).toBeGreaterThanOrEqual(1);
    expect(c.feesPaidOnline).toBeGreaterThanOrEqual(1);
    expect(c.documentsReused).toBeGreaterThanOrEqual(1);
    expect(c.resultsDigitised).toBeGreaterThanOrEqual(1);
    expect(seen.totalDossiers).toBe(c.received);
  });

  it('keeps the same figures incrementally as the bulk SQL computes from the dossier rows', async () => {
    const columns = COUNTS.split(' ')
      .filter((c) => c !== 'receivedOnline')
      .map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
    const key = `unit_code, procedure_code, channel, to_char(day, 'YYYY-MM-DD') as day`;
    // From 1 July 2025 only: the 2022 history has no dossiers behind it, and a dossier in flight at the reform was
    // received (and counted, on its day) by a unit that ended; its row now names the successor it was handed to.
    const since = '2025-07-01';
    const bulk = await db.query(`select ${key}, ${columns.join(', ')} from (${statisticsOfSql('select * from dossiers.dossier')}) b where day >= '${since}' order by 1, 2, 3, 4`);
    const kept = await db.query(
      `select ${key}, ${columns.join(', ')} from dossiers.statistic_day
       where day >= '${since}' and (${columns.map((c) => `${c} <> 0`).join(' or ')}) order by 1, 2, 3, 4`,
    );
    expect(kept.rows.length).toBeGreaterThan(5);
    expect(kept.rows).toEqual(bulk.rows);
  });

  it('shows where outreach should go next: in-person dossiers of fully online procedures', async () => {
    const data = await gateway.data<{ outreachOpportunities: { unitCode: string; procedureCode: string; inPersonDossiers: number; rank: number }[] }>(
      'query($f: Date!, $t: Date!) { outreachOpportunities(unitCode: "80", from: $f, to: $t) { rank unitCode procedureCode inPersonDossiers onlineDossiers } }',
      { f: localDay(-30), t: localDay() },
      official,
    );
    const birthAtHauNghia = data.outreachOpportunities.find((o) => o.unitCode === HAU_NGHIA && o.procedureCode === '1.001193');
    expect(birthAtHauNghia?.inPersonDossiers).toBeGreaterThanOrEqual(1);
    expect(data.outreachOpportunities.map((o) => o.rank)).toEqual(data.outreachOpportunities.map((_, i) => i + 1));
  });
});

describe('who may read indicators', () => {
  const vars = { unit: HAU_NGHIA, from: '2022-01-01', to: '2022-12-31' };
  const read = (unit: string, token: string, asOf?: string) => gateway.graphql(INDICATORS, { unit, from: '2022-01-01', to: '2022-12-31', asOf }, token);

  it('refuses citizens and counter staff, and anonymous callers', async () => {
    expect(errorCode(await gateway.graphql(INDICATORS, vars, citizen))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(INDICATORS, vars, intake))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(INDICATORS, vars))).toBe('UNAUTHENTICATED');
  });

  it("lets the province's official read the province, its communes and, as they were, the old district and communes", async () => {
    for (const [unit, asOf] of [[PROVINCE], ['27964'], [DISTRICT, OLD], [SPLIT, OLD], [HAU_NGHIA, OLD]] as [string, string?][]) {
      expect(errorCode(await read(unit, official, asOf)), `${unit} ${asOf ?? ''}`).toBeUndefined();
    }
  });

  it("keeps a commune's official to that commune and its predecessors", async () => {
    const ducLapOfficial = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'official-27964', roles: ['OFFICIAL'], unit: '27964' });
    expect(errorCode(await read('27964', ducLapOfficial))).toBeUndefined();
    expect(errorCode(await read(SPLIT, ducLapOfficial, OLD))).toBeUndefined();
    expect(errorCode(await read('27958', ducLapOfficial, OLD))).toBeUndefined();
    expect(errorCode(await read(PROVINCE, ducLapOfficial))).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await read(DISTRICT, ducLapOfficial, OLD))).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await read(HAU_NGHIA, ducLapOfficial))).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await read(HAU_NGHIA, ducLapOfficial, OLD))).toBe('OUT_OF_JURISDICTION');
    expect((await indicators({ unit: null, from: '2022-01-01', to: '2022-12-31' }, ducLapOfficial)).unit).toEqual({ code: '27964' });
  });

  it("defaults to the caller's unit and lets an administrator read anywhere", async () => {
    expect((await indicators({ from: '2022-01-01', to: '2022-12-31' })).unit).toEqual({ code: PROVINCE });
    expect((await indicators({ unit: PROVINCE, from: '2022-01-01', to: '2022-12-31' }, admin)).totalDossiers).toBe(110_642);
    expect((await indicators({ unit: DISTRICT, from: '2022-01-01', to: '2022-12-31' }, admin)).totalDossiers).toBe(110_642); // no longer in force: the latest 802
  });

  it('names the field of a bad period, an asOf before the data begin, or an unknown unit, in Vietnamese and English', async () => {
    const failure = async (variables: Record<string, unknown>) => {
      const result = await gateway.graphql(INDICATORS, variables, official);
      const error = result.errors![0] as { extensions: { code: string; messageVi?: string; messageEn?: string; details?: { fields?: { field: string }[] } } };
      expect(error.extensions.messageVi).toBeTruthy();
      expect(error.extensions.messageEn).toBeTruthy();
      return { code: error.extensions.code, field: error.extensions.details?.fields?.[0]?.field };
    };
    expect(await failure({ unit: PROVINCE, from: '2022-12-31', to: '2022-01-01' })).toEqual({ code: 'VALIDATION_FAILED', field: 'to' });
    expect(await failure({ unit: PROVINCE, from: '2019-06-01', to: '2019-12-31' })).toEqual({ code: 'VALIDATION_FAILED', field: 'from' });
    expect(await failure({ unit: PROVINCE, from: '2022-01-01', to: '2022-12-31', asOf: '2019-12-31' })).toEqual({ code: 'VALIDATION_FAILED', field: 'asOf' });
    expect(await failure({ unit: '99999', from: '2022-01-01', to: '2022-12-31' })).toEqual({ code: 'NOT_FOUND', field: 'unitCode' });
    expect(await failure({ unit: '27949', from: '2022-01-01', to: '2022-12-31', asOf: '2026-01-01' })).toEqual({ code: 'NOT_FOUND', field: 'unitCode' });
  });
});

describe('CSV export', () => {
  const url = (query: string) => `${gateway.baseUrl}/statistics/indicators.csv?${query}`;

  it("exports the communes of the district, total first, headers in the reader's language and codes beside names", async () => {
    const res = await fetch(url(`unitCode=802&from=2022-01-01&to=2022-12-31&asOf=${OLD}`), { headers: { authorization: `Bearer ${official}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so spreadsheets read Vietnamese as UTF-8
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 7)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Mã cấp', 'Xếp hạng', 'Tổng số hồ sơ', 'Hồ sơ trực tuyến']);
    expect(lines[1].split(',').slice(0, 2)).toEqual(['802', 'Tổng cộng']);
    expect(lines[1].split(',')[5]).toBe('110642');
    expect(lines[1].split(',')[6]).toBe('56436');
    expect(lines.slice(2).some((line) => line.split(',').slice(2, 4).join() === 'Xã,COMMUNE')).toBe(true);
    expect(lines).toHaveLength(2 + 1 + 20);
    const today = (await (await fetch(url('unitCode=80&from=2022-01-01&to=2022-12-31'), { headers: { authorization: `Bearer ${official}` } })).text()).split('\r\n');
    expect(today[1].split(',').slice(0, 2)).toEqual(['80', 'Tổng cộng']);
    expect(today[1].split(',')[5]).toBe('110642');
    const byProcedure = await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31&by=procedure'), { headers: { authorization: `Bearer ${official}` } });
    expect((await byProcedure.text()).split('\r\n')[0]).toMatch(/^Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp giải quyết,Mã cấp giải quyết,Mức độ trực tuyến,Mã mức độ trực tuyến,/);
    const english = await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31&lang=en'), { headers: { authorization: `Bearer ${official}` } });
    const englishLines = (await english.text()).split('\r\n');
    expect(
      englishLines[0]
        .replace(/^\uFEFF/, '')
        .split(',')
        .slice(0, 6),
    ).toEqual(['Unit code', 'Unit', 'Level', 'Level code', 'Rank', 'Dossiers']);
    expect(englishLines[1].split(',')[1]).toBe('Total');
  });

  it('follows the same rules as the query', async () => {
    const forbidden = await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31'), { headers: { authorization: `Bearer ${citizen}` } });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe('FORBIDDEN');
    expect((await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31'))).status).toBe(401);
    const communeOfficial = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'official-27964', roles: ['OFFICIAL'], unit: '27964' });
    expect((await fetch(url('unitCode=80&from=2022-01-01&to=2022-12-31'), { headers: { authorization: `Bearer ${communeOfficial}` } })).status).toBe(403);
    expect((await fetch(url('unitCode=80&from=2022-01-01&to=2022-12-31&asOf=2019-01-01'), { headers: { authorization: `Bearer ${official}` } })).status).toBe(400);
    expect((await fetch(url('unitCode=802&from=2022-02-30&to=2022-12-31'), { headers: { authorization: `Bearer ${official}` } })).status).toBe(400);
  });
});
