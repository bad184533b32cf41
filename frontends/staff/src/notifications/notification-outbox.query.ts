import type { NotificationChannel } from '@motcua/ui';
import { gql } from 'urql';

export interface OutboxNotification {
  id: string;
  dossierCode: string;
  channel: NotificationChannel;
  recipient: string;
  template: string;
  body: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
}

/** What the citizens were told (SMS, Zalo, e-mail), newest first; officers see their unit's dossiers only. */
export const NOTIFICATION_OUTBOX = gql<{ notificationOutbox: OutboxNotification[] }, { dossierCode: string | null; first: number }>`
  query NotificationOutbox($dossierCode: String, $first: Int!) {
    notificationOutbox(dossierCode: $dossierCode, first: $first) {
      id
      dossierCode
      channel
      recipient
      template
      body
      status
      createdAt
      sentAt
    }
  }
`;
