import { DEMO_PASSWORD, signEvent } from '@motcua/platform';

export interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; messageVi?: string; messageEn?: string; details?: unknown } }[];
}

/** The one way integration tests talk to the system: HTTP, as the front ends do. */
/** The smallest PDF the upload route accepts: it sniffs the content, so a test document must really be one. */
export const TEST_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** A tiny PDF of its own content (`text` in a comment), for tests that need distinct files or names in them. */
export function testPdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

export interface UploadOptions {
  bytes?: Uint8Array;
  name?: string;
  /** Counter scans are uploaded as digitised documents (`/files?digitised=true`). */
  digitised?: boolean;
}

export class GatewayClient {
  constructor(readonly baseUrl: string) {}

  /** Uploads a file as the portal does (multipart, field `file`; no token: anonymously); the route's answer, refusals included. */
  upload(token: string, { bytes = TEST_PDF, name = 'giay-to.pdf', digitised = false }: UploadOptions = {}): Promise<Response> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${this.baseUrl}/files${digitised ? '?digitised=true' : ''}`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  }

  /** {@link upload}, which must succeed: the stored file's id. */
  async uploadedId(token: string, options: UploadOptions = {}): Promise<string> {
    const res = await this.upload(token, options);
    if (res.status !== 201) throw new Error(`upload failed: HTTP ${res.status} ${await res.text()}`);
    return ((await res.json()) as { id: string }).id;
  }

  async login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await fetch(`${this.baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await res.json()) as { token?: string };
    if (!res.ok || !body.token) throw new Error(`login as ${username} failed: HTTP ${res.status} ${JSON.stringify(body)}`);
    return body.token;
  }

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string, headers: Record<string, string> = {}): Promise<GraphQLResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResult<T>, 'status'>;
    return { status: res.status, ...body };
  }

  /** Data of a query that must succeed; otherwise the errors, for a readable failure. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** The error code of the first error, or undefined. */
export function errorCode(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/**
 * Posts an event envelope (object, or the exact JSON to replay) to a subgraph's `/events`, signed with the events
 * secret as another service's outbox relay signs it.
 */
export async function deliverEvent(
  subgraphUrl: string,
  envelope: object | string,
  secret = process.env.EVENTS_SECRET ?? 'dev-events-secret',
): Promise<{ status: number; body: { status?: string; error?: string } }> {
  const body = typeof envelope === 'string' ? envelope : JSON.stringify(envelope);
  const res = await fetch(`${subgraphUrl}/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-event-signature': signEvent(body, secret) }, body });
  return { status: res.status, body: (await res.json()) as { status?: string; error?: string } };
}

/** A value of a form field's type, as a person would fill it in (tests that build a submission from a procedure's rules). */
export function sampleFormValue(field: { type: string; options: string[] | null }): string | number {
  if (field.type === 'date') return '2026-11-20';
  if (field.type === 'number') return 1;
  return field.options?.[0] ?? 'Nội dung mẫu';
}

/**
 * A paper dossier received at a unit's counter by `intake`: every mandatory document scanned (the test PDF), every
 * required form field filled with a value of its type. Its code.
 */
export async function receiveAtCounter(
  gateway: GatewayClient,
  intake: string,
  { procedureCode, unitCode, applicantName }: { procedureCode: string; unitCode: string; applicantName: string },
): Promise<string> {
  const fileId = await gateway.uploadedId(intake, { digitised: true });
  const { procedure } = await gateway.data<{
    procedure: { current: { requiredDocuments: { id: string; mandatory: boolean }[]; formFields: { key: string; required: boolean; type: string; options: string[] | null }[] } };
  }>('query($c: String!) { procedure(code: $c) { current { requiredDocuments { id mandatory } formFields { key required type options } } } }', { c: procedureCode });
  const input = {
    procedureCode,
    unitCode,
    applicant: { fullName: applicantName, idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh' },
    documents: procedure.current.requiredDocuments.filter((d) => d.mandatory).map((d) => ({ requirementId: d.id, fileId })),
    deliveryMethod: 'PICKUP',
    formData: Object.fromEntries(procedure.current.formFields.filter((f) => f.required).map((f) => [f.key, sampleFormValue(f)])),
  };
  const { receiveAtCounter } = await gateway.data<{ receiveAtCounter: { code: string } }>('mutation($input: SubmitDossierInput!) { receiveAtCounter(input: $input) { code } }', { input }, intake);
  return receiveAtCounter.code;
}
