import { Agent, type AgentOptions, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

interface Answer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  text: string;
}

/**
 * Pooled keep-alive connections to the subgraphs. An idle socket is closed after 30 s, well before the subgraph
 * closes it (65 s, shared/platform/src/keep-alive.ts): a request is never written to a socket the server is just
 * closing, which is the ECONNRESET that make-fetch-happen's never-expiring sockets caused.
 */
export const SUBGRAPH_AGENT_OPTIONS: AgentOptions = { keepAlive: true, timeout: 30_000, maxSockets: 128, maxFreeSockets: 128, scheduling: 'lifo' };

export function subgraphAgent(): Agent {
  return new Agent(SUBGRAPH_AGENT_OPTIONS);
}

/**
 * Calls one subgraph over plain HTTP, without Node's fetch and node-fetch's Request objects (a third of the
 * gateway's CPU under load, docs/benchmarks.md). Reads that are identical — same operation text and variables,
 * same Authorization — while one is in flight are sent once and answered to every caller, each parsing its own
 * copy; mutations are always sent. Per-request headers that do not change the answer (request id, client address)
 * are the first caller's.
 */
export class SubgraphDataSource<TContext extends object> implements GraphQLDataSource<TContext> {
  private readonly inFlight = new Map<string, Promise<Answer>>();

  constructor(
    readonly url: string,
    private readonly headersOf: (context: TContext) => Record<string, string | null | undefined>,
    private readonly agent: Agent,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<SubgraphResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const [name, value] of Object.entries(this.headersOf(options.context as TContext))) if (value) headers[name] = value;
    const answer = await (isRead(request.query) ? this.shared(headers, body) : this.send(headers, body));
    const parsed = parseAnswer(answer);
    // A subgraph that refuses the input itself (a custom scalar's value the gateway cannot check, such as the
    // impossible date 2022-02-30) answers 400 with its typed errors: they are the caller's to read, not a failure.
    if (answer.status === 400 && hasGraphqlErrors(parsed)) return parsed as SubgraphResponse;
    if (answer.status < 200 || answer.status > 299) throw errorOf(this.url, answer, parsed);
    if (typeof parsed !== 'object' || parsed === null) throw new Error(`Expected JSON response body, but received: ${answer.text}`);
    return parsed as SubgraphResponse;
  }

  private shared(headers: Record<string, string>, body: string): Promise<Answer> {
    const key = `${headers.authorization ?? ''}\n${body}`;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const sent = this.send(headers, body).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, sent);
    return sent;
  }

  private send(headers: Record<string, string>, body: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(this.url, { method: 'POST', agent: this.agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

/** What the query planner sends is `query …`, `mutation …` or a bare selection set (a query). */
export function isRead(operation: string): boolean {
  return !/^\s*(mutation|subscription)\b/.test(operation);
}

function parseAnswer(answer: Answer): unknown {
  const type = answer.headers['content-type'] ?? '';
  if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) return JSON.parse(answer.text);
  return answer.text;
}

function hasGraphqlErrors(body: unknown): boolean {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) && errors.length > 0;
}

/** As Apollo's RemoteGraphQLDataSource reports a subgraph's HTTP error, so error handling downstream is unchanged. */
function errorOf(url: string, answer: Answer, body: unknown): GraphQLError {
  const code = answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${answer.status}: ${answer.statusText}`, {
    extensions: { response: { url, status: answer.status, statusText: answer.statusText, body }, ...(code ? { code } : {}) },
  });
}
