import type { NotificationChannel } from '../../entities/notification.entity';

/** One message as a transport sends it; `id` is the idempotency key the provider receives. */
export interface OutgoingMessage {
  id: string;
  recipient: string;
  template: string;
  znsTemplateId: string;
  params: Record<string, string>;
  subject: string;
  text: string;
}

/**
 * What came of an attempt. `retry`: the provider is down, slow or busy — try again later, with the same key.
 * `failed`: it will never work (a bad number, a bounce, a rejected template) — `noAccount` when the phone has
 * no Zalo account, so the message can go by SMS instead.
 */
export type SendOutcome = { kind: 'sent'; providerMessageId: string; segments?: number } | { kind: 'retry'; reason: string } | { kind: 'failed'; reason: string; noAccount?: boolean };

/** A way to reach citizens: Zalo ZNS, an SMS brandname gateway, SMTP. */
export interface NotificationTransport {
  readonly channel: NotificationChannel;
  send(message: OutgoingMessage): Promise<SendOutcome>;
}

/** A provider's answer, or why there was none (a timeout or a refused connection is worth a retry). */
export async function postJson(
  url: string,
  body: unknown,
  { headers = {}, timeoutMs }: { headers?: Record<string, string>; timeoutMs: number },
): Promise<{ ok: true; status: number; json: unknown } | { ok: false; reason: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { ok: true, status: response.status, json };
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, reason: `no answer within ${timeoutMs} ms` };
    return { ok: false, reason: `unreachable: ${(err as Error & { cause?: { code?: string } }).cause?.code ?? (err as Error).message}` };
  }
}
