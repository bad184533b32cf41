import type { EntityManager } from '@mikro-orm/postgresql';
import type { Dossier } from '../entities/dossier.entity';
import { Notification, NotificationChannel, NotificationStatus } from '../entities/notification.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { chooseChannel, DEFAULT_PREFERENCE, fallbackChannel, recipientOn, type ChannelPreference, type Contacts } from './domain/channel-choice';
import { earliestSendTime } from './domain/quiet-hours';
import { configuredChannels, notificationSettings, type NotificationSettings } from './notification-settings';
import { formatLocalDate } from '../services/local-format';
import { SmsTransport } from './transports/sms.transport';
import { MissingTemplateParams, portalLink, renderTemplate, templateByKey, templateForStatus, type Locale, type MessageTemplate } from './templates';

/** A change older than this when it is recorded is history being replayed (the demo seed), not news to send. */
const STALE_AFTER_MS = 24 * 3600_000;

interface Audience {
  contacts: Contacts;
  preference: ChannelPreference;
  locale: Locale;
}

/**
 * Writes the messages a change causes, in the transaction of that change (the worker sends them later). Within
 * one unit of work the citizen hears about the state the dossier ends in: a counter dossier received and then
 * waiting for its fee gets one message, not two.
 */
export class StatusMessageQueue {
  private readonly pending = new Map<Dossier, Notification>();

  constructor(
    private readonly em: EntityManager,
    private readonly settings: NotificationSettings = notificationSettings(),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async statusChanged(dossier: Dossier, at: Date): Promise<void> {
    const template = templateForStatus(dossier.status);
    if (!template || this.clock().getTime() - at.getTime() > STALE_AFTER_MS) return;
    const audience = await audienceOf(this.em, dossier, this.settings);
    const channel = chooseChannel(audience.contacts, audience.preference);
    if (!channel) return;
    const earlier = this.pending.get(dossier);
    const message = composeMessage(this.settings, dossier, template, channel, audience, this.clock());
    if (earlier) {
      Object.assign(earlier, { ...message, id: earlier.id, createdAt: earlier.createdAt });
      return;
    }
    this.pending.set(dossier, this.em.create(Notification, message));
  }
}

async function audienceOf(em: EntityManager, dossier: Dossier, settings: NotificationSettings): Promise<Audience> {
  const stated = dossier.applicantSubject ? await em.findOne(NotificationPreference, { subject: dossier.applicantSubject }) : null;
  const configured = configuredChannels(settings);
  const base = stated
    ? {
        preferred: stated.preferredChannel ?? null,
        consent: { [NotificationChannel.ZALO]: stated.zaloConsent, [NotificationChannel.SMS]: stated.smsConsent, [NotificationChannel.EMAIL]: stated.emailConsent },
      }
    : DEFAULT_PREFERENCE;
  const consent = Object.fromEntries(Object.entries(base.consent).map(([c, ok]) => [c, ok && configured.has(c as NotificationChannel)])) as ChannelPreference['consent'];
  return {
    contacts: { phone: dossier.applicant.phone?.trim() || null, email: dossier.applicant.email?.trim() || null },
    preference: { preferred: base.preferred, consent },
    locale: stated?.locale === 'en' ? 'en' : 'vi',
  };
}

type NewMessage = Pick<
  Notification,
  'dossierCode' | 'channel' | 'recipient' | 'template' | 'body' | 'params' | 'locale' | 'link' | 'urgent' | 'status' | 'nextAttemptAt' | 'failureReason' | 'failedAt'
>;

/**
 * The message for one channel: text with diacritics on Zalo and e-mail, as the SMS gateway will carry it on
 * SMS. A parameter that is missing makes a FAILED message that says which, rather than a message that lies.
 */
function composeMessage(settings: NotificationSettings, dossier: Dossier, template: MessageTemplate, channel: NotificationChannel, audience: Audience, now: Date): NewMessage {
  const link = portalLink(settings.portalUrl, template.action, dossier.code, !!dossier.applicantSubject);
  const base = {
    dossierCode: dossier.code,
    channel,
    recipient: recipientOn(channel, audience.contacts) ?? '',
    template: template.key,
    locale: audience.locale,
    link,
    urgent: template.urgent,
    nextAttemptAt: earliestSendTime(now, settings.quietHours, template.urgent),
  };
  try {
    const rendered = renderTemplate(template, { code: dossier.code, link, dueDate: dossier.dueAt ? formatLocalDate(dossier.dueAt) : null }, audience.locale);
    const body = channel === NotificationChannel.SMS ? SmsTransport.content(rendered.text, !!settings.sms?.unicode) : rendered.text;
    return { ...base, body, params: rendered.params, status: NotificationStatus.QUEUED, failureReason: null, failedAt: null };
  } catch (err) {
    if (!(err instanceof MissingTemplateParams)) throw err;
    return { ...base, body: '', params: {}, status: NotificationStatus.FAILED, failureReason: `missing template parameter: ${err.missing.join(', ')}`, failedAt: now };
  }
}

/** The same message again, now (an officer asked): a new row and a new idempotency key, linked to the first. */
export function resendMessage(em: EntityManager, original: Notification, requestedBy: string): Notification {
  return em.create(Notification, {
    dossierCode: original.dossierCode,
    channel: original.channel,
    recipient: original.recipient,
    template: original.template,
    body: original.body,
    params: original.params,
    locale: original.locale,
    link: original.link,
    urgent: true,
    resendOf: original.id,
    requestedBy,
  });
}

/** A Zalo message the phone could not get (no Zalo account) goes again by SMS, if the citizen agrees to SMS. */
export async function fallbackMessage(em: EntityManager, failed: Notification, dossier: Dossier, settings: NotificationSettings): Promise<Notification | null> {
  const template = templateByKey(failed.template);
  if (!template) return null;
  const audience = await audienceOf(em, dossier, settings);
  const channel = fallbackChannel(failed.channel, audience.contacts, audience.preference);
  if (!channel) return null;
  const message = composeMessage(settings, dossier, template, channel, { ...audience, locale: failed.locale === 'en' ? 'en' : 'vi' }, new Date());
  return em.create(Notification, { ...message, fallbackOf: failed.id, urgent: failed.urgent, nextAttemptAt: new Date() });
}
