import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { SandboxHttpServer } from './sandbox-http';

/** A packet as the portal received it, with its verdict. */
interface ReceivedPacket {
  service: string;
  record: Record<string, string>;
  accepted: boolean;
  error: string | null;
  at: string;
}

const SERVICES = ['DongBoHoSoMC', 'CapNhatTienDoHoSoMC'] as const;
const DOSSIER_CODE = /^[0-9A-Z]+(\.[0-9A-Z]+)*-\d{6}-\d{4}$/;
const PROCEDURE_CODE = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z0-9]+)?$/;
const PORTAL_DATE = /^\d{14}$/;
const FINAL = ['3', '7', '8', '10'];

const REQUIRED: Record<(typeof SERVICES)[number], string[]> = {
  DongBoHoSoMC: ['MaHoSo', 'MaTTHC', 'MaDonVi', 'KenhThucHien', 'ChuHoSo', 'NgayTiepNhan', 'TrangThaiHoSo'],
  CapNhatTienDoHoSoMC: ['MaHoSo', 'NhanVienXuLy', 'ThoiDiemXuLy', 'PhongBanXuLy', 'NoiDungXuLy', 'TrangThai', 'NgayBatDau'],
};

/**
 * A local stand-in for the national public service portal's receiving API (the DongBoHoSoMC and
 * CapNhatTienDoHoSoMC packets of QCVN 120:2019/BTTTT), strict where the portal must be: the bearer token, the
 * required fields, the formats of codes and dates, the status codes 1–10, progress only for a dossier it holds, and
 * no change once a dossier has ended. It keeps every packet with its verdict (GET /_sandbox/state) and can be told
 * to refuse one dossier (POST /_sandbox/refuse/<MaHoSo>, until /_sandbox/accept/<MaHoSo>) or, as every sandbox here, to be down (POST /_sandbox/mode).
 * With `stateFile` (npm start) the dossiers it holds outlive a restart, as the real portal's do.
 */
export function createNationalPortalSandbox(token: string, stateFile?: string): SandboxHttpServer {
  const received: ReceivedPacket[] = [];
  const statuses = new Map<string, string>(stateFile && existsSync(stateFile) ? Object.entries(JSON.parse(readFileSync(stateFile, 'utf8')) as Record<string, string>) : []);
  const refused = new Set<string>();

  const verdict = (service: (typeof SERVICES)[number], record: Record<string, string>): string | null => {
    const missing = REQUIRED[service].filter((field) => typeof record[field] !== 'string' || record[field] === '');
    if (missing.length) return `Thiếu trường bắt buộc: ${missing.join(', ')}`;
    if (!DOSSIER_CODE.test(record.MaHoSo!)) return `MaHoSo sai định dạng: ${record.MaHoSo}`;
    if (refused.has(record.MaHoSo!)) return `Hồ sơ ${record.MaHoSo} bị từ chối (sandbox)`;
    const status = service === 'DongBoHoSoMC' ? record.TrangThaiHoSo! : record.TrangThai!;
    if (!/^([1-9]|10)$/.test(status)) return `Mã trạng thái không hợp lệ: ${status}`;
    const dates = Object.entries(record).filter(([field, value]) => /^(Ngay|ThoiDiem)/.test(field) && value !== '');
    const badDate = dates.find(([, value]) => !PORTAL_DATE.test(value));
    if (badDate) return `${badDate[0]} phải có dạng yyyyMMddHHmmss`;
    if (service === 'DongBoHoSoMC') {
      if (!PROCEDURE_CODE.test(record.MaTTHC!)) return `MaTTHC sai định dạng: ${record.MaTTHC}`;
      if (!['1', '2', '3'].includes(record.KenhThucHien!)) return `KenhThucHien không hợp lệ: ${record.KenhThucHien}`;
      if (!/^\d{12}$/.test(record.MaDoiTuong ?? '')) return 'MaDoiTuong phải là số định danh cá nhân 12 chữ số';
    } else if (!statuses.has(record.MaHoSo!)) {
      return `Hồ sơ ${record.MaHoSo} chưa được đồng bộ (DongBoHoSoMC)`;
    }
    const known = statuses.get(record.MaHoSo!);
    if (known && FINAL.includes(known) && known !== status) return `Hồ sơ ${record.MaHoSo} đã kết thúc (trạng thái ${known}), không cập nhật sang ${status}`;
    return null;
  };

  const handle = async (req: IncomingMessage, body: Buffer, url: URL) => {
    if (req.method !== 'POST' || url.pathname !== '/api/ho-so') return null;
    if (req.headers.authorization !== `Bearer ${token}`) return { status: 401, json: { error_code: '401', message: 'Phiên làm việc không hợp lệ' } };
    let packet: { service?: string; data?: Record<string, string>[] };
    try {
      packet = JSON.parse(body.toString('utf8'));
    } catch {
      return { status: 400, json: { error_code: '400', message: 'Dữ liệu không phải JSON' } };
    }
    const service = SERVICES.find((s) => s === packet.service);
    if (!service || !Array.isArray(packet.data) || packet.data.length === 0) return { status: 400, json: { error_code: '400', message: 'service hoặc data không hợp lệ' } };
    for (const record of packet.data) {
      const error = verdict(service, record);
      received.push({ service, record, accepted: !error, error, at: new Date().toISOString() });
      if (error) return { status: 400, json: { error_code: '1', message: error } };
      statuses.set(record.MaHoSo!, service === 'DongBoHoSoMC' ? record.TrangThaiHoSo! : record.TrangThai!);
    }
    if (stateFile) writeFileSync(stateFile, JSON.stringify(Object.fromEntries(statuses)));
    return { status: 200, json: { error_code: '0', message: 'Thành công' } };
  };

  const server = new SandboxHttpServer(handle, () => ({ received, statuses: Object.fromEntries(statuses) }));
  server.handleControl = (path) => {
    const [, action, code] = /^\/_sandbox\/(refuse|accept)\/(.+)$/.exec(path) ?? [];
    if (!code) return false;
    if (action === 'refuse') refused.add(decodeURIComponent(code));
    else refused.delete(decodeURIComponent(code));
    return true;
  };
  return server;
}
