import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { AppError } from './errors';

/** Largest GraphQL request body the gateway and the subgraphs read (GRAPHQL_MAX_TOKENS refuses long documents well before). */
export const GRAPHQL_BODY_LIMIT = 1024 * 1024;

/**
 * `POST /graphql` with a JSON body, the requests the gateway sends: answered from Node's HTTP server without
 * Express. Its router, body parser and Apollo's Express integration (which parses each URL with the deprecated
 * `url.parse`) were an eighth of the CPU of a subgraph read. Anything else (GET, another type, an encoded body)
 * is not taken here and goes to Express as before.
 */
export function isGraphqlJsonPost(req: IncomingMessage): boolean {
  return !!req.url && (req.url === '/graphql' || req.url.startsWith('/graphql?')) && isJsonPost(req);
}

/** A POST with an unencoded JSON body: what {@link graphqlJsonPostHandler} reads (where the path is already known). */
export function isJsonPost(req: IncomingMessage): boolean {
  const encoding = req.headers['content-encoding'];
  return req.method === 'POST' && /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '') && (!encoding || encoding === 'identity');
}

/** Serves what {@link isGraphqlJsonPost} takes; a body over `limitBytes` is refused (413) without being read whole. */
export function graphqlJsonPostHandler<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  limitBytes: number,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void serve(apollo, context, limitBytes, req, res).catch((err) => {
      if (!res.headersSent) sendError(res, 500, new AppError('INTERNAL'));
      else res.destroy(err as Error);
    });
  };
}

async function serve<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  limitBytes: number,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req, limitBytes);
  if (body === null) {
    const tooLarge = { vi: `Yêu cầu quá lớn (tối đa ${limitBytes} byte).`, en: `The request is too large (at most ${limitBytes} bytes).` };
    return sendError(res, 413, new AppError('BAD_REQUEST', { message: tooLarge }), true);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(res, 400, new AppError('BAD_REQUEST', { message: { vi: 'Nội dung yêu cầu không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' } }));
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const query = req.url?.indexOf('?') ?? -1;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : req.url!.slice(query), body: parsed },
    context: () => context(req),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(response.body.string));
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The whole body, or null past the limit (declared or counted); the rest of an oversized body is left unread. */
function readBody(req: IncomingMessage, limitBytes: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limitBytes) {
        over = true;
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, error: AppError, close = false): void {
  const text = JSON.stringify({ errors: [error.toJSON()] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...(close ? { connection: 'close' } : {}) });
  res.end(text);
}
