import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GatewayClient, mintDevToken } from '@motcua/stack';
import { birthRegistrationInput, SUBMIT } from '../services/dossiers/test/support';

/**
 * Property tests over what the public can send (issue 12): hostile values in every field of a submission, in search
 * and report arguments, in the code and reason of an officer's action and in uploads. Whatever arrives, the answer is
 * a typed refusal or a success, never INTERNAL nor a 5xx, and a refused request stores nothing. Runs are bounded
 * (fast-check prints the seed and the smallest failing value when one fails, to replay it with `seed`).
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
const db = new pg.Pool({ connectionString: inject('databaseUrl'), max: 2 });
const RUNS = 100;

let citizen: string;
let intake: string;
let official: string;
let baseInput: Awaited<ReturnType<typeof birthRegistrationInput>>;

beforeAll(async () => {
  [citizen, intake, official] = await Promise.all(['citizen', 'intake', 'official'].map((u) => gateway.login(u)));
  baseInput = await birthRegistrationInput(citizen);
});

afterAll(async () => {
  await db.end();
});

/** Values a client can put where a field is expected: wrong types, control and invisible characters, huge text. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'Nguyễn\u0000An', '\u202eAn', '\u200b\u200b', '   ', '2022-02-30', '275760-01-01', '0912-345-678', "' or 1=1 --", '<script>', '{{7*7}}', '../../etc/passwd'),
  fc.constant('x'.repeat(200_000)),
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 53), Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

interface Answer {
  status: number;
  codes: (string | undefined)[];
  ok: boolean;
}

/** One client per property, as behind the proxy: the fuzzing of one property does not exhaust another's allowance. */
async function graphql(query: string, variables: Record<string, unknown>, token: string | null, client: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': client };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${gateway.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json().catch(() => ({}))) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, codes: (body.errors ?? []).map((e) => e.extensions?.code), ok: !body.errors?.length && body.data != null };
}

function expectTyped(answer: Answer, what: string): void {
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.codes, what).not.toContain('INTERNAL');
  expect(
    answer.codes.every((code) => typeof code === 'string'),
    `${what}: every error has a code`,
  ).toBe(true);
}

async function count(table: 'dossier' | 'stored_file'): Promise<number> {
  return Number((await db.query(`select count(*) from dossiers.${table}`)).rows[0].count);
}

/** A copy of `input` with the value at `path` (dots, numbers for list items) replaced. */
function withValue(input: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

const SUBMISSION_PATHS = [
  'procedureCode',
  'unitCode',
  'competentUnitCode',
  'applicant',
  'applicant.fullName',
  'applicant.idNumber',
  'applicant.phone',
  'applicant.address',
  'applicant.email',
  'idempotencyKey',
  'documents',
  'documents.0',
  'documents.0.fileId',
  'documents.0.requirementId',
  'deliveryMethod',
  'deliveryAddress',
  'formData',
  'formData.ngay-sinh',
  'formData.ho-ten-tre',
  'formData.gioi-tinh',
  'formData.unknown-key',
  'applicantConsent',
] as const;

describe('fuzzing what the public sends', () => {
  it('a submission with any field replaced is refused with a type, storing nothing, or accepted once', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SUBMISSION_PATHS), hostile, async (path, value) => {
        const input = withValue({ ...baseInput, idempotencyKey: crypto.randomUUID() }, path, value);
        const before = await count('dossier');
        const answer = await graphql(SUBMIT, { input }, citizen, '203.0.113.10');
        expectTyped(answer, path);
        expect(await count('dossier'), `${path}: rows after ${answer.ok ? 'success' : 'refusal'}`).toBe(before + (answer.ok ? 1 : 0));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('search and report arguments of any value and type are answered or refused with a type', { timeout: 120_000 }, async () => {
    const search = 'query($s: String, $f: Int) { procedures(search: $s, first: $f) { totalCount nodes { code } } }';
    const report = 'query($f: Date!, $t: Date!, $u: String) { indicators(from: $f, to: $t, unitCode: $u) { totalDossiers } }';
    await fc.assert(
      // A sensible page size half the time, so that the search itself meets the hostile text.
      fc.asyncProperty(hostile, fc.oneof(hostile, fc.integer({ min: -5, max: 150 })), hostile, async (a, b, c) => {
        expectTyped(await graphql(search, { s: a, f: b }, null, '203.0.113.11'), `procedures(${JSON.stringify([a, b])?.slice(0, 60)})`);
        expectTyped(await graphql(report, { f: a, t: b, u: c }, official, '203.0.113.12'), `indicators(${JSON.stringify([a, b]).slice(0, 80)})`);
      }),
      { numRuns: RUNS },
    );
  });

  it("an officer's action with any code, reason or date changes nothing it refuses", { timeout: 120_000 }, async () => {
    const actions = [
      'mutation($c: String!) { receiveDossier(code: $c) { code } }',
      'mutation($c: String!, $r: String!) { refuseDossier(code: $c, reason: $r) { code } }',
      'mutation($c: String!, $r: String!, $d: DateTimeISO!) { apologiseForDelay(code: $c, reason: $r, newDate: $d) { code } }',
      'mutation($c: String!, $r: String) { requestSupplement(code: $c, note: $r, items: ["Bản sao giấy tờ"]) { code } }',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), hostile, hostile, hostile, async (action, code, reason, date) => {
        const answer = await graphql(action, { c: code, r: reason, d: date }, intake, '203.0.113.13');
        expectTyped(answer, action);
        expect(answer.ok, `${action} with ${JSON.stringify(code)?.slice(0, 60)}`).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('an upload of any bytes, name and type is stored when it is a document and refused otherwise, never a 5xx', { timeout: 120_000 }, async () => {
    // A citizen of its own: these uploads count against a day's allowance the other tests' citizen also needs.
    const uploader = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'fuzz-uploader', name: 'Người Thử Tải Lên', roles: ['CITIZEN'] });
    const pdf = (tail: Uint8Array) => Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% '), tail, Buffer.from('\ntrailer<</Root 1 0 R>>\n%%EOF\n')]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.uint8Array({ maxLength: 64 }).map(pdf)),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.constantFrom('application/pdf', 'image/png', 'text/html', 'application/x-msdownload', ''),
        async (bytes, name, type) => {
          const before = await count('stored_file');
          const form = new FormData();
          form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
          const res = await fetch(`${gateway.baseUrl}/files`, { method: 'POST', headers: { authorization: `Bearer ${uploader}`, 'x-forwarded-for': '203.0.113.14' }, body: form });
          expect(res.status, name).toBeLessThan(500);
          expect(await count('stored_file')).toBe(before + (res.status === 201 ? 1 : 0));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
