import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIRTH_REGISTRATION, HAU_NGHIA, SUBMIT, TAY_NINH, birthRegistrationInput, gateway, submitBirthRegistration } from './support';

let citizen: string;
let intake: string;
let volunteer: string;
let handler: string;
let approver: string;
let province: string;

beforeAll(async () => {
  [citizen, intake, volunteer, handler, approver, province] = await Promise.all(['citizen', 'intake', 'volunteer', 'handler', 'approver', 'province'].map((u) => gateway.login(u)));
});

const act = (mutation: string, code: string, token: string, unit?: string) =>
  gateway.data(`mutation($c: String!${unit ? ', $u: String!' : ''}) { r: ${mutation} { code } }`, { c: code, ...(unit ? { u: unit } : {}) }, token);

const get = (path: string, token: string) => fetch(`${gateway.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });

/** The PDF's text in content order (table cells stay whole), white space folded. */
function textOf(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'motcua-pdf-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('printable documents', () => {
  it('prints the receipt and appointment slip of a received dossier with its code and the applicant', async () => {
    const { code } = await submitBirthRegistration(citizen);
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { code } }', { c: code }, intake);
    const res = await get(`/documents/${code}/receipt.pdf`, intake);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = textOf(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(code);
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Đăng ký khai sinh');
    expect(text).toContain('Lê Thị Cúc');
  });

  it('heads a document of today with the units in force today: xã Hậu Nghĩa, no district', async () => {
    const { code } = await submitBirthRegistration(citizen);
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { code } }', { c: code }, intake);
    const text = textOf(Buffer.from(await (await get(`/documents/${code}/receipt.pdf`, intake)).arrayBuffer()));
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ HẬU NGHĨA');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    expect(text).toMatch(/Hậu Nghĩa, ngày \d{1,2} tháng \d{1,2} năm 20\d\d/);
    expect(text).not.toMatch(/THỊ TRẤN|HUYỆN ĐỨC HÒA/);
  });

  it('heads a document dated before 1 July 2025 with the body of that day: thị trấn Hậu Nghĩa', async () => {
    const res = await get('/documents/register.pdf?from=2025-03-01&to=2025-03-31', intake);
    expect(res.status).toBe(200);
    const text = textOf(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('ỦY BAN NHÂN DÂN THỊ TRẤN HẬU NGHĨA');
    expect(text).toContain('Hậu Nghĩa, ngày 31 tháng 3 năm 2025');
    expect(text).not.toContain('XÃ HẬU NGHĨA');
  });

  it('lets the applicant print their receipt but not the office’s control slip; others get nothing', async () => {
    const { code } = await submitBirthRegistration(citizen);
    expect((await get(`/documents/${code}/receipt.pdf`, citizen)).status).toBe(200);
    expect((await get(`/documents/${code}/control-slip.pdf`, citizen)).status).toBe(403);
    expect((await get(`/documents/${code}/receipt.pdf`, volunteer)).status).toBe(403);
    expect((await get(`/documents/${code}/nonsense.pdf`, intake)).status).toBe(404);
  });

  it('fills the control slip and the register for a dossier sent to the province and back: units, officers, deadlines, outcomes', async () => {
    const input = await birthRegistrationInput(citizen, { deliveryMethod: 'PICKUP' });
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, citizen);
    const code = submitDossier.code;
    await act('receiveDossier(code: $c)', code, intake);
    await act('startProcessing(code: $c, note: null)', code, handler);
    await act('transferDossier(code: $c, toUnitCode: $u, note: "Thẩm định")', code, handler, TAY_NINH);
    const slipWhileAway = textOf(Buffer.from(await (await get(`/documents/${code}/control-slip.pdf`, intake)).arrayBuffer()));
    // The province has not acted yet: the row names the unit it went to, in progress.
    expect(slipWhileAway).toMatch(/Giao: Công chức xử lý, Xã Hậu Nghĩa Phạm Văn Dũng Nhận: Tỉnh Tây Ninh .*Đang giải quyết/);
    await act('recordStep(code: $c, note: "Đủ điều kiện")', code, province);
    await act('transferDossier(code: $c, toUnitCode: $u, note: null)', code, province, HAU_NGHIA);
    await act('approveDossier(code: $c, note: null)', code, approver);
    await act('returnResult(code: $c, receivedBy: "Nguyễn Văn An")', code, intake);

    const slip = textOf(Buffer.from(await (await get(`/documents/${code}/control-slip.pdf`, intake)).arrayBuffer()));
    expect(slip).toContain('Giao: Công chức xử lý, Xã Hậu Nghĩa Phạm Văn Dũng Nhận: Công chức xử lý, Tỉnh Tây Ninh Đặng Thị Giang');
    expect(slip).toContain('Giao: Công chức xử lý, Tỉnh Tây Ninh Đặng Thị Giang Nhận: Lãnh đạo phê duyệt, Xã Hậu Nghĩa Võ Minh Đức');
    expect(slip).toContain('Nhận: Bộ phận Một cửa, Xã Hậu Nghĩa Lê Thị Cúc');
    expect(slip).not.toContain('Phạm Văn Dũng Nhận: Công chức xử lý, Xã Hậu Nghĩa Phạm Văn Dũng');
    expect(slip).not.toContain('Đang giải quyết');
    expect(slip.match(/Trước hạn|Đúng hạn|Quá hạn/g)).toHaveLength(4);
    // Each row: the hand-over time and the step's deadline, both 'hh giờ mm phút dd/mm/yyyy'.
    expect(slip.match(/\d{2} giờ \d{2} phút \d{2}\/\d{2}\/\d{4}/g)!.length).toBeGreaterThanOrEqual(8);
    expect(slip).toContain('Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân cấp xã (Xã Hậu Nghĩa)');
    expect(slip).toContain('Cơ quan phối hợp giải quyết hồ sơ: Tỉnh Tây Ninh');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const register = textOf(Buffer.from(await (await get(`/documents/register.pdf?from=${today}&to=${today}`, intake)).arrayBuffer())).replace(/\s/g, '');
    const row = register.slice(register.indexOf(code), register.indexOf(code) + 400);
    // Column 7 (the settling body) and the four dates of columns 8 to 12, the transfer (10) included.
    expect(row).toContain('Ủybannhândâncấpxã(XãHậuNghĩa)');
    expect(row.match(/\d{2}\/\d{2}\/\d{4}\d{2}:\d{2}/g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('prints the counter register for a date range and validates the range', async () => {
    const { code } = await submitBirthRegistration(citizen);
    await gateway.data('mutation($c: String!) { receiveDossier(code: $c) { code } }', { c: code }, intake);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const res = await get(`/documents/register.pdf?from=${today}&to=${today}`, intake);
    expect(res.status).toBe(200);
    // The register's code column is narrow: the code wraps, so compare without white space.
    expect(textOf(Buffer.from(await res.arrayBuffer())).replace(/\s/g, '')).toContain(code);
    const bad = await get('/documents/register.pdf?from=2026-02-30&to=x', intake);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('VALIDATION_FAILED');
  });
});

describe('declarations made on a form', () => {
  it('downloads the blank form a required document names, publicly and cached', async () => {
    const res = await fetch(`${gateway.baseUrl}/documents/templates/${BIRTH_REGISTRATION}/to-khai.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    const text = textOf(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('TỜ KHAI ĐĂNG KÝ KHAI SINH');
    expect(text).toContain('Thông tư 04/2020/TT-BTP');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân cấp xã');
    expect(text).toContain('Họ, chữ đệm và tên của trẻ:');
    // A requirement that is not a declaration has no form to download.
    expect((await fetch(`${gateway.baseUrl}/documents/templates/${BIRTH_REGISTRATION}/giay-chung-sinh.pdf`)).status).toBe(404);
  });

  it('takes the filled form as the declaration: no upload of it, its PDF generated from the values', async () => {
    const input = await birthRegistrationInput(citizen);
    const documents = input.documents.filter((d) => d.requirementId !== 'to-khai');
    const { submitDossier } = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input: { ...input, documents } }, citizen);
    const path = `/documents/templates/${BIRTH_REGISTRATION}/to-khai.pdf?dossier=${encodeURIComponent(submitDossier.code)}`;
    const res = await get(path, citizen);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const text = textOf(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Họ, chữ đệm và tên của trẻ: Nguyễn Minh Khang');
    expect(text).toContain('Họ, chữ đệm, tên người yêu cầu: Nguyễn Văn An');
    expect(text).toContain(submitDossier.code);
    expect((await get(path, intake)).status).toBe(200);
    expect((await get(path, volunteer)).status).toBe(403);
    expect((await fetch(`${gateway.baseUrl}${path}`)).status).toBe(401);
  });
});
