import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Express } from 'express';
import express from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { SqlStatement } from './orm';
import type { ServiceDeps } from './subgraph';
import { subgraphUrlVariable, type SubgraphName } from './subgraph-names';

/**
 * Events between services go through a transactional outbox: the event row is written in the same
 * transaction as the change, a relay delivers it at least once, and the receiver records its id in an
 * inbox table in the same transaction as its own change, so a replay changes nothing.
 */
export const EVENT_ROUTES = {
  'dossier.status-changed': ['outreach', 'payments'],
  // No subgraph: the dossiers service's own adapter pushes the dossier to the national public service portal.
  'dossier.national-sync': [],
  'payment.succeeded': ['dossiers'],
  'payment.refunded': ['dossiers'],
} as const satisfies Record<string, readonly SubgraphName[]>;

export type EventTopic = keyof typeof EVENT_ROUTES;

export interface EventEnvelope<T = Record<string, unknown>> {
  id: string;
  topic: EventTopic;
  payload: T;
  occurredAt: string;
}

/** SQL for a service's migration: its outbox and its inbox, in its own schema. */
export function eventTablesSql(schema: string): string {
  return `
    create table "${schema}".outbox_message (
      id uuid primary key,
      topic text not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      delivered_at timestamptz null,
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text null
    );
    create index outbox_message_pending_index on "${schema}".outbox_message (next_attempt_at) where delivered_at is null;
    create table "${schema}".inbox_message (
      id uuid primary key,
      topic text not null,
      received_at timestamptz not null default now()
    );`;
}

/** Writes an event in the caller's transaction: it exists if and only if the change does. */
export async function publishEvent(em: EntityManager, schema: string, topic: EventTopic, payload: Record<string, unknown>): Promise<void> {
  const { sql, params } = outboxStatement(schema, topic, payload);
  await em.execute(sql, params);
}

/** The outbox row of an event, for a caller that sends it with its transaction's other writes ({@link executeTogether}). */
export function outboxStatement(schema: string, topic: EventTopic, payload: Record<string, unknown>): SqlStatement {
  return { sql: `insert into "${schema}".outbox_message (id, topic, payload) values (?, ?, ?)`, params: [randomUUID(), topic, JSON.stringify(payload)] };
}

const DEV_EVENTS_SECRET = 'dev-events-secret';
const MIN_PRODUCTION_SECRET_LENGTH = 32;

/** The events key; production refuses none, the published development value, and anything short enough to guess. */
export function secretOf(env: NodeJS.ProcessEnv): string {
  const production = env.NODE_ENV === 'production';
  const secret = env.EVENTS_SECRET ?? (production ? '' : DEV_EVENTS_SECRET);
  if (production && (secret === DEV_EVENTS_SECRET || secret.length < MIN_PRODUCTION_SECRET_LENGTH)) {
    throw new Error(`EVENTS_SECRET must be set in production to a random value of at least ${MIN_PRODUCTION_SECRET_LENGTH} characters (e.g. openssl rand -hex 32)`);
  }
  return secret;
}

/** The HMAC an event carries in `x-event-signature`; exported for tests that deliver events as a relay does. */
export function signEvent(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * Delivers an event to a system outside the graph (the national portal): null when it is done with (delivered,
 * or refused for good and recorded as such), else the reason it should be tried again later.
 */
export type OutboxAdapter = (envelope: EventEnvelope) => Promise<string | null>;

export interface OutboxRelay {
  /** Delivers what is pending now; returns how many events were delivered. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls the outbox and POSTs each event to every subscriber's /events, or hands it to the adapter of its topic,
 * with backoff on failure.
 */
export function startOutboxRelay(deps: ServiceDeps, schema: string, intervalMs = 500, adapters: Partial<Record<EventTopic, OutboxAdapter>> = {}): OutboxRelay {
  const secret = secretOf(deps.env);
  let running = true;
  let draining: Promise<number> = Promise.resolve(0);

  const drainOnce = async (): Promise<number> => {
    const em = deps.orm.em.fork();
    return em.transactional(async (tx) => {
      const rows: { id: string; topic: EventTopic; payload: Record<string, unknown>; created_at: Date; attempts: number }[] = await tx.execute(
        `select id, topic, payload, created_at, attempts from "${schema}".outbox_message
         where delivered_at is null and next_attempt_at <= now() order by created_at limit 50 for update skip locked`,
      );
      let delivered = 0;
      for (const row of rows) {
        const envelope: EventEnvelope = { id: row.id, topic: row.topic, payload: row.payload, occurredAt: new Date(row.created_at).toISOString() };
        const adapter = adapters[row.topic];
        const error = adapter ? await adapter(envelope).catch((err: unknown) => (err as Error).message) : await deliver(envelope, deps.env, secret);
        if (!error) {
          delivered++;
          await tx.execute(`update "${schema}".outbox_message set delivered_at = now(), attempts = attempts + 1 where id = ?`, [row.id]);
        } else {
          const backoffSeconds = Math.min(300, 2 ** Math.min(row.attempts, 8));
          await tx.execute(`update "${schema}".outbox_message set attempts = attempts + 1, last_error = ?, next_attempt_at = now() + (? || ' seconds')::interval where id = ?`, [
            error.slice(0, 500),
            String(backoffSeconds),
            row.id,
          ]);
          deps.log.warn({ topic: row.topic, id: row.id, error }, 'event delivery failed; will retry');
        }
      }
      return delivered;
    });
  };

  const loop = async () => {
    while (running) {
      draining = drainOnce().catch((err) => {
        deps.log.error({ err }, 'outbox relay failed');
        return 0;
      });
      const delivered = await draining;
      if (!delivered) await new Promise((r) => setTimeout(r, intervalMs));
    }
  };
  void loop();
  return {
    drain: () => drainOnce(),
    async stop() {
      running = false;
      await draining;
    },
  };
}

async function deliver(envelope: EventEnvelope, env: NodeJS.ProcessEnv, secret: string): Promise<string | null> {
  const body = JSON.stringify(envelope);
  for (const subscriber of EVENT_ROUTES[envelope.topic]) {
    const base = env[subgraphUrlVariable(subscriber)];
    if (!base) return `no address for subscriber ${subscriber}`;
    try {
      const res = await fetch(base.replace(/\/graphql$/, '/events'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-event-signature': signEvent(body, secret) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) return `${subscriber}: HTTP ${res.status}`;
    } catch (err) {
      return `${subscriber}: ${(err as Error).message}`;
    }
  }
  return null;
}

export type EventHandler = (em: EntityManager, payload: Record<string, unknown>, envelope: EventEnvelope) => Promise<void>;

/**
 * POST /events: verifies the signature, then records the event id and runs the handler in one
 * transaction; a duplicate is acknowledged and ignored.
 */
export function mountEventReceiver(app: Express, deps: ServiceDeps, schema: string, handlers: Partial<Record<EventTopic, EventHandler>>, log: Logger = deps.log): void {
  const secret = secretOf(deps.env);
  app.post('/events', express.text({ type: 'application/json', limit: '256kb' }), async (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    const given = Buffer.from(String(req.headers['x-event-signature'] ?? ''), 'hex');
    const expected = Buffer.from(signEvent(body, secret), 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      log.warn('event with a bad signature refused');
      return res.status(401).json({ error: 'bad signature' });
    }
    const envelope = JSON.parse(body) as EventEnvelope;
    const handler = handlers[envelope.topic];
    if (!handler) return res.status(202).json({ status: 'ignored' });
    try {
      const outcome = await deps.orm.em.fork().transactional(async (em) => {
        const inserted: unknown[] = await em.execute(`insert into "${schema}".inbox_message (id, topic) values (?, ?) on conflict (id) do nothing returning id`, [envelope.id, envelope.topic]);
        if (!inserted.length) return 'duplicate';
        await handler(em, envelope.payload, envelope);
        return 'processed';
      });
      res.json({ status: outcome });
    } catch (err) {
      log.error({ err, topic: envelope.topic, id: envelope.id }, 'event handler failed');
      res.status(500).json({ error: 'handler failed' });
    }
  });
}
