import { beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { DISTRICT, HAU_NGHIA, HIEP_HOA, HIEP_HOA_PREDECESSORS, OLD, OTHER_PROVINCE, PROVINCE, daysAgo, gateway, mintToken, todayInVietnam } from './support';

let official: string;
let admin: string;
let intake: string;
let otherCommuneOfficial: string;

beforeAll(async () => {
  [official, admin, intake] = await Promise.all(['official', 'admin', 'intake'].map((u) => gateway.login(u)));
  otherCommuneOfficial = await mintToken('test-official-27952', ['OFFICIAL'], HIEP_HOA);
});

const RECORD_TRAINING = `mutation($input: RecordTrainingSessionInput!) {
  recordTrainingSession(input: $input) { id title status attendeeCount unit { code name } attendees { fullName role unit { code } } }
}`;
const SESSIONS = `query($unit: String, $status: TrainingStatus) {
  trainingSessions(unitCode: $unit, status: $status, first: 100) { totalCount nodes { id title unit { code } } pageInfo { hasNextPage endCursor } }
}`;
const TRAINED = 'query($unit: String, $from: Date!, $to: Date!) { trainedPeople(unitCode: $unit, from: $from, to: $to) { unit { code } sessions attendees officials volunteers citizens } }';

function trainingInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Tập huấn hướng dẫn nộp hồ sơ trực tuyến cho công chức',
    audience: 'OFFICIALS',
    unitCode: HAU_NGHIA,
    startsAt: daysAgo(2, 8),
    endsAt: daysAgo(2, 11),
    trainer: 'Trung tâm Phục vụ hành chính công',
    location: 'Hội trường UBND thị trấn Hậu Nghĩa',
    materials: ['Hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia'],
    attendees: [
      { fullName: 'Nguyễn Văn Thử', role: 'OFFICIAL', position: 'Công chức Tư pháp – Hộ tịch', unitCode: HAU_NGHIA },
      { fullName: 'Lê Thị Kiểm', role: 'OFFICIAL', unitCode: HAU_NGHIA },
      { fullName: 'Phạm Thanh Tâm', role: 'VOLUNTEER', unitCode: HAU_NGHIA },
    ],
    ...overrides,
  };
}

type Session = { id: string; title: string; status: string; attendeeCount: number; unit: { code: string; name: string }; attendees: { fullName: string; role: string }[] };

describe('training sessions and jurisdiction', () => {
  it("lets the province's official record a held session with attendance for one of its communes, and counts who was trained", async () => {
    const period = { unit: HAU_NGHIA, from: todayInVietnam(-7), to: todayInVietnam() };
    const before = await gateway.data<{ trainedPeople: { officials: number; sessions: number }[] }>(TRAINED, period, official);
    const { recordTrainingSession: session } = await gateway.data<{ recordTrainingSession: Session }>(RECORD_TRAINING, { input: trainingInput() }, official);
    expect(session).toMatchObject({ status: 'HELD', attendeeCount: 3, unit: { code: HAU_NGHIA, name: 'Xã Hậu Nghĩa' } });
    expect(session.attendees.map((a) => a.fullName).sort()).toEqual(['Lê Thị Kiểm', 'Nguyễn Văn Thử', 'Phạm Thanh Tâm']);

    const list = await gateway.data<{ trainingSessions: { nodes: { id: string }[] } }>(SESSIONS, { unit: HAU_NGHIA }, official);
    expect(list.trainingSessions.nodes.map((n) => n.id)).toContain(session.id);
    const after = await gateway.data<{ trainedPeople: { unit: { code: string }; officials: number; volunteers: number; sessions: number }[] }>(TRAINED, period, official);
    const row = (rows: { officials: number; sessions: number }[]) => rows[0] ?? { officials: 0, sessions: 0 };
    expect(row(after.trainedPeople).officials).toBe(row(before.trainedPeople).officials + 2);
    expect(row(after.trainedPeople).sessions).toBe(row(before.trainedPeople).sessions + 1);
  });

  it('turns a plan into a held session with its attendance, atomically, and cancels only plans', async () => {
    const start = new Date(Date.now() + 3 * 86_400_000);
    const planned = await gateway.data<{ recordTrainingSession: Session }>(
      RECORD_TRAINING,
      { input: trainingInput({ status: 'PLANNED', attendees: [], startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * 3600_000).toISOString() }) },
      official,
    );
    expect(planned.recordTrainingSession).toMatchObject({ status: 'PLANNED', attendeeCount: 0 });
    const id = planned.recordTrainingSession.id;
    // Not yet held: attendance is refused and nothing changes.
    const early = await gateway.graphql(
      'mutation($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { id } }',
      { input: { sessionId: id, attendees: [{ fullName: 'Võ Văn Sớm', role: 'CITIZEN', unitCode: HAU_NGHIA }] } },
      official,
    );
    expect(errorCode(early)).toBe('VALIDATION_FAILED');
    const cancelled = await gateway.data<{ cancelTrainingSession: { status: string } }>('mutation($id: ID!) { cancelTrainingSession(id: $id) { status } }', { id }, official);
    expect(cancelled.cancelTrainingSession.status).toBe('CANCELLED');
    expect(errorCode(await gateway.graphql('mutation($id: ID!) { cancelTrainingSession(id: $id) { status } }', { id }, official))).toBe('INVALID_TRANSITION');

    const pastPlan = await gateway.data<{ recordTrainingSession: Session }>(RECORD_TRAINING, { input: trainingInput({ status: 'PLANNED', attendees: [] }) }, official);
    const held = await gateway.data<{ recordTrainingAttendance: Session }>(
      'mutation($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { status attendeeCount attendees { fullName } } }',
      { input: { sessionId: pastPlan.recordTrainingSession.id, attendeeCount: 30, attendees: [{ fullName: 'Võ Văn Đến', role: 'CITIZEN', unitCode: HAU_NGHIA }] } },
      official,
    );
    expect(held.recordTrainingAttendance).toMatchObject({ status: 'HELD', attendeeCount: 30, attendees: [{ fullName: 'Võ Văn Đến' }] });
    // One attendee outside the official's province spoils the whole sheet: the earlier one stays.
    const spoiled = await gateway.graphql(
      'mutation($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { id } }',
      {
        input: {
          sessionId: pastPlan.recordTrainingSession.id,
          attendees: [
            { fullName: 'Người Tỉnh Khác', role: 'CITIZEN', unitCode: OTHER_PROVINCE },
            { fullName: 'Võ Văn Hai', role: 'CITIZEN', unitCode: HAU_NGHIA },
          ],
        },
      },
      official,
    );
    expect(errorCode(spoiled)).toBe('OUT_OF_JURISDICTION');
    const again = await gateway.data<{ trainingSession: Session }>(
      'query($id: ID!) { trainingSession(id: $id) { attendeeCount attendees { fullName } } }',
      { id: pastPlan.recordTrainingSession.id },
      official,
    );
    expect(again.trainingSession).toMatchObject({ attendeeCount: 30, attendees: [{ fullName: 'Võ Văn Đến' }] });
  });

  it('refuses the intake officer and anonymous callers', async () => {
    expect(errorCode(await gateway.graphql(RECORD_TRAINING, { input: trainingInput() }, intake))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(SESSIONS, { unit: HAU_NGHIA }, intake))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.graphql(SESSIONS, { unit: HAU_NGHIA }))).toBe('UNAUTHENTICATED');
  });

  it("keeps each official to their own unit: another commune's official sees none of Hậu Nghĩa's records", async () => {
    expect(errorCode(await gateway.graphql(SESSIONS, { unit: HAU_NGHIA }, otherCommuneOfficial))).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await gateway.graphql(RECORD_TRAINING, { input: trainingInput() }, otherCommuneOfficial))).toBe('OUT_OF_JURISDICTION');
    const own = await gateway.data<{ trainingSessions: { nodes: { unit: { code: string } }[] } }>(SESSIONS, {}, otherCommuneOfficial);
    expect(own.trainingSessions.nodes.length).toBeGreaterThan(0);
    // Its own records, and those of the units it succeeded (named by the unit of their day).
    expect(own.trainingSessions.nodes.every((n) => HIEP_HOA_PREDECESSORS.includes(n.unit.code))).toBe(true);
    expect(own.trainingSessions.nodes.some((n) => n.unit.code !== HIEP_HOA)).toBe(true);
  });

  it("hides records of a unit outside the province from the province's official", async () => {
    const province = await gateway.data<{ recordTrainingSession: Session }>(
      RECORD_TRAINING,
      { input: trainingInput({ unitCode: OTHER_PROVINCE, attendees: [], title: 'Tập huấn tại tỉnh khác' }) },
      admin,
    );
    const mine = await gateway.data<{ trainingSessions: { totalCount: number; nodes: { id: string }[] } }>('query { trainingSessions(first: 100) { totalCount nodes { id } } }', {}, official);
    expect(mine.trainingSessions.nodes.map((n) => n.id)).not.toContain(province.recordTrainingSession.id);
    expect(errorCode(await gateway.graphql(SESSIONS, { unit: OTHER_PROVINCE }, official))).toBe('OUT_OF_JURISDICTION');
    const all = await gateway.data<{ trainingSessions: { totalCount: number } }>('query { trainingSessions(first: 1) { totalCount } }', {}, admin);
    expect(all.trainingSessions.totalCount).toBeGreaterThan(mine.trainingSessions.totalCount);
  });

  it('explains invalid input in Vietnamese and English', async () => {
    const reversed = await gateway.graphql(RECORD_TRAINING, { input: trainingInput({ endsAt: daysAgo(3) }) }, official);
    expect(errorCode(reversed)).toBe('VALIDATION_FAILED');
    expect(reversed.errors?.[0].extensions).toMatchObject({ messageVi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', messageEn: 'The end must come after the start.' });
    const future = await gateway.graphql(
      RECORD_TRAINING,
      { input: trainingInput({ startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString() }) },
      official,
    );
    expect(errorCode(future)).toBe('VALIDATION_FAILED');
    expect(errorCode(await gateway.graphql(RECORD_TRAINING, { input: trainingInput({ unitCode: '99999' }) }, official))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.graphql(RECORD_TRAINING, { input: trainingInput({ attendeeCount: 1 }) }, official))).toBe('VALIDATION_FAILED');
    expect(errorCode(await gateway.graphql(RECORD_TRAINING, { input: trainingInput({ title: '   ' }) }, official))).toBe('VALIDATION_FAILED');
  });

  it('pages through a long list with cursors', async () => {
    const first = await gateway.data<{ trainingSessions: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      'query { trainingSessions(unitCode: "802", first: 5) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }',
      {},
      official,
    );
    expect(first.trainingSessions.totalCount).toBeGreaterThan(5);
    expect(first.trainingSessions.pageInfo.hasNextPage).toBe(true);
    const second = await gateway.data<{ trainingSessions: { nodes: { id: string }[] } }>(
      'query($after: String) { trainingSessions(unitCode: "802", first: 5, after: $after) { nodes { id } } }',
      { after: first.trainingSessions.pageInfo.endCursor },
      official,
    );
    expect(second.trainingSessions.nodes).toHaveLength(5);
    expect(second.trainingSessions.nodes.some((n) => first.trainingSessions.nodes.some((m) => m.id === n.id))).toBe(false);
  });
});

describe('outreach events', () => {
  const RECORD = 'mutation($input: RecordOutreachEventInput!) { recordOutreachEvent(input: $input) { id kind title peopleReached accountsCreated assistedDossiersCounted unit { code } } }';
  const input = (overrides: Record<string, unknown> = {}) => ({
    kind: 'HAMLET_MEETING',
    title: 'Họp dân khu phố 3: giới thiệu dịch vụ công trực tuyến',
    unitCode: HAU_NGHIA,
    place: 'Nhà văn hóa khu phố 3',
    startsAt: daysAgo(1, 19),
    endsAt: daysAgo(1, 21),
    organiser: 'Ban điều hành khu phố',
    peopleReached: 80,
    accountsCreated: 25,
    dossiersAssisted: 4,
    ...overrides,
  });

  it('records a hamlet meeting and lists it for the commune and the province', async () => {
    const { recordOutreachEvent: event } = await gateway.data<{ recordOutreachEvent: { id: string; peopleReached: number } }>(RECORD, { input: input() }, official);
    expect(event.peopleReached).toBe(80);
    for (const unit of [HAU_NGHIA, PROVINCE]) {
      const list = await gateway.data<{ outreachEvents: { nodes: { id: string }[] } }>('query($u: String) { outreachEvents(unitCode: $u, first: 100) { nodes { id } } }', { u: unit }, official);
      expect(list.outreachEvents.nodes.map((n) => n.id)).toContain(event.id);
    }
    const campaigns = await gateway.data<{ outreachEvents: { nodes: { kind: string; title: string }[] } }>(
      'query { outreachEvents(kind: YOUTH_UNION_CAMPAIGN, first: 50) { nodes { kind title } } }',
      {},
      official,
    );
    expect(campaigns.outreachEvents.nodes.length).toBeGreaterThan(0);
    expect(campaigns.outreachEvents.nodes.every((n) => n.kind === 'YOUTH_UNION_CAMPAIGN')).toBe(true);
    expect(campaigns.outreachEvents.nodes.some((n) => n.title.includes('Mùa hè xanh'))).toBe(true);
  });

  it('refuses more accounts than people reached, and the intake officer', async () => {
    const result = await gateway.graphql(RECORD, { input: input({ accountsCreated: 81 }) }, official);
    expect(errorCode(result)).toBe('VALIDATION_FAILED');
    expect(result.errors?.[0].extensions?.messageEn).toBe('Accounts created cannot exceed the people reached.');
    expect(errorCode(await gateway.graphql(RECORD, { input: input() }, intake))).toBe('FORBIDDEN');
  });
});

describe('teams, volunteers and Zalo groups', () => {
  it('creates a team and registers a volunteer with an account, once', async () => {
    const team = await gateway.data<{ createSupportTeam: { id: string; kind: string } }>(
      'mutation($input: CreateSupportTeamInput!) { createSupportTeam(input: $input) { id kind } }',
      { input: { kind: 'YOUTH_UNION', name: 'Đội hình tình nguyện khu phố 5', unitCode: HAU_NGHIA, leaderName: 'Trương Minh Quân' } },
      official,
    );
    const register = (subject: string) =>
      gateway.graphql<{ registerVolunteer: { fullName: string; team: { id: string }; assistedDossierCount: number } }>(
        'mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { fullName team { id } assistedDossierCount } }',
        { input: { fullName: 'Đỗ Thị Hồng', subject, unitCode: HAU_NGHIA, teamId: team.createSupportTeam.id } },
        official,
      );
    const created = await register('test-volunteer-hong');
    expect(created.data?.registerVolunteer).toEqual({ fullName: 'Đỗ Thị Hồng', team: { id: team.createSupportTeam.id }, assistedDossierCount: 0 });
    expect(errorCode(await register('test-volunteer-hong'))).toBe('CONFLICT');
    const wrongUnit = await gateway.graphql(
      'mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }',
      { input: { fullName: 'Ai Đó', unitCode: HIEP_HOA, teamId: team.createSupportTeam.id } },
      official,
    );
    expect(errorCode(wrongUnit)).toBe('VALIDATION_FAILED');
  });

  it('keeps Zalo groups with a real invitation link, each link once', async () => {
    const create = (link: string) =>
      gateway.graphql<{ createSupportGroup: { link: string; admins: string[] } }>(
        'mutation($input: CreateSupportGroupInput!) { createSupportGroup(input: $input) { link admins } }',
        { input: { unitCode: HAU_NGHIA, name: 'Hỏi đáp thủ tục – khu phố 5', link, admins: ['Trương Minh Quân'], memberCount: 85 } },
        official,
      );
    expect((await create('https://zalo.me/g/kp5test01')).data?.createSupportGroup).toEqual({ link: 'https://zalo.me/g/kp5test01', admins: ['Trương Minh Quân'] });
    expect(errorCode(await create('https://zalo.me/g/kp5test01'))).toBe('CONFLICT');
    const bad = await create('https://example.com/g/kp5test01');
    expect(errorCode(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors?.[0].extensions?.messageVi).toMatch(/zalo\.me\/g/);
    const groups = await gateway.data<{ supportGroups: { totalCount: number } }>('query { supportGroups(unitCode: "80", first: 50) { totalCount } }', {}, official);
    expect(groups.supportGroups.totalCount).toBeGreaterThanOrEqual(8); // a group for each of the seven communes, and this one
  });
});

describe('the assisted-contact inbox', () => {
  const LOG = 'mutation($input: LogSupportRequestInput!) { logSupportRequest(input: $input) { id status outcome answeredAt resolvedAt minutesToResolve } }';

  it('takes a contact from open to answered to resolved, and not twice', async () => {
    const logged = await gateway.data<{ logSupportRequest: { id: string; status: string } }>(
      LOG,
      {
        input: {
          unitCode: HAU_NGHIA,
          channel: 'HOTLINE',
          question: 'Hỏi cách nộp hồ sơ khai sinh trực tuyến',
          procedureCode: '1.001193',
          receivedAt: new Date(Date.now() - 45 * 60_000).toISOString(),
        },
      },
      official,
    );
    const id = logged.logSupportRequest.id;
    expect(logged.logSupportRequest.status).toBe('OPEN');
    const inbox = await gateway.data<{ supportRequests: { nodes: { id: string; status: string }[]; counts: { open: number } } }>(
      'query { supportRequests(unitCode: "27931", statuses: [OPEN], first: 100) { nodes { id status } counts { open answered resolved } } }',
      {},
      official,
    );
    expect(inbox.supportRequests.nodes.map((n) => n.id)).toContain(id);
    expect(inbox.supportRequests.nodes.every((n) => n.status === 'OPEN')).toBe(true);
    expect(inbox.supportRequests.counts.open).toBeGreaterThanOrEqual(1);

    const answered = await gateway.data<{ answerSupportRequest: { status: string; answer: string } }>(
      'mutation($id: ID!) { answerSupportRequest(id: $id, answer: "Đã gửi hướng dẫn qua Zalo") { status answer } }',
      { id },
      official,
    );
    expect(answered.answerSupportRequest.status).toBe('ANSWERED');
    const resolved = await gateway.data<{ resolveSupportRequest: { status: string; outcome: string; minutesToResolve: number; handledByName: string } }>(
      'mutation($id: ID!) { resolveSupportRequest(id: $id, outcome: SUBMITTED_ONLINE) { status outcome minutesToResolve handledByName } }',
      { id },
      official,
    );
    expect(resolved.resolveSupportRequest).toMatchObject({ status: 'RESOLVED', outcome: 'SUBMITTED_ONLINE', handledByName: 'Huỳnh Thanh Hải' });
    expect(resolved.resolveSupportRequest.minutesToResolve).toBeGreaterThanOrEqual(44);
    expect(errorCode(await gateway.graphql('mutation($id: ID!) { resolveSupportRequest(id: $id, outcome: GUIDED) { id } }', { id }, official))).toBe('INVALID_TRANSITION');
  });

  it('logs a contact settled on the spot as resolved, and reports per channel', async () => {
    const spot = await gateway.data<{ logSupportRequest: { status: string; resolvedAt: string } }>(
      LOG,
      { input: { unitCode: HAU_NGHIA, channel: 'COUNTER_GUIDANCE', question: 'Hỏi lệ phí chứng thực', outcome: 'GUIDED', answer: 'Đã hướng dẫn' } },
      official,
    );
    expect(spot.logSupportRequest.status).toBe('RESOLVED');
    const stats = await gateway.data<{ supportStats: { channel: string; total: number; resolved: number }[] }>(
      'query($from: Date!, $to: Date!) { supportStats(unitCode: "27931", from: $from, to: $to) { channel total resolved medianMinutesToResolve } }',
      { from: todayInVietnam(-1), to: todayInVietnam() },
      official,
    );
    expect(stats.supportStats.find((s) => s.channel === 'COUNTER_GUIDANCE')?.resolved).toBeGreaterThanOrEqual(1);
    const badGroup = await gateway.graphql(LOG, { input: { unitCode: HAU_NGHIA, channel: 'HOTLINE', question: 'x', dossierCode: 'not a code' } }, official);
    expect(errorCode(badGroup)).toBe('VALIDATION_FAILED');
  });
});

describe('targets', () => {
  const SET = `mutation($input: SetTargetInput!) {
    setOutreachTarget(input: $input) { id metric targetValue periodStart periodEnd progress { actual ratio met onTrack measuredTo } }
  }`;

  it('sets a target once per unit, metric and period, and measures progress from the training records', async () => {
    const input = { unitCode: HAU_NGHIA, metric: 'PEOPLE_TRAINED', periodStart: todayInVietnam(-30), periodEnd: todayInVietnam(30), targetValue: 10 };
    const first = await gateway.data<{ setOutreachTarget: { id: string; progress: { actual: number; measuredTo: string } } }>(SET, { input }, official);
    expect(first.setOutreachTarget.progress.actual).toBeGreaterThanOrEqual(3);
    expect(first.setOutreachTarget.progress.measuredTo).toBe(todayInVietnam());
    const changed = await gateway.data<{ setOutreachTarget: { id: string; targetValue: number } }>(SET, { input: { ...input, targetValue: 500 } }, official);
    expect(changed.setOutreachTarget).toMatchObject({ id: first.setOutreachTarget.id, targetValue: 500 });
    const list = await gateway.data<{ outreachTargets: { nodes: { id: string; progress: { met: boolean } }[] } }>(
      'query($from: Date) { outreachTargets(unitCode: "27931", metric: PEOPLE_TRAINED, from: $from, first: 50) { nodes { id progress { met } } } }',
      { from: todayInVietnam() },
      official,
    );
    expect(list.outreachTargets.nodes.filter((n) => n.id === first.setOutreachTarget.id)).toEqual([{ id: first.setOutreachTarget.id, progress: { met: false } }]);
  });

  it('refuses a share above 100% and a period that ends before it starts', async () => {
    const share = await gateway.graphql(SET, { input: { unitCode: HAU_NGHIA, metric: 'ONLINE_SHARE', periodStart: '2027-01-01', periodEnd: '2027-12-31', targetValue: 70 } }, official);
    expect(errorCode(share)).toBe('VALIDATION_FAILED');
    const period = await gateway.graphql(SET, { input: { unitCode: HAU_NGHIA, metric: 'PEOPLE_TRAINED', periodStart: '2027-12-31', periodEnd: '2027-01-01', targetValue: 70 } }, official);
    expect(errorCode(period)).toBe('VALIDATION_FAILED');
  });
});

describe('records under the units of today', () => {
  const LIST = `query($unit: String, $asOf: Date) {
    trainingSessions(unitCode: $unit, asOf: $asOf, from: "2022-01-01", to: "2022-12-31", first: 100) { totalCount nodes { id unit { code } } }
  }`;
  type Sessions = { trainingSessions: { totalCount: number; nodes: { id: string; unit: { code: string } }[] } };
  const list = (unit: string, token: string, asOf?: string) => gateway.data<Sessions>(LIST, { unit, asOf }, token).then((d) => d.trainingSessions);

  it('lists a commune of today with the 2022 records of the communes merged into it, named as they were', async () => {
    const today = await list(HAU_NGHIA, official);
    const old = await Promise.all(['27931', '27949', '27955'].map((unit) => list(unit, official, OLD)));
    expect(today.totalCount).toBe(old.reduce((s, l) => s + l.totalCount, 0));
    expect(new Set(today.nodes.map((n) => n.unit.code))).toEqual(new Set(['27931', '27949', '27955']));
    expect((await list(HAU_NGHIA, official, OLD)).totalCount).toBe(old[0].totalCount); // thị trấn Hậu Nghĩa alone, as it was
  });

  it("shows a split commune's records to its first successor's official only, and no predecessor of another commune", async () => {
    const [ducLap, myHanh] = await Promise.all([mintToken('test-official-27964', ['OFFICIAL'], '27964'), mintToken('test-official-27976', ['OFFICIAL'], '27976')]);
    const split = await list('27967', official, OLD);
    expect(split.totalCount).toBeGreaterThan(0);
    const one = `query($id: ID!) { trainingSession(id: $id) { id } }`;
    expect(errorCode(await gateway.graphql(one, { id: split.nodes[0].id }, ducLap))).toBeUndefined();
    expect(errorCode(await gateway.graphql(one, { id: split.nodes[0].id }, myHanh))).toBe('OUT_OF_JURISDICTION');
    expect((await list('27964', ducLap)).nodes.some((n) => n.unit.code === '27967')).toBe(true);
    expect((await list('27976', myHanh)).nodes.some((n) => n.unit.code === '27967')).toBe(false);
    // Reading old Đức Hòa Thượng itself is reading a predecessor; old thị trấn Hậu Nghĩa is not Đức Lập's.
    expect(errorCode(await gateway.graphql(LIST, { unit: '27967', asOf: OLD }, ducLap))).toBeUndefined();
    expect(errorCode(await gateway.graphql(LIST, { unit: HAU_NGHIA, asOf: OLD }, ducLap))).toBe('OUT_OF_JURISDICTION');
    expect(errorCode(await gateway.graphql(LIST, { unit: DISTRICT, asOf: OLD }, ducLap))).toBe('OUT_OF_JURISDICTION');
  });
});
