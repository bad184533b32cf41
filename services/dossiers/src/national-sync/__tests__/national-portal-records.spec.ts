import { describe, expect, it } from 'vitest';
import { dossierRecord, packetFor, portalDate, progressRecord, type DossierSnapshot } from '../national-portal-records';

const dossier: DossierSnapshot = {
  code: '000.00.01.H53-261203-0007',
  procedureCode: '1.001193',
  agencyCode: '000.00.01.H53',
  currentUnitCode: '27931',
  channel: 'ONLINE',
  deliveryMethod: 'ONLINE',
  applicant: { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Ấp Tân Hòa, xã Hậu Nghĩa' },
  nationalStatus: 4,
  submittedAt: new Date('2026-12-02T17:30:05Z'),
  receivedAt: new Date('2026-12-03T01:15:00Z'),
  dueAt: new Date('2026-12-08T10:00:00Z'),
};

describe('the national portal packets', () => {
  it('writes dates as yyyyMMddHHmmss in Vietnam time (17:30 UTC is 00:30 the next day)', () => {
    expect(portalDate(new Date('2026-12-02T17:30:05Z'))).toBe('20261203003005');
    expect(portalDate(null)).toBe('');
  });

  it('sends the whole record first, progress steps after, and the record again when the dossier ends', () => {
    expect(packetFor(false, 2)).toBe('DongBoHoSoMC');
    expect(packetFor(true, 4)).toBe('CapNhatTienDoHoSoMC');
    expect(packetFor(true, 5)).toBe('CapNhatTienDoHoSoMC');
    for (const ended of [3, 7, 8, 9, 10]) expect(packetFor(true, ended)).toBe('DongBoHoSoMC');
  });

  it("carries the dossier's code, procedure, channel, applicant and national status", () => {
    expect(dossierRecord(dossier)).toMatchObject({
      MaHoSo: '000.00.01.H53-261203-0007',
      MaTTHC: '1.001193',
      KenhThucHien: '2',
      ChuHoSo: 'Nguyễn Văn An',
      MaDoiTuong: '080090001234',
      NgayNopHoSo: '20261203003005',
      NgayTiepNhan: '20261203081500',
      NgayHenTra: '20261208170000',
      TrangThaiHoSo: '4',
      NgayTra: '',
    });
  });

  it('has the nine fields of a progress step', () => {
    const step = progressRecord(dossier, { actorName: 'Phạm Văn Dũng', actorRole: 'HANDLER', action: 'START_PROCESSING', at: new Date('2026-12-03T02:00:00Z') });
    expect(Object.keys(step)).toHaveLength(9);
    expect(step).toMatchObject({ MaHoSo: dossier.code, NhanVienXuLy: 'Phạm Văn Dũng', ThoiDiemXuLy: '20261203090000', TrangThai: '4' });
  });
});
