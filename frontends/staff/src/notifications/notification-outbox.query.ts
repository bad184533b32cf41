import type { NotificationChannel } from '@motcua/ui';
import { gql } from 'urql';

export type NotificationStatus = 'QUEUED' | 'SENT' | 'DELIVERED' | 'FAILED';

export interface OutboxNotification {
  id: string;
  dossierCode: string;
  channel: NotificationChannel;
  recipient: string;
  template: string;
  body: string;
  status: NotificationStatus;
  failureReason: string | null;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  resendOf: string | null;
  fallbackOf: string | null;
}

const FIELDS = `
  id
  dossierCode
  channel
  recipient
  template
  body
  status
  failureReason
  attempts
  createdAt
  nextAttemptAt
  sentAt
  deliveredAt
  failedAt
  resendOf
  fallbackOf
`;

/** What the citizens were told (SMS, Zalo, e-mail) and what became of it, newest first; officers see their unit's dossiers only. */
export const NOTIFICATION_OUTBOX = gql<{ notificationOutbox: OutboxNotification[] }, { dossierCode: string | null; first: number }>`
  query NotificationOutbox($dossierCode: String, $first: Int!) {
    notificationOutbox(dossierCode: $dossierCode, first: $first) {
      ${FIELDS}
    }
  }
`;

/** Sends a message again as a new message; the worker picks it up at once. */
export const RESEND_NOTIFICATION = gql<{ resendNotification: OutboxNotification }, { id: string }>`
  mutation ResendNotification($id: ID!) {
    resendNotification(id: $id) {
      ${FIELDS}
    }
  }
`;
