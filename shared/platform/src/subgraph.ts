import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import express, { type Express } from 'express';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AppError, createErrorFormatter, httpStatusOf } from './errors';
import { createLogger, type Logger } from './logger';
import { openOrm, type OrmDefinition } from './orm';
import { hasRole, type Caller, type Role } from './auth/roles';
import { loadIdentityConfig, verifierFor } from './auth/identity-config';
import { startRevokedTokens } from './auth/revoked-tokens';
import type { TokenVerifier } from './auth/verify-token';
import { CLIENT_IP_HEADER, normaliseIp } from './client-ip';
import { inputHygienePlugin } from './input-hygiene';
import { listen } from './keep-alive';
import { GRAPHQL_BODY_LIMIT, graphqlJsonPostHandler, isGraphqlJsonPost } from './graphql-http';
import type { RequestContext } from './context';

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** Everything that makes one subgraph: its types, resolvers, tables and start-up hooks. */
export interface SubgraphDefinition extends OrmDefinition {
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolver classes as Function.
  resolvers: NonEmptyArray<Function>;
  // biome-ignore lint/complexity/noBannedTypes: as above, for the object types it adds.
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type, for types other subgraphs reference by key. */
  referenceResolvers?: GraphQLResolverMap<RequestContext>;
  /** Extra HTTP routes (uploads, payment callbacks) mounted before /graphql. */
  routes?: (app: Express, deps: ServiceDeps) => void;
  /** Reference data every environment has, brought up to date at every start after the migrations; idempotent. */
  referenceData?: (deps: ServiceDeps) => Promise<void>;
  /** Demo data for development and tests; must be idempotent. */
  seed?: (deps: ServiceDeps) => Promise<void>;
  /** Long-running work (event relays, reconciliation), started after listen, stopped on close. */
  workers?: (deps: ServiceDeps) => { stop(): Promise<void> }[];
}

export interface ServiceDeps {
  orm: MikroORM;
  log: Logger;
  verify: TokenVerifier;
  env: NodeJS.ProcessEnv;
}

/** The type-graphql schema turned into a Federation 2 subgraph schema. */
export async function buildFederatedSchema(def: SubgraphDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: def.resolvers,
    orphanedTypes: def.orphanedTypes,
    authChecker: ({ context }, roles) => checkRoles((context as RequestContext).caller, roles as Role[]),
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<RequestContext>;
  for (const [typeName, refs] of Object.entries(def.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(refs as object) } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> });
}

export async function printSubgraphSdl(def: SubgraphDefinition): Promise<string> {
  return printSubgraphSchema(await buildFederatedSchema(def));
}

function checkRoles(caller: Caller | null, roles: Role[]): boolean {
  if (!caller) throw new AppError('UNAUTHENTICATED');
  // The roles the field needs: a client can say what is missing, and a refusal by role reads apart from one by unit.
  if (roles.length && !hasRole(caller, ...roles)) throw new AppError('FORBIDDEN', { details: { requiredRoles: roles } });
  return true;
}

export interface RunningService {
  url: string;
  deps: ServiceDeps;
  close(): Promise<void>;
}

/** Starts one subgraph: migrate, load reference data, (seed), serve /graphql and /healthz, verify every caller's token itself. */
export async function startSubgraph(def: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): Promise<RunningService> {
  const log = createLogger(def.name);
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`${def.name}: DATABASE_URL is not set`);
  const orm = await openOrm(def, databaseUrl, log);
  const identity = await loadIdentityConfig(env);
  const sessions = await startRevokedTokens(databaseUrl, log);
  const deps: ServiceDeps = { orm, log, verify: verifierFor(identity, (token) => sessions.revoked.has(token)), env };
  await def.referenceData?.(deps);
  if (env.SEED_DEMO === 'true' && def.seed) await def.seed(deps);

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildFederatedSchema(def),
    formatError: createErrorFormatter(log, { production: env.NODE_ENV === 'production' }),
    includeStacktraceInErrorResponses: false,
    introspection: env.NODE_ENV !== 'production',
    // No Apollo Studio here: traces would only cost time.
    plugins: [ApolloServerPluginInlineTraceDisabled(), inputHygienePlugin()],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', service: def.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: def.name });
    }
  });
  def.routes?.(app, deps);
  const contextOf = async (req: IncomingMessage) => requestContext(log, orm, await callerOf(req.headers.authorization, deps.verify), req.headers);
  app.use('/graphql', express.json({ limit: GRAPHQL_BODY_LIMIT }), expressMiddleware(apollo, { context: ({ req }) => contextOf(req) }));
  const graphqlPost = graphqlJsonPostHandler(apollo, contextOf, GRAPHQL_BODY_LIMIT);

  const port = Number(env.PORT ?? 0);
  // Only the gateway and the other services call a subgraph: loopback unless HOST says otherwise (containers).
  const host = env.HOST ?? '127.0.0.1';
  const server: Server = await listen((req, res) => (isGraphqlJsonPost(req) ? graphqlPost(req, res) : app(req, res)), port, host);
  const address = server.address();
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${typeof address === 'object' && address ? address.port : port}`;
  const workers = def.workers?.(deps) ?? [];
  log.info({ url }, `${def.name} subgraph ready`);

  return {
    url,
    deps,
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await sessions.close();
      await orm.close();
    },
  };
}

/**
 * One request's context. Its unit of work and its logger are made when a resolver first asks: many requests
 * never log, and some never touch the database (a fork and a pino child per request were measurable work).
 */
function requestContext(log: Logger, orm: MikroORM, caller: Caller | null, headers: IncomingHttpHeaders): RequestContext {
  const requestId = String(headers['x-request-id'] ?? randomUUID());
  let em: EntityManager | undefined;
  let child: Logger | undefined;
  return {
    caller,
    get em() {
      em ??= orm.em.fork();
      return em;
    },
    get log() {
      child ??= log.child({ requestId });
      return child;
    },
    requestId,
    clientIp: normaliseIp(headers[CLIENT_IP_HEADER]),
  };
}

/** Bearer token → verified caller; no header → anonymous; a bad token is an error, never anonymous. */
export async function callerOf(authorization: string | undefined, verify: TokenVerifier): Promise<Caller | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  try {
    if (!match) throw new AppError('TOKEN_INVALID');
    return await verify(match[1]);
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'TOKEN_INVALID';
    throw new AppError(code, { httpStatus: httpStatusOf(code) });
  }
}

/** Process entry point: start, and stop cleanly on SIGINT/SIGTERM. */
export function runSubgraph(def: SubgraphDefinition): void {
  startSubgraph(def).then(
    (service) => {
      const stop = () =>
        service.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (err) => {
      createLogger(def.name).fatal({ err }, 'failed to start');
      process.exit(1);
    },
  );
}

/** Build step: the subgraph's SDL, composed later into the supergraph by the gateway's build. */
export function writeSubgraphSdl(def: SubgraphDefinition, file: string): void {
  printSubgraphSdl(def).then(
    (sdl) => writeFileSync(file, sdl),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
