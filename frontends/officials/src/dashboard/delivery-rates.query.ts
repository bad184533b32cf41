import type { NotificationChannel } from '@motcua/ui';
import { gql } from 'urql';

export interface ChannelDeliveryRate {
  channel: NotificationChannel;
  total: number;
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  /** 0..1; null when no message of the channel has finished. */
  deliveryRate: number | null;
}

export const DELIVERY_RATES = gql<{ notificationDeliveryRates: ChannelDeliveryRate[] }, { unit: string; days: number }>`
  query NotificationDeliveryRates($unit: String, $days: Int!) {
    notificationDeliveryRates(unitCode: $unit, days: $days) {
      channel
      total
      queued
      sent
      delivered
      failed
      deliveryRate
    }
  }
`;
