import { NotificationChannel } from '../../entities/notification.entity';

export interface Contacts {
  phone: string | null;
  email: string | null;
}

/** What a citizen asked for: a preferred channel and, per channel, whether they agree to be reached on it. */
export interface ChannelPreference {
  preferred: NotificationChannel | null;
  consent: Record<NotificationChannel, boolean>;
}

/**
 * Without a stated preference a citizen is reached about their own dossier on the contacts they gave for it
 * (Law 91/2025 lets a service use personal data to perform what the person asked for); most are on Zalo,
 * SMS reaches every phone, e-mail is the last resort.
 */
export const DEFAULT_PREFERENCE: ChannelPreference = {
  preferred: null,
  consent: { [NotificationChannel.ZALO]: true, [NotificationChannel.SMS]: true, [NotificationChannel.EMAIL]: true },
};

const ORDER = [NotificationChannel.ZALO, NotificationChannel.SMS, NotificationChannel.EMAIL];

function reachable(channel: NotificationChannel, contacts: Contacts, preference: ChannelPreference): boolean {
  if (!preference.consent[channel]) return false;
  return channel === NotificationChannel.EMAIL ? !!contacts.email : !!contacts.phone;
}

/** The one channel a message goes on: the preferred one if it can be used, else the first usable in order. */
export function chooseChannel(contacts: Contacts, preference: ChannelPreference): NotificationChannel | null {
  if (preference.preferred && reachable(preference.preferred, contacts, preference)) return preference.preferred;
  return ORDER.find((channel) => reachable(channel, contacts, preference)) ?? null;
}

/** Where a Zalo message goes when the phone has no Zalo account: SMS to the same phone, if the citizen agrees. */
export function fallbackChannel(failed: NotificationChannel, contacts: Contacts, preference: ChannelPreference): NotificationChannel | null {
  if (failed !== NotificationChannel.ZALO) return null;
  return reachable(NotificationChannel.SMS, contacts, preference) ? NotificationChannel.SMS : null;
}

export function recipientOn(channel: NotificationChannel, contacts: Contacts): string | null {
  return channel === NotificationChannel.EMAIL ? contacts.email : contacts.phone;
}
