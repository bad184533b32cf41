import { NotificationChannel } from '../../entities/notification.entity';
import { vietnameseMobile } from '../domain/phone-number';
import { smsSegments, unaccent } from '../domain/sms-text';
import type { SmsSettings } from '../notification-settings';
import { postJson, type NotificationTransport, type OutgoingMessage, type SendOutcome } from './transport';

const SUCCESS = '100';
/** Gateway answers that mean "not now" rather than "never" (its own failure, a busy queue). */
const TRANSIENT_CODES = new Set(['99', '503']);

interface GatewayAnswer {
  CodeResult?: string;
  SMSID?: string;
  ErrorMessage?: string;
}

/**
 * A brandname SMS gateway of the kind Vietnamese providers offer (eSMS's SendMultipleMessage_V4_post_json shape):
 * API key and secret, the registered brandname, SmsType 2 (customer care), IsUnicode, a RequestId the gateway
 * refuses to send twice, and a CallbackUrl it calls with the delivery report.
 */
export class SmsTransport implements NotificationTransport {
  readonly channel = NotificationChannel.SMS;

  constructor(
    private readonly settings: SmsSettings,
    private readonly callbackUrl: (notificationId: string) => string,
    private readonly timeoutMs: number,
  ) {}

  /** The text as this gateway will carry it: unaccented unless Unicode SMS is on. */
  static content(text: string, unicode: boolean): string {
    return unicode ? text : unaccent(text);
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    const phone = vietnameseMobile(message.recipient);
    if (!phone) return { kind: 'failed', reason: `not a Vietnamese mobile number: ${message.recipient}` };
    const content = SmsTransport.content(message.text, this.settings.unicode);
    const parts = smsSegments(content);
    if (parts.segments > this.settings.maxSegments) return { kind: 'failed', reason: `text needs ${parts.segments} SMS parts, more than ${this.settings.maxSegments}` };
    const result = await postJson(
      `${this.settings.apiUrl}/MainService.svc/json/SendMultipleMessage_V4_post_json/`,
      {
        ApiKey: this.settings.apiKey,
        SecretKey: this.settings.secretKey,
        Phone: phone,
        Content: content,
        Brandname: this.settings.brandname,
        SmsType: '2',
        IsUnicode: parts.encoding === 'UCS2' ? '1' : '0',
        RequestId: message.id,
        CallbackUrl: this.callbackUrl(message.id),
      },
      { timeoutMs: this.timeoutMs },
    );
    if (!result.ok) return { kind: 'retry', reason: `SMS gateway ${result.reason}` };
    if (result.status >= 500 || result.status === 429) return { kind: 'retry', reason: `SMS gateway HTTP ${result.status}` };
    const answer = (result.json ?? {}) as GatewayAnswer;
    if (answer.CodeResult === SUCCESS && answer.SMSID) return { kind: 'sent', providerMessageId: answer.SMSID, segments: parts.segments };
    const reason = `SMS ${answer.CodeResult ?? `HTTP ${result.status}`}: ${answer.ErrorMessage ?? 'no message'}`;
    return TRANSIENT_CODES.has(answer.CodeResult ?? '') ? { kind: 'retry', reason } : { kind: 'failed', reason };
  }
}
