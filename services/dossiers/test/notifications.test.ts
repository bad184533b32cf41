import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { errorCode, mintDevToken, ZALO_SANDBOX } from '@motcua/stack';
import { DUC_HOA, HAU_NGHIA, SUBMIT, birthRegistrationInput, gateway, officerOf } from './support';

interface Note {
  id: string;
  dossierCode: string;
  channel: 'ZALO' | 'SMS' | 'EMAIL';
  recipient: string;
  template: string;
  body: string;
  link: string | null;
  status: 'QUEUED' | 'SENT' | 'DELIVERED' | 'FAILED';
  attempts: number;
  failureReason: string | null;
  fallbackOf: string | null;
  resendOf: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
}

const NOTE = 'id dossierCode channel recipient template body link status attempts failureReason fallbackOf resendOf createdAt sentAt deliveredAt';
const messaging = inject('messaging');
const dossiersUrl = inject('subgraphUrls').dossiers;
const db = new Client({ connectionString: inject('databaseUrl') });
let intake: string;
let official: string;

beforeAll(async () => {
  [intake, official] = await Promise.all([gateway.login('intake'), gateway.login('official')]);
  await db.connect();
});
afterAll(() => db.end());

/** A citizen of their own, so that preferences set here touch no other test. */
function citizen(name: string): Promise<string> {
  return mintDevToken(inject('devIssuerKeyFile'), { subject: `notify-${name}`, name: 'Nguyễn Văn An', roles: ['CITIZEN'] });
}

async function submit(token: string, applicant: Record<string, unknown> = {}): Promise<string> {
  const input = await birthRegistrationInput(token);
  const data = await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input: { ...input, applicant: { ...input.applicant, ...applicant } } }, token);
  return data.submitDossier.code;
}

async function notes(code: string): Promise<Note[]> {
  const data = await gateway.data<{ notificationOutbox: Note[] }>(`query($c: String) { notificationOutbox(dossierCode: $c, first: 20) { ${NOTE} } }`, { c: code }, intake);
  return data.notificationOutbox;
}

/** Waits until the dossier's messages satisfy `done` (the worker sends within a second or so). */
async function settle(code: string, done: (n: Note[]) => boolean, timeoutMs = 20_000): Promise<Note[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const seen = await notes(code);
    if (done(seen)) return seen;
    if (Date.now() > until) throw new Error(`messages of ${code} did not settle: ${JSON.stringify(seen)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sandbox<T>(name: keyof typeof messaging): Promise<T> {
  return (await fetch(`${messaging[name]}/_sandbox/state`)).json() as Promise<T>;
}

async function mode(name: keyof typeof messaging, value: 'up' | 'down' | 'lost-answer'): Promise<void> {
  await fetch(`${messaging[name]}/_sandbox/mode`, { method: 'POST', body: JSON.stringify({ mode: value }) });
}

interface ZnsState {
  messages: { msgId: string; trackingId: string; phone: string; templateId: string; templateData: Record<string, string> }[];
  replays: number;
  refreshes: number;
}

function signedZaloWebhook(body: string, timestamp: string, secret = ZALO_SANDBOX.oaSecretKey): Promise<Response> {
  const mac = createHash('sha256').update(`${ZALO_SANDBOX.appId}${body}${timestamp}${secret}`).digest('hex');
  return fetch(`${dossiersUrl}/notifications/zalo/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` }, body });
}

const delivered = (n: Note[]) => n.length > 0 && n.every((m) => m.status === 'DELIVERED' || m.status === 'FAILED');

describe('messages to citizens', () => {
  it('go by Zalo ZNS with diacritics and a link, and the signed webhook marks them delivered', async () => {
    const code = await submit(await citizen('zalo'));
    const [note] = await settle(code, delivered);
    expect(note).toMatchObject({ channel: 'ZALO', template: 'dossier.submitted', recipient: '0912345678', status: 'DELIVERED', attempts: 1 });
    expect(note.body).toContain(`Hồ sơ ${code} đã được nộp trực tuyến`);
    expect(note.link).toMatch(new RegExp(`/tra-cuu/${code.replace(/\./g, '\\.')}$`));
    expect(note.deliveredAt).toBeTruthy();
    const zns = await sandbox<ZnsState>('zns');
    const sent = zns.messages.find((m) => m.trackingId === note.id);
    expect(sent).toMatchObject({ phone: '84912345678', templateId: '410001', templateData: { code, link: note.link } });
  });

  it('fall back to an unaccented SMS when the phone has no Zalo account, delivered by the delivery report', async () => {
    const code = await submit(await citizen('no-zalo'), { phone: '0912340000' });
    const seen = await settle(code, (n) => n.some((m) => m.channel === 'SMS' && m.status === 'DELIVERED'));
    const zalo = seen.find((m) => m.channel === 'ZALO')!;
    const sms = seen.find((m) => m.channel === 'SMS')!;
    expect(zalo).toMatchObject({ status: 'FAILED', failureReason: expect.stringContaining('-118') });
    expect(sms).toMatchObject({ fallbackOf: zalo.id, recipient: '0912340000' });
    expect(sms.body).toBe(`Ho so ${code} da duoc nop truc tuyen. Theo doi: ${sms.link}`);
    const gatewayState = await sandbox<{ messages: { requestId: string; content: string; brandname: string; phone: string; segments: number }[] }>('sms');
    expect(gatewayState.messages.find((m) => m.requestId === sms.id)).toMatchObject({ brandname: 'MOTCUA', phone: '84912340000', segments: 1, content: sms.body });
  });

  it('go by e-mail when the citizen prefers it; a bouncing address fails with the server’s reason', async () => {
    const token = await citizen('email');
    await gateway.data(
      'mutation($i: NotificationPreferenceInput!) { setMyNotificationPreference(input: $i) { preferredChannel } }',
      { i: { preferredChannel: 'EMAIL', zaloConsent: true, smsConsent: true, emailConsent: true, locale: 'vi' } },
      token,
    );
    const code = await submit(token, { email: 'an.nguyen@example.vn' });
    const [mail] = await settle(code, (n) => n.some((m) => m.status === 'SENT'));
    expect(mail).toMatchObject({ channel: 'EMAIL', recipient: 'an.nguyen@example.vn' });
    const smtp = await sandbox<{ messages: { to: string[]; subject: string; text: string; messageId: string }[] }>('smtp');
    const received = smtp.messages.find((m) => m.messageId.includes(mail.id))!;
    expect(received).toMatchObject({ to: ['an.nguyen@example.vn'], subject: `Hồ sơ ${code} đã được nộp` });
    expect(received.text).toContain(`Hồ sơ ${code} đã được nộp trực tuyến. Theo dõi: ${mail.link}`);

    const bounced = await submit(token, { email: 'bounce.me@example.vn' });
    const [failed] = await settle(bounced, delivered);
    expect(failed).toMatchObject({ channel: 'EMAIL', status: 'FAILED', failureReason: expect.stringContaining('550') });
  });

  it('record a phone that cannot get ZNS or SMS as failed with the reason', async () => {
    const code = await submit(await citizen('landline'), { phone: '02723812345' });
    const [note] = await settle(code, delivered);
    expect(note).toMatchObject({ channel: 'ZALO', status: 'FAILED', failureReason: 'not a Vietnamese mobile number: 02723812345' });
  });

  it('refresh an expired ZNS access token and carry on', async () => {
    const before = await sandbox<ZnsState>('zns');
    await fetch(`${messaging.zns}/_sandbox/expire-tokens`, { method: 'POST' });
    const code = await submit(await citizen('token'));
    const [note] = await settle(code, delivered);
    expect(note.status).toBe('DELIVERED');
    expect((await sandbox<ZnsState>('zns')).refreshes).toBe(before.refreshes + 1);
  });

  it('ignore a forged webhook or one for an unknown message, and keep both with their reason', async () => {
    const code = await submit(await citizen('forged'));
    const [note] = await settle(code, delivered);
    const timestamp = String(Date.now());
    const forged = JSON.stringify({ app_id: ZALO_SANDBOX.appId, event_name: 'user_received_message', timestamp, message: { msg_id: 'x', tracking_id: note.id, delivery_time: timestamp } });
    expect((await signedZaloWebhook(forged, timestamp, 'not-the-secret')).status).toBe(401);
    const unknown = JSON.stringify({ app_id: ZALO_SANDBOX.appId, event_name: 'user_received_message', timestamp, message: { msg_id: 'no-such-message', delivery_time: timestamp } });
    const answer = await signedZaloWebhook(unknown, timestamp);
    expect(await answer.json()).toMatchObject({ outcome: 'UNKNOWN_MESSAGE' });
    const forgedReport = await fetch(`${dossiersUrl}/notifications/sms/delivery-report/${note.id}?sig=0000`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ SMSID: 'x', SendStatus: 'FAILED' }),
    });
    expect(forgedReport.status).toBe(401);
    expect((await notes(code))[0]).toMatchObject({ status: 'DELIVERED', deliveredAt: note.deliveredAt });
    const { rows } = await db.query<{ outcome: string; reason: string }>(
      `select outcome, reason from dossiers.notification_receipt where received_at > now() - interval '1 minute' and outcome <> 'APPLIED' order by received_at`,
    );
    expect(rows.map((r) => r.outcome)).toEqual(expect.arrayContaining(['BAD_SIGNATURE', 'UNKNOWN_MESSAGE']));
  });

  it('can be resent by the unit’s officer (audited), not by another unit’s', async () => {
    const code = await submit(await citizen('resend'));
    const [note] = await settle(code, delivered);
    const other = await officerOf(DUC_HOA, ['INTAKE']);
    const refused = await gateway.graphql('mutation($id: ID!) { resendNotification(id: $id) { id } }', { id: note.id }, other);
    expect(errorCode(refused)).toBe('OUT_OF_JURISDICTION');
    const { resendNotification } = await gateway.data<{ resendNotification: Note }>(`mutation($id: ID!) { resendNotification(id: $id) { ${NOTE} } }`, { id: note.id }, intake);
    expect(resendNotification).toMatchObject({ resendOf: note.id, status: 'QUEUED', channel: 'ZALO' });
    const seen = await settle(code, (n) => n.length === 2 && delivered(n));
    expect(seen.map((n) => n.status)).toEqual(['DELIVERED', 'DELIVERED']);
    const { dossier } = await gateway.data<{ dossier: { history: { action: string; actorName: string }[] } }>(
      'query($c: String!) { dossier(code: $c) { history { action actorName } } }',
      { c: code },
      intake,
    );
    expect(dossier.history).toContainEqual({ action: 'NOTIFICATION_RESENT', actorName: 'Lê Thị Cúc' });
  });

  it('lose none and double none when the provider fails in the middle of a burst', async () => {
    const count = 30;
    const token = await citizen('burst');
    const inputs = await Promise.all(Array.from({ length: count }, () => birthRegistrationInput(token)));
    const started = Date.now();
    const codes: string[] = [];
    let sentBeforeLoss = 0;
    for (const [i, input] of inputs.entries()) {
      // A third in: answers get lost (the provider sends, we never hear); two thirds in: it is down.
      if (i === Math.floor(count / 3)) {
        await mode('zns', 'lost-answer');
        sentBeforeLoss = (await sandbox<ZnsState>('zns')).messages.length;
      }
      if (i === Math.floor((2 * count) / 3)) {
        // On a slow machine the worker may lag the submissions: let it send at least one message whose answer is lost.
        await until(async () => (await sandbox<ZnsState>('zns')).messages.length > sentBeforeLoss);
        await mode('zns', 'down');
      }
      codes.push((await gateway.data<{ submitDossier: { code: string } }>(SUBMIT, { input }, token)).submitDossier.code);
    }
    await new Promise((r) => setTimeout(r, 1500));
    await mode('zns', 'up');
    const upAt = Date.now();
    const all: Note[] = [];
    for (const code of codes) all.push(...(await settle(code, delivered, 60_000)));
    const seconds = (Date.now() - started) / 1000;

    expect(all).toHaveLength(count);
    expect(all.every((n) => n.status === 'DELIVERED')).toBe(true);
    const zns = await sandbox<ZnsState>('zns');
    const ids = new Set(all.map((n) => n.id));
    const received = zns.messages.filter((m) => ids.has(m.trackingId));
    expect(received).toHaveLength(count);
    expect(new Set(received.map((m) => m.trackingId)).size).toBe(count);
    const retries = all.reduce((sum, n) => sum + n.attempts - 1, 0);
    expect(retries).toBeGreaterThan(0);
    // A message whose answer was lost is settled by whichever comes first: the delivery webhook, or the retry the
    // provider answers from its tracking_id (a replay). Either way it reached the phone once, as counted above.
    expect(zns.messages.length).toBeGreaterThan(sentBeforeLoss);
    // The backlog the outage left, as the worker drained it once the provider was back (bounded by the rate limit).
    const backlog = all.filter((n) => Date.parse(n.sentAt!) >= upAt);
    const drainSeconds = (Math.max(...backlog.map((n) => Date.parse(n.sentAt!))) - upAt) / 1000;
    console.log(
      `burst: ${count} messages in ${seconds.toFixed(1)} s (${(count / seconds).toFixed(1)} messages/s end to end, outage included), ` +
        `${retries} retries, ${zns.replays} replays answered by tracking_id, 0 lost, 0 doubled; ` +
        `backlog of ${backlog.length} sent ${drainSeconds.toFixed(2)} s after the provider came back (${(backlog.length / Math.max(drainSeconds, 0.001)).toFixed(1)} messages/s)`,
    );
  });

  it('count delivery per channel for the officials', async () => {
    const { notificationDeliveryRates } = await gateway.data<{ notificationDeliveryRates: { channel: string; total: number; delivered: number; failed: number; deliveryRate: number | null }[] }>(
      'query($u: String) { notificationDeliveryRates(unitCode: $u, days: 1) { channel total delivered failed deliveryRate } }',
      { u: HAU_NGHIA },
      official,
    );
    const zalo = notificationDeliveryRates.find((r) => r.channel === 'ZALO')!;
    expect(zalo.delivered).toBeGreaterThan(30);
    expect(zalo.failed).toBeGreaterThan(0);
    expect(zalo.deliveryRate).toBeGreaterThan(0.5);
    expect(zalo.deliveryRate).toBeLessThan(1);
    expect(notificationDeliveryRates.map((r) => r.channel).sort()).toEqual(['EMAIL', 'SMS', 'ZALO']);
    const refused = await gateway.graphql('query { notificationDeliveryRates(days: 1) { channel } }', {}, intake);
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });
});
