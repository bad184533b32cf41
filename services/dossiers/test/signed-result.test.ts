import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledRoboto, renderPdf } from '@motcua/pdf';
import { gateway, submitBirthRegistration, upload, uploadedId } from './support';

/**
 * An electronic result has legal value when the issuing body signs it: the approver's PDF is signed at approval with
 * the certificate of the settling unit's People's Committee (the development CA here), and poppler's pdfsig finds the
 * signature valid over the whole file. The citizen's view of the result says who signed it.
 */
let citizen: string;
let intake: string;
let handler: string;
let approver: string;

beforeAll(async () => {
  [citizen, intake, handler, approver] = await Promise.all(['citizen', 'intake', 'handler', 'approver'].map((u) => gateway.login(u)));
});

const act = (mutation: string, vars: Record<string, unknown>, token: string) => gateway.data(mutation, vars, token);

async function toApproval(): Promise<string> {
  const { code } = await submitBirthRegistration(citizen);
  await act('mutation($c: String!) { receiveDossier(code: $c) { status } }', { c: code }, intake);
  await act('mutation($c: String!) { startProcessing(code: $c, note: null) { status } }', { c: code }, handler);
  return code;
}

interface Result {
  fileId: string;
  name: string;
  signed: boolean;
  signerName: string | null;
  signedAt: string | null;
}

const RESULT = 'query($c: String!) { dossier(code: $c) { result { fileId name signed signerName signedAt } } }';

async function fileBytes(id: string, token: string): Promise<Buffer> {
  const res = await fetch(`${gateway.baseUrl}/files/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** poppler's verdict on the signatures of a PDF (it reads files only). */
function pdfsig(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-result-'));
  try {
    writeFileSync(join(dir, 'result.pdf'), pdf);
    return execFileSync('pdfsig', [join(dir, 'result.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a result signed by the issuing body', () => {
  it('is signed at approval over the whole PDF, and the citizen sees who signed', async () => {
    const code = await toApproval();
    const fonts = bundledRoboto();
    const certificate = await renderPdf({ content: ['GIẤY CHỨNG NHẬN KẾT HÔN', `Hồ sơ ${code}`], defaultStyle: { font: fonts.family } }, fonts);
    const res = await upload(approver, certificate, 'giay-chung-nhan.pdf');
    const { id } = (await res.json()) as { id: string };
    await act('mutation($c: String!, $f: ID!) { approveDossier(code: $c, resultFileIds: [$f], note: null) { status } }', { c: code, f: id }, approver);

    const { dossier } = await gateway.data<{ dossier: { result: Result } }>(RESULT, { c: code }, citizen);
    expect(dossier.result).toMatchObject({ signed: true, signerName: 'Ủy ban nhân dân xã Hậu Nghĩa', name: 'giay-chung-nhan.pdf' });
    expect(dossier.result.fileId).not.toBe(id);
    const report = pdfsig(await fileBytes(dossier.result.fileId, citizen));
    expect(report).toMatch(/Signer Certificate Common Name: Ủy ban nhân dân xã Hậu Nghĩa/);
    expect(report).toMatch(/Signature Validation: Signature is Valid/);
    expect(report).toMatch(/Total document signed/);
    // Strangers see nothing of it.
    expect((await gateway.data<{ dossier: { result: Result | null } }>(RESULT, { c: code })).dossier.result).toBeNull();
  });

  it('cannot sign a PDF it cannot parse: the result is issued and says it is unsigned', async () => {
    const code = await toApproval();
    await act('mutation($c: String!, $f: ID!) { approveDossier(code: $c, resultFileIds: [$f], note: null) { status } }', { c: code, f: await uploadedId(approver) }, approver);
    const { dossier } = await gateway.data<{ dossier: { result: Result } }>(RESULT, { c: code }, citizen);
    expect(dossier.result).toMatchObject({ signed: false, signerName: null, signedAt: null });
  });
});
