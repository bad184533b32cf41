import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SubgraphDataSource, isRead, subgraphAgent } from '../subgraph-data-source';

/** A subgraph that answers after a moment, so that requests overlap, and counts what it was sent. */
let server: Server;
let url: string;
const received: { authorization?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ authorization: req.headers.authorization, body });
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.statusCode = req.headers.authorization === 'Bearer bad' ? 401 : 200;
        res.end(JSON.stringify({ data: { echo: JSON.parse(body).variables ?? null } }));
      }, 50);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const source = () => new SubgraphDataSource<{ authorization?: string }>(url, (c) => ({ authorization: c.authorization }), subgraphAgent());
const call = (s: ReturnType<typeof source>, query: string, authorization: string, variables?: Record<string, unknown>) =>
  s.process({ kind: 'health check', request: { query, variables }, context: { authorization } } as unknown as GraphQLDataSourceProcessOptions<{ authorization?: string }>);

describe('calls to a subgraph', () => {
  it('sends identical reads in flight once, and each caller gets its own copy of the answer', async () => {
    received.length = 0;
    const s = source();
    const answers = await Promise.all([1, 2, 3].map(() => call(s, '{ a }', 'Bearer x', { n: 1 })));
    expect(received).toHaveLength(1);
    expect(answers[0]).toEqual({ data: { echo: { n: 1 } } });
    expect(answers[0]).not.toBe(answers[1]);
  });

  it('sends reads of different callers or variables, and every mutation, each on its own', async () => {
    received.length = 0;
    const s = source();
    await Promise.all([call(s, '{ a }', 'Bearer x'), call(s, '{ a }', 'Bearer y'), call(s, '{ a }', 'Bearer x', { n: 2 })]);
    await Promise.all([call(s, 'mutation { m }', 'Bearer x'), call(s, 'mutation { m }', 'Bearer x')]);
    expect(received.map((r) => r.authorization)).toEqual(['Bearer x', 'Bearer y', 'Bearer x', 'Bearer x', 'Bearer x']);
  });

  it("reports a subgraph's HTTP error as Apollo's data source does", async () => {
    await expect(call(source(), '{ a }', 'Bearer bad')).rejects.toMatchObject({ message: '401: Unauthorized', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('tells reads from writes by the operation the planner sends', () => {
    expect(isRead('{ a }')).toBe(true);
    expect(isRead('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }')).toBe(true);
    expect(isRead('mutation Submit { submitDossier { code } }')).toBe(false);
  });
});
