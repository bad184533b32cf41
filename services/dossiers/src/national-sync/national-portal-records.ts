import { vietnamParts } from '@motcua/platform';
/**
 * The dossier in the national portal's format (QCVN 120:2019/BTTTT, Circular 18/2019/TT-BTTTT): the dossier
 * sync packet DongBoHoSoMC and the progress packet CapNhatTienDoHoSoMC, with the national status codes 1–10.
 * The regulation names the packets and their size (27 and 9 fields); the field names below are those of the
 * Government Office's integration guide as public connectors use them — see docs/national-platforms.md for what
 * could not be confirmed. Pure: no I/O.
 */

export type NationalService = 'DongBoHoSoMC' | 'CapNhatTienDoHoSoMC';

/** What the packets need of a dossier. */
export interface DossierSnapshot {
  code: string;
  procedureCode: string;
  agencyCode: string;
  currentUnitCode: string;
  channel: 'ONLINE' | 'COUNTER' | 'POST';
  deliveryMethod: string;
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email?: string | null };
  nationalStatus: number;
  submittedAt?: Date | null;
  receivedAt?: Date | null;
  dueAt?: Date | null;
  settledAt?: Date | null;
  returnedAt?: Date | null;
}

/** The last step, for the progress packet: who did what, when. */
export interface ProgressStep {
  actorName: string;
  actorRole: string | null;
  action: string;
  at: Date;
}

/** Dates as the portal's packets write them: yyyyMMddHHmmss, Vietnam time. */
export function portalDate(date: Date | null | undefined): string {
  if (!date) return '';
  const { day: dateKey, minuteOfDay } = vietnamParts(date);
  const seconds = date.getUTCSeconds();
  const hh = Math.floor(minuteOfDay / 60);
  const mm = Math.floor(minuteOfDay % 60);
  return `${dateKey.replace(/-/g, '')}${[hh, mm, seconds].map((n) => String(n).padStart(2, '0')).join('')}`;
}

const CHANNEL: Record<DossierSnapshot['channel'], string> = { COUNTER: '1', ONLINE: '2', POST: '3' };

/** Codes the portal keeps as the end of a dossier's life. */
const FINAL_NATIONAL_STATUSES: readonly number[] = [3, 7, 8, 10];

/** The whole record (DongBoHoSoMC): sent when the dossier first reaches the portal, and again when it ends. */
export function dossierRecord(d: DossierSnapshot): Record<string, string> {
  return {
    MaHoSo: d.code,
    MaTTHC: d.procedureCode,
    MaDonVi: d.agencyCode,
    KenhThucHien: CHANNEL[d.channel],
    ChuHoSo: d.applicant.fullName,
    LoaiDoiTuong: '1',
    MaDoiTuong: d.applicant.idNumber,
    SoDienThoai: d.applicant.phone,
    Email: d.applicant.email ?? '',
    DiaChi: d.applicant.address,
    NgayNopHoSo: portalDate(d.submittedAt ?? d.receivedAt),
    NgayTiepNhan: portalDate(d.receivedAt ?? d.submittedAt),
    NgayHenTra: portalDate(d.dueAt),
    TrangThaiHoSo: String(d.nationalStatus),
    NgayKetThucXuLy: portalDate(d.settledAt),
    NgayTra: portalDate(d.returnedAt),
    HinhThucTraKetQua: d.deliveryMethod,
    DonViXuLy: d.currentUnitCode,
  };
}

/** A step of the processing (CapNhatTienDoHoSoMC): its nine fields. */
export function progressRecord(d: DossierSnapshot, step: ProgressStep): Record<string, string> {
  return {
    MaHoSo: d.code,
    NhanVienXuLy: step.actorName,
    ChucDanh: step.actorRole ?? '',
    ThoiDiemXuLy: portalDate(step.at),
    PhongBanXuLy: d.currentUnitCode,
    NoiDungXuLy: step.action,
    TrangThai: String(d.nationalStatus),
    NgayBatDau: portalDate(d.receivedAt ?? d.submittedAt),
    NgayKetThucTheoQuyDinh: portalDate(d.dueAt),
  };
}

/**
 * Which packet carries a change: the record until the portal has it, and again when the dossier ends (the
 * progress packet has no room for the return date); a progress step in between.
 */
export function packetFor(recordSent: boolean, nationalStatus: number): NationalService {
  if (!recordSent || nationalStatus === 9 || FINAL_NATIONAL_STATUSES.includes(nationalStatus)) return 'DongBoHoSoMC';
  return 'CapNhatTienDoHoSoMC';
}
