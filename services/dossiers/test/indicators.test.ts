import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deliverEvent, errorCode, mintDevToken } from '@motcua/stack';
import { statisticsOfSql } from '../src/statistics/statistics-bulk';
import { HAU_NGHIA, SUBMIT, birthRegistrationInput, gateway, uploadedId } from './support';

const DISTRICT = '802';
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

const COUNTS = 'received receivedOnline documentsDigitised documentsReused settled settledEarly settledOnTime settledLate resultsIssued resultsDigitised returned returnedByPost feesPaid feesPaidOnline ratings ratingSum ratingsSatisfied';
const FIGURES = `totalDossiers onlineDossiers inPersonDossiers onlineShare onTimeShare onlinePaymentShare digitisedShare postalReturnShare satisfaction counts { ${COUNTS} }`;
const INDICATORS = `query Indicators($unit: String, $from: Date!, $to: Date!) {
  indicators(unitCode: $unit, from: $from, to: $to) {
    ${FIGURES}
    unit { code }
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
  byMonth: { month: string; totalDossiers: number; onlineDossiers: number }[];
  byUnit: { unitCode: string; unitName: string; own: boolean; rank: number | null; totalDossiers: number; onlineDossiers: number; onlineShare: number | null }[];
  bySettlingLevel: { settlingLevel: string; totalDossiers: number; onlineDossiers: number }[];
  byField: { field: string; totalDossiers: number }[];
  byProcedure: { procedureCode: string; procedureName: string | null; onlineLevel: string | null; totalDossiers: number; onlineDossiers: number; rank: number }[];
  qualityIndex: { score: number | null; maxScore: number; scoredMaxScore: number; groups: { key: string; score: number | null; parts: { key: string; ratio: number | null; score: number | null; status: string }[] }[] };
}

async function indicators(vars: { unit?: string | null; from: string; to: string }, token = official): Promise<IndicatorsResult> {
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
    const year = await indicators({ unit: DISTRICT, from: '2022-01-01', to: '2022-12-31' });
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
    const ragged = await indicators({ unit: DISTRICT, from: '2022-01-15', to: '2022-03-10' });
    expect({ received: ragged.totalDossiers, online: ragged.onlineDossiers, settled: ragged.counts.settled }).toEqual(rows[0]);
  });

  it('drills down to one commune, and scores the 766 index with its parts', async () => {
    const commune = await indicators({ unit: HAU_NGHIA, from: '2022-01-01', to: '2022-12-31' });
    const district = await indicators({ unit: DISTRICT, from: '2022-01-01', to: '2022-12-31' });
    expect(commune.totalDossiers).toBe(district.byUnit.find((u) => u.unitCode === HAU_NGHIA)!.totalDossiers);
    expect(commune.byUnit).toEqual([expect.objectContaining({ unitCode: HAU_NGHIA, own: true })]);
    const index = district.qualityIndex;
    expect(index.maxScore).toBe(100);
    expect(index.groups.map((g) => g.key)).toEqual(['TRANSPARENCY', 'PROGRESS', 'ONLINE_SERVICE', 'ONLINE_PAYMENT', 'SATISFACTION', 'DIGITISATION']);
    const progress = index.groups.find((g) => g.key === 'PROGRESS')!;
    expect(progress.score).toBeCloseTo(20 * ((district.counts.settledEarly + district.counts.settledOnTime) / district.counts.settled), 2);
    expect(index.groups.find((g) => g.key === 'TRANSPARENCY')!.parts.every((p) => p.status === 'NOT_TRACKED')).toBe(true);
    expect(index.score).toBeGreaterThan(0);
    expect(index.score!).toBeLessThanOrEqual(index.scoredMaxScore);
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
      { requirementId: 'to-khai', fileId: await uploadedId(intake, '?digitised=true') },
      { requirementId: 'giay-chung-sinh', fileId: await uploadedId(intake, '?digitised=true') },
    ];
    codes.counter = (await gateway.data<{ receiveAtCounter: { code: string } }>('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input: counterInput }, intake)).receiveAtCounter.code;
    await paymentSucceeded(codes.counter, 'CASH');
    await start(codes.counter);
    await approve(codes.counter);
    await mutate('returnResult(code: $code, receivedBy: "Trần Văn Bảy")', '$code: String!', { code: codes.counter }, intake);
    // The result goes by post and the post reports delivery.
    codes.post = await submit({ deliveryMethod: 'POST', deliveryAddress: 'Khu phố 2, thị trấn Hậu Nghĩa' });
    await receive(codes.post);
    await start(codes.post);
    const shipped = await gateway.data<{ approveDossier: { postalTrackingNumber: string } }>('mutation($c: String!) { approveDossier(code: $c, note: null) { postalTrackingNumber } }', { c: codes.post }, approver);
    await gateway.data('mutation($t: String!) { reportPostalDelivery(trackingNumber: $t, receivedBy: "Nguyễn Văn An") { status } }', { t: shipped.approveDossier.postalTrackingNumber }, intake);
    // Reusing the documents of the first dossier; then refused during processing.
    const { dossier } = await gateway.data<{ dossier: { documents: { requirementId: string; file: { id: string } }[] } }>('query($c: String!) { dossier(code: $c) { documents { requirementId file { id } } } }', { c: codes.online }, citizen);
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
    const columns = COUNTS.split(' ').filter((c) => c !== 'receivedOnline').map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
    const key = `unit_code, procedure_code, channel, to_char(day, 'YYYY-MM-DD') as day`;
    const bulk = await db.query(`select ${key}, ${columns.join(', ')} from (${statisticsOfSql('select * from dossiers.dossier')}) b order by 1, 2, 3, 4`);
    // The 2022 history has no dossiers behind it: compare everything after it.
    const kept = await db.query(
      `select ${key}, ${columns.join(', ')} from dossiers.statistic_day
       where day >= '2024-01-01' and (${columns.map((c) => `${c} <> 0`).join(' or ')}) order by 1, 2, 3, 4`,
    );
    expect(kept.rows.length).toBeGreaterThan(5);
    expect(kept.rows).toEqual(bulk.rows);
  });

  it('shows where outreach should go next: in-person dossiers of fully online procedures', async () => {
    const data = await gateway.data<{ outreachOpportunities: { unitCode: string; procedureCode: string; inPersonDossiers: number; rank: number }[] }>(
      'query($f: Date!, $t: Date!) { outreachOpportunities(unitCode: "802", from: $f, to: $t) { rank unitCode procedureCode inPersonDossiers onlineDossiers } }',
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

  it('refuses citizens and counter staff, and anonymous callers', async () => {
    expect(errorCode(await gateway.graphql(INDICATORS, vars, citizen))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(INDICATORS, vars, intake))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(INDICATORS, vars))).toBe('UNAUTHENTICATED');
  });

  it('keeps an official to their unit and beneath', async () => {
    const hiepHoaOfficial = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'official-27934', roles: ['OFFICIAL'], unit: '27934' });
    expect(errorCode(await gateway.graphql(INDICATORS, vars, hiepHoaOfficial))).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await gateway.graphql(INDICATORS, { ...vars, unit: '80' }, official))).toBe('OUT_OF_JURISDICTION');
    expect((await indicators({ unit: null, from: '2022-01-01', to: '2022-12-31' }, hiepHoaOfficial)).unit).toEqual({ code: '27934' });
  });

  it("defaults to the caller's unit, lets an administrator read anywhere, and checks the period", async () => {
    expect((await indicators({ from: '2022-01-01', to: '2022-12-31' })).unit).toEqual({ code: DISTRICT });
    expect((await indicators({ unit: '80', from: '2022-01-01', to: '2022-12-31' }, admin)).totalDossiers).toBe(110_642);
    expect(errorCode(await gateway.graphql(INDICATORS, { unit: DISTRICT, from: '2022-12-31', to: '2022-01-01' }, official))).toBe('VALIDATION_FAILED');
    expect(errorCode(await gateway.graphql(INDICATORS, { unit: '99999', from: '2022-01-01', to: '2022-12-31' }, admin))).toBe('NOT_FOUND');
  });
});

describe('CSV export', () => {
  const url = (query: string) => `${gateway.baseUrl}/statistics/indicators.csv?${query}`;

  it('exports the communes of the district, total first, through the gateway', async () => {
    const res = await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31'), { headers: { authorization: `Bearer ${official}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so spreadsheets read Vietnamese as UTF-8
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0].split(',').slice(0, 6)).toEqual(['unitCode', 'unitName', 'level', 'rank', 'totalDossiers', 'onlineDossiers']);
    expect(lines[1].split(',').slice(0, 2)).toEqual(['802', 'Tổng cộng']);
    expect(lines[1].split(',')[4]).toBe('110642');
    expect(lines[1].split(',')[5]).toBe('56436');
    expect(lines).toHaveLength(2 + 1 + 20);
    const byProcedure = await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31&by=procedure'), { headers: { authorization: `Bearer ${official}` } });
    expect((await byProcedure.text()).split('\r\n')[0]).toMatch(/^procedureCode,procedureName,field/);
  });

  it('follows the same rules as the query', async () => {
    const forbidden = await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31'), { headers: { authorization: `Bearer ${citizen}` } });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe('FORBIDDEN');
    expect((await fetch(url('unitCode=802&from=2022-01-01&to=2022-12-31'))).status).toBe(401);
    expect((await fetch(url('unitCode=80&from=2022-01-01&to=2022-12-31'), { headers: { authorization: `Bearer ${official}` } })).status).toBe(403);
    expect((await fetch(url('unitCode=802&from=2022-02-30&to=2022-12-31'), { headers: { authorization: `Bearer ${official}` } })).status).toBe(400);
  });
});
