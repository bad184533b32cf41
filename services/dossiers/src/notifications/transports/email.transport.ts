import nodemailer, { type Transporter } from 'nodemailer';
import { NotificationChannel } from '../../entities/notification.entity';
import type { SmtpSettings } from '../notification-settings';
import type { NotificationTransport, OutgoingMessage, SendOutcome } from './transport';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * E-mail over SMTP with nodemailer. The message's id becomes its Message-ID, so a resend after a lost answer is
 * recognisable downstream. A 5xx answer (unknown mailbox, rejected domain) is a bounce: final; a 4xx or a
 * connection that fails is worth a retry. Bounces that arrive later as reports (DSN) are not read here.
 */
export class EmailTransport implements NotificationTransport {
  readonly channel = NotificationChannel.EMAIL;
  private readonly transporter: Transporter;

  constructor(
    private readonly settings: SmtpSettings,
    timeoutMs: number,
  ) {
    this.transporter = nodemailer.createTransport({
      url: settings.url,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(message: OutgoingMessage): Promise<SendOutcome> {
    if (!EMAIL.test(message.recipient)) return { kind: 'failed', reason: `not an e-mail address: ${message.recipient}` };
    const domain = new URL(this.settings.url).hostname || 'motcua.local';
    try {
      const info = await this.transporter.sendMail({
        from: this.settings.from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.id}@${domain}>`,
        headers: { 'X-Motcua-Notification': message.id },
      });
      return { kind: 'sent', providerMessageId: info.messageId };
    } catch (err) {
      const error = err as Error & { responseCode?: number; response?: string; code?: string };
      const reason = `SMTP ${error.response ?? error.code ?? error.message}`;
      return error.responseCode && error.responseCode >= 500 ? { kind: 'failed', reason } : { kind: 'retry', reason };
    }
  }

  close(): void {
    this.transporter.close();
  }
}
