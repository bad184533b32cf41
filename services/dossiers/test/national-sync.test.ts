import { describe, expect, inject, it } from 'vitest';
import { errorCode } from '@motcua/stack';
import { HAU_NGHIA, gateway, submitBirthRegistration } from './support';

/**
 * Every dossier reaches the national public service portal (its sandbox here) when it is created and at each change,
 * through the outbox: the payload in the portal's format, checked by the sandbox; refusals and outages recorded on the
 * dossier's sync track, listed for staff, retried.
 */
const portal = inject('nationalPortalUrl');

interface Track {
  state: 'PENDING' | 'SYNCED' | 'FAILED';
  attempts: number;
  lastSyncedAt: string | null;
  lastError: string | null;
  syncedStatus: number | null;
}
interface Packet {
  service: string;
  record: Record<string, string>;
  accepted: boolean;
  error: string | null;
}

const TRACK = 'query($code: String!) { dossier(code: $code) { status nationalStatus nationalSync { state attempts lastSyncedAt lastError syncedStatus } } }';

async function track(code: string, token: string): Promise<Track | null> {
  return (await gateway.data<{ dossier: { nationalSync: Track | null } }>(TRACK, { code }, token)).dossier.nationalSync;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!done(value)) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

async function packetsOf(code: string): Promise<Packet[]> {
  const state = (await (await fetch(`${portal}/_sandbox/state`)).json()) as { received: Packet[] };
  return state.received.filter((p) => p.record.MaHoSo === code);
}

const control = (path: string, body?: unknown) => fetch(`${portal}/_sandbox/${path}`, { method: 'POST', body: body ? JSON.stringify(body) : undefined });
const act = (token: string, mutation: string, variables: Record<string, unknown>) => gateway.data(mutation, variables, token);

describe('sync with the national portal', () => {
  it('has taken every demo dossier the seed made', async () => {
    const state = (await (await fetch(`${portal}/_sandbox/state`)).json()) as { received: Packet[] };
    expect(state.received.length).toBeGreaterThan(0);
    expect(state.received.filter((p) => !p.accepted)).toEqual([]);
  });

  it('pushes a new dossier with its national status, then each change as a progress step', async () => {
    const [citizen, intake] = await Promise.all([gateway.login('citizen'), gateway.login('intake')]);
    const { code } = await submitBirthRegistration(citizen);
    const first = await until(
      () => track(code, intake),
      (t) => t?.state === 'SYNCED',
    );
    expect(first).toMatchObject({ state: 'SYNCED', syncedStatus: 1, lastError: null });
    expect(first!.lastSyncedAt).not.toBeNull();

    await act(intake, 'mutation($code: String!) { receiveDossier(code: $code) { status } }', { code });
    await until(
      () => track(code, intake),
      (t) => t?.state === 'SYNCED' && t.syncedStatus === 2,
    );
    const packets = await packetsOf(code);
    expect(packets.map((p) => [p.service, p.accepted])).toEqual([
      ['DongBoHoSoMC', true],
      ['CapNhatTienDoHoSoMC', true],
    ]);
    expect(packets[0]!.record).toMatchObject({ MaHoSo: code, MaTTHC: '1.001193', KenhThucHien: '2', TrangThaiHoSo: '1', MaDoiTuong: '080090001234' });
    expect(packets[0]!.record.NgayTiepNhan).toMatch(/^\d{14}$/);
    expect(packets[1]!.record).toMatchObject({ MaHoSo: code, TrangThai: '2', NhanVienXuLy: 'Lê Thị Cúc' });
  });

  it('records a refusal with its reason, lists it for staff, and retries it on request', async () => {
    const [citizen, intake] = await Promise.all([gateway.login('citizen'), gateway.login('intake')]);
    const { code } = await submitBirthRegistration(citizen);
    await until(
      () => track(code, intake),
      (t) => t?.state === 'SYNCED',
    );
    await control(`refuse/${encodeURIComponent(code)}`);
    await act(intake, 'mutation($code: String!) { receiveDossier(code: $code) { status } }', { code });
    const failed = await until(
      () => track(code, intake),
      (t) => t?.state === 'FAILED',
    );
    expect(failed!.lastError).toMatch(/CapNhatTienDoHoSoMC: .*bị từ chối/);
    expect(failed!.syncedStatus).toBe(1);

    const listed = await gateway.data<{ nationalSyncFailures: { dossierCode: string; lastError: string }[] }>('{ nationalSyncFailures { dossierCode lastError } }', {}, intake);
    expect(listed.nationalSyncFailures.map((f) => f.dossierCode)).toContain(code);

    await control(`accept/${encodeURIComponent(code)}`);
    const retried = await gateway.data<{ retryNationalSync: Track }>('mutation($code: String!) { retryNationalSync(code: $code) { state attempts } }', { code }, intake);
    expect(retried.retryNationalSync).toMatchObject({ state: 'PENDING', attempts: 0 });
    await until(
      () => track(code, intake),
      (t) => t?.state === 'SYNCED' && t.syncedStatus === 2,
    );
    const after = await gateway.data<{ nationalSyncFailures: { dossierCode: string }[] }>('{ nationalSyncFailures { dossierCode } }', {}, intake);
    expect(after.nationalSyncFailures.map((f) => f.dossierCode)).not.toContain(code);
  });

  it('keeps trying with back-off while the portal is down, and catches up when it is back', async () => {
    const [citizen, intake] = await Promise.all([gateway.login('citizen'), gateway.login('intake')]);
    await control('mode', { mode: 'down' });
    try {
      const { code } = await submitBirthRegistration(citizen);
      const pending = await until(
        () => track(code, intake),
        (t) => (t?.attempts ?? 0) >= 2,
      );
      expect(pending).toMatchObject({ state: 'PENDING', lastError: 'HTTP 503', lastSyncedAt: null });
      await control('mode', { mode: 'up' });
      await until(
        () => track(code, intake),
        (t) => t?.state === 'SYNCED',
        45_000,
      );
    } finally {
      await control('mode', { mode: 'up' });
    }
  }, 90_000);

  it('shows the sync track to staff of the unit only', async () => {
    const [citizen, intake] = await Promise.all([gateway.login('citizen'), gateway.login('intake')]);
    const { code } = await submitBirthRegistration(citizen);
    expect(await track(code, citizen)).toBeNull();
    expect(await track(code, intake)).not.toBeNull();
    const forbidden = await gateway.graphql('{ nationalSyncFailures { dossierCode } }', {}, citizen);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it("scores the Decision 766 index's synchronised part from the tracks", async () => {
    const official = await gateway.login('official');
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const data = await gateway.data<{ indicators: { qualityIndex: { groups: { key: string; parts: { key: string; status: string; ratio: number | null }[] }[] } } }>(
      'query($unit: String, $from: Date!, $to: Date!) { indicators(unitCode: $unit, from: $from, to: $to) { qualityIndex { groups { key parts { key status ratio } } } } }',
      { unit: HAU_NGHIA, from: today, to: today },
      official,
    );
    const part = data.indicators.qualityIndex.groups.find((g) => g.key === 'TRANSPARENCY')!.parts.find((p) => p.key === 'DOSSIER_SYNC')!;
    expect(part.status).toBe('SCORED');
    expect(part.ratio).toBeGreaterThan(0);
  });
});

describe("the portal sandbox's checks", () => {
  const token = inject('nationalPortalToken');
  const post = (body: unknown, auth = `Bearer ${token}`) =>
    fetch(`${portal}/api/ho-so`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
  const record = {
    MaHoSo: '000.00.01.H53-261203-9001',
    MaTTHC: '1.001193',
    MaDonVi: '000.00.01.H53',
    KenhThucHien: '2',
    ChuHoSo: 'Nguyễn Văn An',
    MaDoiTuong: '080090001234',
    NgayTiepNhan: '20261203081500',
    TrangThaiHoSo: '1',
  };

  it('refuses a wrong token, missing fields, bad formats, unknown codes and a change after the end', async () => {
    expect((await post({ service: 'DongBoHoSoMC', data: [record] }, 'Bearer wrong')).status).toBe(401);
    const refusal = async (body: unknown) => (await (await post(body)).json()) as { error_code: string; message: string };
    expect(await refusal({ service: 'DongBoHoSoMC', data: [{ ...record, ChuHoSo: '' }] })).toMatchObject({ error_code: '1', message: expect.stringMatching(/ChuHoSo/) });
    expect((await refusal({ service: 'DongBoHoSoMC', data: [{ ...record, MaHoSo: 'HS 1' }] })).message).toMatch(/MaHoSo sai định dạng/);
    expect((await refusal({ service: 'DongBoHoSoMC', data: [{ ...record, TrangThaiHoSo: '11' }] })).message).toMatch(/trạng thái/);
    expect((await refusal({ service: 'DongBoHoSoMC', data: [{ ...record, NgayTiepNhan: '2026-12-03' }] })).message).toMatch(/yyyyMMddHHmmss/);
    expect(
      (
        await refusal({
          service: 'CapNhatTienDoHoSoMC',
          data: [
            { MaHoSo: '000.00.01.H53-261203-9002', NhanVienXuLy: 'A', ThoiDiemXuLy: '20261203090000', PhongBanXuLy: '27931', NoiDungXuLy: 'RECEIVE', TrangThai: '2', NgayBatDau: '20261203090000' },
          ],
        })
      ).message,
    ).toMatch(/chưa được đồng bộ/);
    expect(await refusal({ service: 'DongBoHoSoMC', data: [{ ...record, TrangThaiHoSo: '10' }] })).toMatchObject({ error_code: '0' });
    expect((await refusal({ service: 'DongBoHoSoMC', data: [{ ...record, TrangThaiHoSo: '4' }] })).message).toMatch(/đã kết thúc/);
  });
});
