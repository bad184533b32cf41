import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { resolve } from 'node:path';
import { Agent as HttpAgent, type OutgoingHttpHeaders, request as httpRequest, type Server } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Request, type Response } from 'express';
import {
  AppError,
  CLIENT_IP_HEADER,
  callerOf,
  createDevIssuer,
  createErrorFormatter,
  createLogger,
  GRAPHQL_BODY_LIMIT,
  graphqlJsonPostHandler,
  isJsonPost,
  listen,
  listenHost,
  httpStatusOf,
  inputHygienePlugin,
  loadIdentityConfig,
  startRevokedTokens,
  verifierFor,
  normaliseIp,
  trustProxySetting,
  type Caller,
  type Logger,
} from '@motcua/platform';
import { operationLimitsPlugin } from './operation-limits';
import { mountIdentityRoutes, mountSignOutRoute } from './identity-routes';
import { rateLimitsOf, requestLimiter } from './rate-limits';
import { SUBGRAPH_AGENT_OPTIONS, SubgraphDataSource, subgraphAgent } from './subgraph-data-source';
import { PASSTHROUGH_ROUTES, SUBGRAPH_NAMES, subgraphUrl, type SubgraphName } from './subgraphs';

interface GatewayContext {
  caller: Caller | null;
  authorization?: string;
  requestId: string;
  /** The browser's address (behind TRUST_PROXY, from X-Forwarded-For): VNPay wants the payer's IP. */
  clientIp: string | null;
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

/** One endpoint for the front ends: the composed graph, the development identity provider and pass-through routes. */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<RunningGateway> {
  const log = createLogger('gateway');
  const production = env.NODE_ENV === 'production';
  const identity = await loadIdentityConfig(env);
  if (!env.DATABASE_URL) throw new Error('gateway: DATABASE_URL is not set (the tokens ended by signing out are kept there)');
  const sessions = await startRevokedTokens(env.DATABASE_URL, log, { owner: true });
  const verify = verifierFor(identity, (token) => sessions.revoked.has(token));
  const devIssuer = identity.devIssuer ? await createDevIssuer(env.DEV_ISSUER_KEY_FILE) : null;

  const agent = subgraphAgent();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(resolve(__dirname, '../supergraph.graphql'), 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource<GatewayContext>(
        SUBGRAPH_NAMES.includes(name as SubgraphName) ? subgraphUrl(name as SubgraphName, env) : url!,
        // Subgraphs verify the same token again: the gateway is not their only line of defence.
        (context) => ({ authorization: context.authorization, 'x-request-id': context.requestId, [CLIENT_IP_HEADER]: context.clientIp }),
        agent,
      ),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: createErrorFormatter(log, { production }),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    // The largest document the front ends send has 252 tokens; one of thousands of aliases is refused while it is
    // being read, before the parse and the cost estimate cost anything (issue 12).
    parseOptions: { maxTokens: Number(env.GRAPHQL_MAX_TOKENS ?? 1000) },
    plugins: [
      inputHygienePlugin(),
      operationLimitsPlugin({
        maxDepth: Number(env.GRAPHQL_MAX_DEPTH ?? 10),
        maxComplexity: Number(env.GRAPHQL_MAX_COMPLEXITY ?? 3000),
        maxRootFields: Number(env.GRAPHQL_MAX_ROOT_FIELDS ?? 20),
      }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy (nginx, a load balancer) its address says nothing: TRUST_PROXY names the proxies
  // whose X-Forwarded-For may be believed (Express's syntax: "loopback", "10.0.0.0/8", a hop count). Off by default.
  if (env.TRUST_PROXY) app.set('trust proxy', trustProxySetting(env.TRUST_PROXY));
  app.use(cors({ origin: allowedOrigins(env), credentials: false, maxAge: 600 }));
  app.get('/healthz', (_req, res) => void health(env, res));
  const limits = rateLimitsOf(env);
  mountIdentityRoutes(app, identity, devIssuer, env, log, limits);
  mountSignOutRoute(app, verify, sessions.revoked);
  app.use(requestLimiter(limits));
  for (const route of PASSTHROUGH_ROUTES) app.use(route.prefix, (req, res) => passThrough(req, res, route.subgraph, route.prefix, env, log));
  const contextOf = async (req: Request): Promise<GatewayContext> => ({
    caller: await callerOf(req.headers.authorization, verify),
    authorization: req.headers.authorization,
    requestId: String(req.headers['x-request-id'] ?? randomUUID()),
    clientIp: normaliseIp(req.ip),
  });
  const graphqlPost = graphqlJsonPostHandler(apollo, (req) => contextOf(req as Request), GRAPHQL_BODY_LIMIT);
  app.use(
    '/graphql',
    // The front ends' POSTs (after CORS and the rate limits) skip the body parser and Apollo's Express integration,
    // as in the subgraphs; GET and anything else takes the Express path.
    (req, res, next) => (isJsonPost(req) ? graphqlPost(req, res) : next()),
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, { context: ({ req }) => contextOf(req) }),
  );
  app.use((err: unknown, _req: Request, res: Response, _next: unknown) => {
    const status = (err as { status?: number }).status;
    if (status && status < 500) return sendError(res, new AppError('BAD_REQUEST'));
    log.error({ err }, 'unhandled error');
    sendError(res, new AppError('INTERNAL'));
  });

  const port = Number(env.PORT ?? 4000);
  const server: Server = await listen(app, port, listenHost(env));
  log.info({ port, devIssuer: !!devIssuer }, 'gateway ready');
  return {
    url: `http://localhost:${port}`,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
      await sessions.close();
      agent.destroy();
    },
  };
}

/** The portal's origins; any localhost port only in development, where the front ends move between ports. */
export function allowedOrigins(env: NodeJS.ProcessEnv): (string | RegExp)[] {
  if (env.CORS_ORIGINS) return env.CORS_ORIGINS.split(',').map((o) => o.trim());
  if (env.NODE_ENV === 'production') throw new Error('CORS_ORIGINS must name the portal origins in production (e.g. https://dichvucong.example.gov.vn)');
  return [/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/];
}

function sendError(res: Response, error: AppError): void {
  res.status(httpStatusOf(error.code)).json(error.toBody());
}

async function health(env: NodeJS.ProcessEnv, res: Response): Promise<void> {
  const checks = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const url = subgraphUrl(name, env).replace(/\/graphql$/, '/healthz');
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        return [name, r.ok ? 'ok' : `HTTP ${r.status}`] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  const healthy = checks.every(([, s]) => s === 'ok');
  res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'degraded', subgraphs: Object.fromEntries(checks) });
}

/** Connections to the subgraphs kept between pass-through requests, retired while idle as the graph's are. */
const passThroughAgents = { http: new HttpAgent(SUBGRAPH_AGENT_OPTIONS), https: new HttpsAgent(SUBGRAPH_AGENT_OPTIONS) };
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

/**
 * Streams a REST request to the subgraph that owns the route, and its answer back, headers (and the bearer token)
 * included. Piped both ways with back-pressure: an upload is read from the browser only as fast as the subgraph
 * takes it, so 40 scans at once are not 400 MB in the gateway (issue 12).
 */
function passThrough(req: Request, res: Response, subgraph: SubgraphName, prefix: string, env: NodeJS.ProcessEnv, log: Logger): void {
  const base = subgraphUrl(subgraph, env).replace(/\/graphql$/, '');
  const target = new URL(`${base}${prefix}${req.url === '/' ? '' : req.url}`);
  const headers: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) headers[k] = v;
  headers['x-forwarded-for'] = req.ip ?? '';
  const secure = target.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  const fail = (err: unknown) => {
    log.error({ err, target: target.href }, 'pass-through failed');
    // Cut off mid-file: the client sees a broken download rather than an error glued to half a file.
    if (res.headersSent) return void res.destroy();
    sendError(res, new AppError('UNAVAILABLE'));
  };
  const upstream = send(target, { method: req.method, headers, agent: secure ? passThroughAgents.https : passThroughAgents.http }, (answer) => {
    res.status(answer.statusCode ?? 502);
    for (const [k, v] of Object.entries(answer.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) res.setHeader(k, v);
    pipeline(answer, res).catch(fail);
  });
  upstream.on('error', fail);
  pipeline(req, upstream).catch(() => upstream.destroy());
}
