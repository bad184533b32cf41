import { NotificationChannel } from '../../entities/notification.entity';
import { vietnameseMobile } from '../domain/phone-number';
import type { ZaloSettings } from '../notification-settings';
import { postJson, type NotificationTransport, type OutgoingMessage, type SendOutcome } from './transport';
import type { ZnsTokenStore } from './zns-token-store';

/** ZNS error codes this service acts on (the rest are recorded as the provider's reason). */
const ZNS_ERRORS = {
  ACCESS_TOKEN_INVALID: -124,
  PHONE_INVALID: -108,
  NO_ZALO_ACCOUNT: -118,
} as const;

interface ZnsAnswer {
  error?: number;
  message?: string;
  data?: { msg_id?: string };
}

/**
 * Zalo Notification Service: POST /message/template with the OA's access token in the `access_token` header
 * and { phone, template_id, template_data, tracking_id }. The message id is the tracking_id, so the delivery
 * webhook (user_received_message) and a retried call can be tied back to it.
 */
export class ZnsTransport implements NotificationTransport {
  readonly channel = NotificationChannel.ZALO;

  constructor(
    private readonly settings: ZaloSettings,
    private readonly tokens: ZnsTokenStore,
    private readonly timeoutMs: number,
  ) {}

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const phone = vietnameseMobile(message.recipient);
    if (!phone) return { kind: 'failed', reason: `not a Vietnamese mobile number: ${message.recipient}` };
    const body = {
      phone,
      template_id: this.settings.templateIds[message.template] ?? message.znsTemplateId,
      template_data: message.params,
      tracking_id: message.id,
    };
    let token: string;
    try {
      token = await this.tokens.accessToken();
    } catch (err) {
      return { kind: 'retry', reason: (err as Error).message };
    }
    let answer = await this.call(body, token);
    if (answer.kind === 'answer' && answer.body.error === ZNS_ERRORS.ACCESS_TOKEN_INVALID) {
      try {
        answer = await this.call(body, await this.tokens.accessToken(token));
      } catch (err) {
        return { kind: 'retry', reason: (err as Error).message };
      }
    }
    if (answer.kind === 'retry') return answer;
    return outcomeOf(answer.body);
  }

  private async call(body: unknown, token: string): Promise<{ kind: 'answer'; body: ZnsAnswer } | { kind: 'retry'; reason: string }> {
    const result = await postJson(`${this.settings.apiUrl}/message/template`, body, { headers: { access_token: token }, timeoutMs: this.timeoutMs });
    if (!result.ok) return { kind: 'retry', reason: `ZNS ${result.reason}` };
    if (result.status >= 500 || result.status === 429) return { kind: 'retry', reason: `ZNS HTTP ${result.status}` };
    return { kind: 'answer', body: (result.json ?? {}) as ZnsAnswer };
  }
}

function outcomeOf(body: ZnsAnswer): SendOutcome {
  if (body.error === 0 && body.data?.msg_id) return { kind: 'sent', providerMessageId: body.data.msg_id };
  const reason = `ZNS ${body.error ?? '?'}: ${body.message ?? 'no message'}`;
  if (body.error === ZNS_ERRORS.ACCESS_TOKEN_INVALID) return { kind: 'retry', reason };
  return { kind: 'failed', reason, noAccount: body.error === ZNS_ERRORS.NO_ZALO_ACCOUNT };
}
