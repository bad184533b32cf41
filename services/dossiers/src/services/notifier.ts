import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DossierStatus } from '../domain/dossier-state';
import type { Dossier } from '../entities/dossier.entity';
import { Notification, NotificationChannel } from '../entities/notification.entity';
import { STATUS_TEMPLATES } from '../notifications/templates';
import { formatLocalDate } from './local-format';

/** A way to reach citizens (an SMS gateway, Zalo ZNS, an SMTP relay). */
export interface NotificationTransport {
  channel: NotificationChannel;
  send(recipient: string, body: string): Promise<{ providerMessageId: string; delivered: boolean }>;
}

/** Development and test transport: nothing leaves the machine; the notification table is the outbox. */
export class OutboxTransport implements NotificationTransport {
  constructor(readonly channel: NotificationChannel) {}

  async send(): Promise<{ providerMessageId: string; delivered: boolean }> {
    return { providerMessageId: `outbox-${Date.now().toString(36)}`, delivered: true };
  }
}

/** Tells the applicant, on every channel they can be reached by, that their dossier moved. */
export class DossierNotifier {
  constructor(
    private readonly em: EntityManager,
    private readonly transports: NotificationTransport[],
    private readonly publicUrl: string,
    private readonly log: Logger,
  ) {}

  async statusChanged(dossier: Dossier, from: DossierStatus): Promise<void> {
    if (dossier.status === from) return;
    const template = STATUS_TEMPLATES[dossier.status];
    if (!template) return;
    const body = template.text({
      code: dossier.code,
      lookupUrl: `${this.publicUrl}/tra-cuu/${encodeURIComponent(dossier.code)}`,
      dueDate: dossier.dueAt ? formatLocalDate(dossier.dueAt) : undefined,
    });
    const em = this.em.fork();
    for (const transport of this.transports) {
      const recipient = transport.channel === NotificationChannel.EMAIL ? dossier.applicant.email : dossier.applicant.phone;
      if (!recipient) continue;
      const note = em.create(Notification, { dossierCode: dossier.code, channel: transport.channel, recipient, template: template.key, body, status: 'QUEUED' });
      try {
        const sent = await transport.send(recipient, body);
        note.status = sent.delivered ? 'DELIVERED' : 'SENT';
        note.providerMessageId = sent.providerMessageId;
        note.sentAt = new Date();
      } catch (err) {
        note.status = 'FAILED';
        this.log.warn({ err, channel: transport.channel, code: dossier.code }, 'notification failed');
      }
    }
    await em.flush();
  }
}
