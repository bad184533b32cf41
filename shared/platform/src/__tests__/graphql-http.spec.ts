import type { IncomingMessage, Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlJsonPostHandler, isGraphqlJsonPost } from '../graphql-http';
import { listen } from '../keep-alive';

const LIMIT = 2048;
let server: Server;
let apollo: ApolloServer<{ caller: string }>;
let url: string;
const passedOn: string[] = [];

beforeAll(async () => {
  apollo = new ApolloServer<{ caller: string }>({
    typeDefs: 'type Query { whoAmI: String, echo(text: String!): String }',
    resolvers: { Query: { whoAmI: (_root, _args, ctx) => ctx.caller, echo: (_root, args: { text: string }) => args.text } },
  });
  await apollo.start();
  const graphql = graphqlJsonPostHandler(apollo, async (req: IncomingMessage) => ({ caller: String(req.headers.authorization ?? 'anonymous') }), LIMIT);
  server = await listen(
    (req, res) => {
      if (isGraphqlJsonPost(req)) return graphql(req, res);
      passedOn.push(`${req.method} ${req.url} ${req.headers['content-type'] ?? ''}`);
      res.writeHead(204).end();
    },
    0,
    '127.0.0.1',
  );
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await apollo.stop();
});

type ErrorBody = { errors: { extensions: Record<string, unknown> }[] };
const post = (body: string | Buffer, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('POST /graphql served without Express', () => {
  it('answers a JSON query with the context made from the request', async () => {
    const res = await post(JSON.stringify({ query: '{ whoAmI }' }), { authorization: 'Bearer abc', 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { whoAmI: 'Bearer abc' } });
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it('reads a body sent in many pieces, with its Vietnamese text intact', async () => {
    const text = 'Nguyễn Thị Hồng Đào '.repeat(40);
    const res = await post(JSON.stringify({ query: 'query($t: String!) { echo(text: $t) }', variables: { t: text } }));
    expect(await res.json()).toEqual({ data: { echo: text } });
  });

  it('refuses a body over the limit with 413, declared or not, and a body that is not JSON with 400', async () => {
    const big = JSON.stringify({ query: '{ whoAmI }', variables: { pad: 'x'.repeat(LIMIT) } });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as ErrorBody).errors[0].extensions.code).toBe('BAD_REQUEST');
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const broken = await post('{ "query": ');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as ErrorBody).errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', messageEn: 'The request body is not valid JSON.' });
  });

  it('leaves GET, other content types, encoded bodies and other paths to the fallback', async () => {
    passedOn.length = 0;
    await fetch(`${url}?query=%7BwhoAmI%7D`);
    await post('query=x', { 'content-type': 'application/x-www-form-urlencoded' });
    await post(gzipSync(JSON.stringify({ query: '{ whoAmI }' })), { 'content-encoding': 'gzip' });
    await fetch(url.replace('/graphql', '/graphqlx'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(passedOn).toEqual(['GET /graphql?query=%7BwhoAmI%7D ', 'POST /graphql application/x-www-form-urlencoded', 'POST /graphql application/json', 'POST /graphqlx application/json']);
  });
});
