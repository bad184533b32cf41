import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isAbstractType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiSchemaOf } from '../gateway/src/frontend-documents';
import { ROLES, type Role } from '@motcua/platform';
import { GatewayClient, mintDevToken, receiveAtCounter } from '@motcua/stack';
import { officerOf, submitBirthRegistration } from '../services/dossiers/test/support';
import { type Access, ROOT_FIELD_ACCESS } from './authorization-matrix.data';

/**
 * The authorization matrix (issue 12): every root field of the supergraph × every caller (anonymous and each role's
 * demo account), against the rules kept as data in authorization-matrix.data.ts. A field without a line fails; a
 * caller the data refuses must be refused by role (FORBIDDEN naming the roles, or UNAUTHENTICATED); a caller the
 * data allows a query must not be. Mutations are called only by callers they must refuse, so the matrix changes
 * nothing. Then the unit rule: officers of another commune act on a Hậu Nghĩa dossier and change nothing.
 */
const gateway = new GatewayClient(inject('gatewayUrl'));
const schema = apiSchemaOf(readFileSync(resolve(__dirname, '../gateway/supergraph.graphql'), 'utf8'));
const ACCOUNTS: Record<Role, string> = {
  CITIZEN: 'citizen',
  VOLUNTEER: 'volunteer',
  INTAKE: 'intake',
  HANDLER: 'handler',
  APPROVER: 'approver',
  OFFICIAL: 'official',
  ADMIN: 'admin',
};
type Caller = Role | 'anonymous';
const CALLERS: Caller[] = ['anonymous', ...ROLES];
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  for (const role of ROLES) tokens[role] = await gateway.login(ACCOUNTS[role]);
});

function allows(access: Access, caller: Caller): boolean {
  if (access === 'public') return true;
  if (caller === 'anonymous') return false;
  return access === 'signed-in' || access.includes(caller);
}

/** A value of the right shape for a required argument: enough to pass validation and reach the role check. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  const scalars: Record<string, unknown> = {
    Int: 1,
    Float: 1,
    Boolean: false,
    ID: '00000000-0000-4000-8000-000000000000',
    Date: '2026-01-02',
    DateTimeISO: '2026-01-02T03:00:00.000Z',
    JSONObject: {},
  };
  return scalars[getNamedType(type).name] ?? 'x';
}

/** The field called with its required arguments as variables, selecting only __typename. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const declared = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(getNullableType(field.type));
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

interface Refusal {
  code?: string;
  details?: { requiredRoles?: string[] };
}

async function call(operation: { query: string; variables: Record<string, unknown> }, token: string | null): Promise<Refusal[]> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.40' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${gateway.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify(operation) });
  const body = (await res.json()) as { errors?: { extensions?: Refusal }[] };
  return (body.errors ?? []).map((e) => e.extensions ?? {});
}

const refusedByRole = (errors: Refusal[]) => errors.some((e) => e.code === 'UNAUTHENTICATED' || (e.code === 'FORBIDDEN' && Array.isArray(e.details?.requiredRoles)));

const rootFields = [
  ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({ kind: 'query' as const, key: `Query.${field.name}`, field })),
  ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ kind: 'mutation' as const, key: `Mutation.${field.name}`, field })),
];

describe('the authorization matrix', () => {
  it('has a rule for every root field of the graph, and none for a field that is gone', () => {
    const inSchema = rootFields.map((f) => f.key).sort();
    expect(
      inSchema.filter((key) => !(key in ROOT_FIELD_ACCESS)),
      'fields without a line in test/authorization-matrix.data.ts',
    ).toEqual([]);
    expect(
      Object.keys(ROOT_FIELD_ACCESS).filter((key) => !inSchema.includes(key)),
      'lines for fields the graph no longer has',
    ).toEqual([]);
  });

  it('refuses by role every caller the rules refuse, and lets every allowed caller past the role check of a query', { timeout: 180_000 }, async () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const { kind, key, field } of rootFields) {
      const access = ROOT_FIELD_ACCESS[key];
      const operation = operationFor(kind, field);
      for (const caller of CALLERS) {
        const allowed = allows(access, caller);
        // An allowed mutation would really act: the functional tests cover those.
        if (allowed && kind === 'mutation') continue;
        calls++;
        const refused = refusedByRole(await call(operation, caller === 'anonymous' ? null : tokens[caller]));
        if (refused === allowed) wrong.push(`${key} as ${caller}: ${allowed ? 'refused, the rules allow it' : 'not refused, the rules refuse it'}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(calls).toBeGreaterThan(400);
  });
});

describe('the unit an officer belongs to', () => {
  it('lets no officer of another commune act on a Hậu Nghĩa dossier, and the dossier is unchanged', { timeout: 120_000 }, async () => {
    const intake = await gateway.login('intake');
    const code = await receiveAtCounter(gateway, intake, { procedureCode: '2.000884', unitCode: '27931', applicantName: 'Trần Văn Ngoài Xã' });
    const state = async () =>
      (
        await gateway.data<{ dossier: { status: string; handlerName: string | null; history: unknown[] } }>(
          'query($c: String!) { dossier(code: $c) { status handlerName history { action } } }',
          { c: code },
          intake,
        )
      ).dossier;
    const before = await state();
    const other = {
      INTAKE: await officerOf('27937', ['INTAKE']),
      HANDLER: await officerOf('27937', ['HANDLER']),
      APPROVER: await officerOf('27937', ['APPROVER']),
    };
    const actions: [keyof typeof other, string, Record<string, unknown>][] = [
      ['INTAKE', 'mutation($c: String!) { receiveDossier(code: $c) { code } }', {}],
      ['INTAKE', 'mutation($c: String!) { requestSupplement(code: $c, note: null, items: ["Bản sao"]) { code } }', {}],
      ['INTAKE', 'mutation($c: String!) { refuseDossier(code: $c, reason: "Không thuộc thẩm quyền") { code } }', {}],
      ['INTAKE', 'mutation($c: String!) { withdrawDossier(code: $c, reason: "Người dân rút") { code } }', {}],
      ['INTAKE', 'mutation($c: String!) { callForPickup(code: $c, counter: 1) { code } }', {}],
      ['INTAKE', 'mutation($c: String!) { stopProcessing(code: $c, reason: "Dừng") { code } }', {}],
      ['HANDLER', 'mutation($c: String!) { startProcessing(code: $c, note: null) { code } }', {}],
      ['HANDLER', 'mutation($c: String!) { recordStep(code: $c, note: "Đã xem") { code } }', {}],
      ['HANDLER', 'mutation($c: String!, $d: DateTimeISO!) { apologiseForDelay(code: $c, reason: "Chậm", newDate: $d) { code } }', { d: '2099-01-02T03:00:00.000Z' }],
      ['APPROVER', 'mutation($c: String!) { approveDossier(code: $c, note: null) { code } }', {}],
      ['APPROVER', 'mutation($c: String!) { waiveFee(code: $c, reason: "Miễn lệ phí cho hộ nghèo theo quy định") { code } }', {}],
    ];
    const wrong: string[] = [];
    for (const [role, query, variables] of actions) {
      const codes = (await call({ query, variables: { c: code, ...variables } }, other[role])).map((e) => e.code);
      if (!codes.some((c) => c === 'OUT_OF_JURISDICTION' || c === 'FORBIDDEN' || c === 'NOT_FOUND')) wrong.push(`${query.slice(0, 60)}: ${codes.join(',') || 'done'}`);
    }
    expect(wrong).toEqual([]);
    expect(await state()).toEqual(before);
  });
});

describe('the person a dossier belongs to', () => {
  it("lets no other citizen act on a citizen's dossier or read its personal data", { timeout: 120_000 }, async () => {
    const owner = await gateway.login('citizen');
    const { code } = await submitBirthRegistration(owner);
    const stranger = await mintDevToken(inject('devIssuerKeyFile'), { subject: 'another-citizen', name: 'Người Dân Khác', roles: ['CITIZEN'] });
    const read = 'query($c: String!) { dossier(code: $c) { code status applicant { fullName idNumber phone } formData deliveryAddress } }';
    const seen = (await gateway.data<{ dossier: Record<string, unknown> }>(read, { c: code }, stranger)).dossier;
    expect(seen).toMatchObject({ code, applicant: null, formData: null, deliveryAddress: null });
    const before = (await gateway.data<{ dossier: unknown }>('query($c: String!) { dossier(code: $c) { status ratingComment history { action } } }', { c: code }, owner)).dossier;
    const actions = [
      'mutation($c: String!) { withdrawDossier(code: $c, reason: "Không cần nữa") { code } }',
      'mutation($c: String!) { stopProcessing(code: $c, reason: "Không cần nữa") { code } }',
      'mutation($c: String!) { rateDossier(code: $c, rating: 1, comment: "Tệ") { code } }',
      'mutation($c: String!) { downloadResult(code: $c) { code } }',
      'mutation($c: String!, $f: ID!) { answerSupplement(code: $c, note: null, documents: [{ requirementId: "giay-chung-sinh", fileId: $f }]) { code } }',
      'mutation($c: String!) { startPayment(dossierCode: $c) { paymentId } }',
    ];
    const file = await gateway.uploadedId(stranger);
    const wrong: string[] = [];
    for (const query of actions) {
      const codes = (await call({ query, variables: query.includes('$f') ? { c: code, f: file } : { c: code } }, stranger)).map((e) => e.code);
      if (!codes.some((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND' || c === 'OUT_OF_JURISDICTION')) wrong.push(`${query.slice(0, 50)}: ${codes.join(',') || 'done'}`);
    }
    expect(wrong).toEqual([]);
    const mine = await gateway.data<{ myDossiers: { nodes: { code: string }[] } }>('{ myDossiers(first: 100) { nodes { code } } }', {}, stranger);
    expect(mine.myDossiers.nodes.map((d) => d.code)).not.toContain(code);
    expect((await gateway.data<{ dossier: unknown }>('query($c: String!) { dossier(code: $c) { status ratingComment history { action } } }', { c: code }, owner)).dossier).toEqual(before);
  });
});
