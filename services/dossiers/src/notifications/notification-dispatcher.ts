import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceDeps } from '@motcua/platform';
import { Dossier } from '../entities/dossier.entity';
import { Notification, NotificationChannel, NotificationStatus } from '../entities/notification.entity';
import { earliestSendTime } from './domain/quiet-hours';
import { RateLimiter } from './domain/rate-limiter';
import { backoffMs, hasAttemptsLeft } from './domain/retry-policy';
import { callbackSignature, notificationSettingsFrom, type NotificationSettings } from './notification-settings';
import { fallbackMessage } from './status-messages';
import { renderTemplate, templateByKey, type Locale } from './templates';
import { EmailTransport } from './transports/email.transport';
import { SmsTransport } from './transports/sms.transport';
import type { NotificationTransport, OutgoingMessage, SendOutcome } from './transports/transport';
import { ZnsTokenStore } from './transports/zns-token-store';
import { ZnsTransport } from './transports/zns.transport';

const BATCH = 50;
/** How long a worker holds a message it is sending; past it, another worker may take the message again. */
const LEASE_SECONDS = 120;

export interface NotificationDispatcher {
  /** Sends what is due now; returns how many messages were attempted. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

function transportsFrom(deps: ServiceDeps, settings: NotificationSettings): NotificationTransport[] {
  const transports: NotificationTransport[] = [];
  if (settings.zalo) transports.push(new ZnsTransport(settings.zalo, new ZnsTokenStore(deps.orm, settings.zalo, settings.timeoutMs), settings.timeoutMs));
  if (settings.sms) {
    const callback = (id: string) => `${settings.callbackBaseUrl}/notifications/sms/delivery-report/${id}?sig=${callbackSignature(settings, id)}`;
    transports.push(new SmsTransport(settings.sms, callback, settings.timeoutMs));
  }
  if (settings.smtp) transports.push(new EmailTransport(settings.smtp, settings.timeoutMs));
  return transports;
}

/**
 * The worker that sends queued messages. It leases due messages with `for update skip locked` (replicas share
 * the queue), sends each through its channel's transport at the provider's rate, and records the outcome: SENT,
 * a retry with back-off, or FAILED with the provider's reason (a Zalo message to a phone without Zalo becomes
 * an SMS). A worker that dies mid-send loses nothing: the lease runs out and the message is taken again, with
 * the same idempotency key, so the provider does not send it twice.
 */
export function startNotificationDispatcher(deps: ServiceDeps, intervalMs = 250): NotificationDispatcher {
  const settings = notificationSettingsFrom(deps.env);
  const transports = new Map(transportsFrom(deps, settings).map((t) => [t.channel, t]));
  const limiters = new Map<NotificationChannel, RateLimiter>([
    [NotificationChannel.ZALO, new RateLimiter(settings.zalo?.perSecond ?? 10)],
    [NotificationChannel.SMS, new RateLimiter(settings.sms?.perSecond ?? 20)],
    [NotificationChannel.EMAIL, new RateLimiter(settings.smtp?.perSecond ?? 10)],
  ]);
  let running = true;
  let current: Promise<number> = Promise.resolve(0);

  const drainOnce = async (): Promise<number> => {
    const claimed = await claim(deps.orm.em.fork());
    await Promise.all(
      claimed.map(async (message) => {
        const transport = transports.get(message.channel);
        const outcome: SendOutcome = transport
          ? await throttled(limiters.get(message.channel)!, () => transport.send(outgoing(message)))
          : { kind: 'retry', reason: `no ${message.channel} provider is configured` };
        await record(deps.orm.em.fork(), message.id, outcome, settings).catch((err) => deps.log.error({ err, id: message.id }, 'could not record a notification outcome'));
        if (outcome.kind !== 'sent') deps.log.warn({ id: message.id, channel: message.channel, outcome }, 'notification not sent');
      }),
    );
    return claimed.length;
  };

  const loop = async () => {
    while (running) {
      current = drainOnce().catch((err) => {
        deps.log.error({ err }, 'notification dispatcher failed');
        return 0;
      });
      const sent = await current;
      if (!sent && running) await sleep(intervalMs);
    }
  };
  void loop();
  return {
    drain: () => drainOnce(),
    async stop() {
      running = false;
      await current;
      for (const transport of transports.values()) if (transport instanceof EmailTransport) transport.close();
    },
  };
}

/** Due messages, leased to this worker; each lease counts as an attempt. */
async function claim(em: EntityManager): Promise<Notification[]> {
  const rows: { id: string }[] = await em.execute(
    `update dossiers.notification set locked_until = now() + interval '${LEASE_SECONDS} seconds', attempts = attempts + 1, last_attempt_at = now()
     where id in (
       select id from dossiers.notification
       where status = 'QUEUED' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
       order by next_attempt_at limit ${BATCH} for update skip locked)
     returning id`,
  );
  if (!rows.length) return [];
  return em.find(Notification, { id: { $in: rows.map((r) => r.id) } });
}

function outgoing(message: Notification): OutgoingMessage {
  const template = templateByKey(message.template);
  const locale: Locale = message.locale === 'en' ? 'en' : 'vi';
  return {
    id: message.id,
    recipient: message.recipient,
    template: message.template,
    znsTemplateId: template?.znsTemplateId ?? '',
    params: message.params,
    subject: template ? renderTemplate(template, message.params, locale).subject : message.template,
    text: message.body,
  };
}

async function throttled<T>(limiter: RateLimiter, send: () => Promise<T>): Promise<T> {
  for (let wait = limiter.take(); wait > 0; wait = limiter.take()) await sleep(wait);
  return send();
}

async function record(em: EntityManager, id: string, outcome: SendOutcome, settings: NotificationSettings): Promise<void> {
  await em.transactional(async (tx) => {
    const message = await tx.findOneOrFail(Notification, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const now = new Date();
    message.lockedUntil = null;
    if (outcome.kind === 'sent') {
      // The receipt may have come before this answer was recorded: never step back from DELIVERED.
      if (message.status !== NotificationStatus.DELIVERED) message.status = NotificationStatus.SENT;
      message.providerMessageId = outcome.providerMessageId;
      message.segments = outcome.segments ?? null;
      message.sentAt = now;
      message.failureReason = null;
      return;
    }
    // A receipt that came while we waited for the answer says more than a lost answer or a late error.
    if (message.status !== NotificationStatus.QUEUED) return;
    if (outcome.kind === 'retry' && hasAttemptsLeft(message.attempts, settings.retry)) {
      message.failureReason = outcome.reason;
      message.nextAttemptAt = earliestSendTime(new Date(now.getTime() + backoffMs(message.attempts, settings.retry)), settings.quietHours, message.urgent);
      return;
    }
    message.status = NotificationStatus.FAILED;
    message.failedAt = now;
    message.failureReason = outcome.kind === 'retry' ? `gave up after ${message.attempts} attempts: ${outcome.reason}` : outcome.reason;
    if (outcome.kind === 'failed' && outcome.noAccount) {
      const dossier = await tx.findOne(Dossier, { code: message.dossierCode });
      if (dossier) await fallbackMessage(tx, message, dossier, settings);
    }
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
