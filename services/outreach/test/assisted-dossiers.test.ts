import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAU_NGHIA, assistedSubmission, deliverEvent, eventually, gateway, submitBirthRegistration } from './support';

let official: string;
let volunteer: string;

beforeAll(async () => {
  [official, volunteer] = await Promise.all(['official', 'volunteer'].map((u) => gateway.login(u)));
});

const VOLUNTEERS = 'query { volunteers(unitCode: "27931", first: 100) { nodes { id fullName assistedDossierCount lastAssistedAt } } }';
type VolunteerRow = { id: string; fullName: string; assistedDossierCount: number };

async function volunteerNamed(name: string): Promise<VolunteerRow | undefined> {
  const data = await gateway.data<{ volunteers: { nodes: VolunteerRow[] } }>(VOLUNTEERS, {}, official);
  return data.volunteers.nodes.find((v) => v.fullName === name);
}

async function assistedCodes(volunteerId: string): Promise<string[]> {
  const data = await gateway.data<{ assistedDossiers: { nodes: { dossierCode: string }[] } }>(
    'query($v: ID) { assistedDossiers(unitCode: "27931", volunteerId: $v, first: 100) { nodes { dossierCode } } }',
    { v: volunteerId },
    official,
  );
  return data.assistedDossiers.nodes.map((n) => n.dossierCode);
}

describe('dossiers volunteers helped submit, from the dossiers service’s events', () => {
  it("counts the demo volunteer's real submission once, without anyone typing it in", async () => {
    const before = (await volunteerNamed('Trần Thị Bình'))!;
    expect(before).toBeDefined();
    const code = await submitBirthRegistration(volunteer, { applicantConsent: true });
    const after = await eventually(async () => {
      const row = await volunteerNamed('Trần Thị Bình');
      return row && row.assistedDossierCount > before.assistedDossierCount ? row : undefined;
    });
    expect(after.assistedDossierCount).toBe(before.assistedDossierCount + 1);
    expect(await assistedCodes(before.id)).toContain(code);
    const event = await gateway.data<{ assistedDossiers: { nodes: { dossierCode: string; helperName: string; procedure: { code: string; name: string }; unit: { name: string } }[] } }>(
      'query { assistedDossiers(unitCode: "27931", first: 5) { nodes { dossierCode helperName procedure { code name } unit { name } } } }',
      {},
      official,
    );
    expect(event.assistedDossiers.nodes.find((n) => n.dossierCode === code)).toMatchObject({ helperName: 'Trần Thị Bình', procedure: { code: '1.001193' }, unit: { name: 'Xã Hậu Nghĩa' } });
  });

  it('counts a replayed event once, and the same dossier under another event id once', async () => {
    await gateway.data(
      'mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }',
      { input: { fullName: 'Ngô Văn Lặp', subject: 'test-helper-replay', unitCode: HAU_NGHIA } },
      official,
    );
    const code = `000.21.25.H39-${Date.now().toString().slice(-6)}-9001`;
    const envelope = assistedSubmission(code, 'test-helper-replay', 'Ngô Văn Lặp');
    expect(await deliverEvent(envelope)).toEqual({ status: 200, body: { status: 'processed' } });
    expect(await deliverEvent(envelope)).toEqual({ status: 200, body: { status: 'duplicate' } });
    expect((await deliverEvent({ ...envelope, id: randomUUID() })).body.status).toBe('processed');
    const helper = (await volunteerNamed('Ngô Văn Lặp'))!;
    expect(helper.assistedDossierCount).toBe(1);
    expect(await assistedCodes(helper.id)).toEqual([code]);

    const summary = await gateway.data<{ volunteerSummary: { unit: { code: string }; assistedDossiers: number; onlineSubmissions: number }[] }>(
      'query($from: Date!, $to: Date!) { volunteerSummary(unitCode: "27931", from: $from, to: $to) { unit { code } assistedDossiers onlineSubmissions } }',
      { from: '2026-01-01', to: '2030-12-31' },
      official,
    );
    const row = summary.volunteerSummary.find((r) => r.unit.code === HAU_NGHIA)!;
    expect(row.assistedDossiers).toBeGreaterThanOrEqual(1);
    expect(row.onlineSubmissions).toBeGreaterThanOrEqual(row.assistedDossiers);
  });

  it('refuses an event with a bad signature', async () => {
    const result = await deliverEvent(assistedSubmission('000.21.25.H39-261127-9999', 'test-helper-forged', 'Giả Mạo'), 'not-the-secret');
    expect(result.status).toBe(401);
  });
});
