import { randomUUID, timingSafeEqual } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceDeps } from '@motcua/platform';
import express, { type Express, type Response } from 'express';
import { Notification, NotificationChannel, NotificationStatus } from '../entities/notification.entity';
import { isValidZaloSignature } from './domain/zalo-signature';
import { callbackSignature, notificationSettingsFrom } from './notification-settings';

type ReceiptOutcome = 'APPLIED' | 'DUPLICATE' | 'BAD_SIGNATURE' | 'UNKNOWN_MESSAGE' | 'IGNORED';

interface Receipt {
  provider: 'ZALO' | 'SMS';
  event: string | null;
  providerMessageId: string | null;
  outcome: ReceiptOutcome;
  reason: string | null;
  payload: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every call is kept with what came of it, forged ones too: that is how staff learn a provider misbehaves. */
async function keep(em: EntityManager, receipt: Receipt): Promise<void> {
  await em.execute(`insert into dossiers.notification_receipt (id, provider, event, provider_message_id, outcome, reason, payload) values (?, ?, ?, ?, ?, ?, ?)`, [
    randomUUID(),
    receipt.provider,
    receipt.event,
    receipt.providerMessageId,
    receipt.outcome,
    receipt.reason,
    receipt.payload.slice(0, 4000),
  ]);
}

/** The message a receipt is about, locked; null when no message of ours matches both the key and the provider's id. */
async function messageFor(em: EntityManager, channel: NotificationChannel, ourId: string | null, providerId: string | null): Promise<Notification | null> {
  const where = ourId && UUID.test(ourId) ? { id: ourId, channel } : providerId ? { providerMessageId: providerId, channel } : null;
  if (!where) return null;
  const message = await em.findOne(Notification, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!message) return null;
  if (providerId && message.providerMessageId && message.providerMessageId !== providerId) return null;
  return message;
}

/**
 * Delivery receipts: Zalo's webhook (user_received_message, signed with the OA secret key) and the SMS gateway's
 * delivery report (sent to a URL that carries our signature of the message id). A receipt that fails its
 * check, or names no message of ours, changes nothing.
 */
export function mountNotificationWebhooks(app: Express, deps: ServiceDeps): void {
  const settings = notificationSettingsFrom(deps.env);

  app.post('/notifications/zalo/webhook', express.text({ type: '*/*', limit: '64kb' }), async (req, res) => {
    const raw = typeof req.body === 'string' ? req.body : '';
    await answer(res, deps, async (em) => {
      let event: { app_id?: string; event_name?: string; timestamp?: string | number; message?: { msg_id?: string; tracking_id?: string; delivery_time?: string | number } };
      try {
        event = JSON.parse(raw);
      } catch {
        return { status: 400, receipt: { provider: 'ZALO', event: null, providerMessageId: null, outcome: 'BAD_SIGNATURE', reason: 'body is not JSON', payload: raw } };
      }
      const base = { provider: 'ZALO' as const, event: event.event_name ?? null, providerMessageId: event.message?.msg_id ?? null, payload: raw };
      const zalo = settings.zalo;
      const signed = !!zalo && event.app_id === zalo.appId && isValidZaloSignature(req.header('x-zevent-signature'), zalo.appId, raw, String(event.timestamp ?? ''), zalo.oaSecretKey);
      if (!signed) return { status: 401, receipt: { ...base, outcome: 'BAD_SIGNATURE', reason: 'X-ZEvent-Signature does not match' } };
      if (event.event_name !== 'user_received_message') return { status: 200, receipt: { ...base, outcome: 'IGNORED', reason: null } };
      const message = await messageFor(em, NotificationChannel.ZALO, event.message?.tracking_id ?? null, event.message?.msg_id ?? null);
      if (!message) return { status: 200, receipt: { ...base, outcome: 'UNKNOWN_MESSAGE', reason: `no Zalo message ${event.message?.tracking_id ?? event.message?.msg_id ?? ''}` } };
      return { status: 200, receipt: { ...base, ...delivered(message, timeOf(event.message?.delivery_time)) } };
    });
  });

  app.post('/notifications/sms/delivery-report/:id', express.json({ limit: '16kb' }), async (req, res) => {
    const id = String(req.params.id);
    const report = (req.body ?? {}) as { SMSID?: string; SendStatus?: string; ErrorMessage?: string };
    await answer(res, deps, async (em) => {
      const base = { provider: 'SMS' as const, event: report.SendStatus ?? null, providerMessageId: report.SMSID ?? null, payload: JSON.stringify(report) };
      const expected = Buffer.from(callbackSignature(settings, id));
      const given = Buffer.from(String(req.query.sig ?? ''));
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { status: 401, receipt: { ...base, outcome: 'BAD_SIGNATURE', reason: 'delivery report URL signature does not match' } };
      const message = await messageFor(em, NotificationChannel.SMS, id, report.SMSID ?? null);
      if (!message) return { status: 200, receipt: { ...base, outcome: 'UNKNOWN_MESSAGE', reason: `no SMS message ${id}` } };
      if (report.SendStatus === 'DELIVERED') return { status: 200, receipt: { ...base, ...delivered(message, new Date()) } };
      if (report.SendStatus !== 'FAILED') return { status: 200, receipt: { ...base, outcome: 'IGNORED', reason: `status ${report.SendStatus ?? 'missing'}` } };
      message.status = NotificationStatus.FAILED;
      message.failedAt = new Date();
      message.failureReason = `operator: ${report.ErrorMessage ?? 'not delivered'}`;
      return { status: 200, receipt: { ...base, outcome: 'APPLIED', reason: message.failureReason } };
    });
  });
}

function delivered(message: Notification, at: Date): { outcome: ReceiptOutcome; reason: string | null } {
  if (message.status === NotificationStatus.DELIVERED) return { outcome: 'DUPLICATE', reason: null };
  message.status = NotificationStatus.DELIVERED;
  message.deliveredAt = at;
  message.failureReason = null;
  return { outcome: 'APPLIED', reason: null };
}

function timeOf(value: string | number | undefined): Date {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms) : new Date();
}

/** Applies a receipt and keeps it in one transaction, then answers; an error is logged and answered 500 (the provider retries). */
async function answer(res: Response, deps: ServiceDeps, handle: (em: EntityManager) => Promise<{ status: number; receipt: Receipt }>): Promise<void> {
  try {
    const { status, receipt } = await deps.orm.em.fork().transactional(async (em) => {
      const result = await handle(em);
      await keep(em, result.receipt);
      return result;
    });
    if (receipt.outcome === 'BAD_SIGNATURE') deps.log.warn({ provider: receipt.provider, reason: receipt.reason }, 'notification receipt refused');
    res.status(status).json({ ok: status === 200, outcome: receipt.outcome });
  } catch (err) {
    deps.log.error({ err }, 'notification receipt failed');
    res.status(500).json({ ok: false });
  }
}
