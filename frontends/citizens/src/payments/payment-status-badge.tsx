import { Badge, useT, type BadgeTone } from '@motcua/ui';
import { paymentsMessages } from './payments.messages';
import type { PaymentStatus } from './payments.queries';

const TONES: Record<PaymentStatus, BadgeTone> = {
  PENDING: 'info',
  SUCCEEDED: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
  EXPIRED: 'neutral',
  REFUNDED: 'warning',
};

export function PaymentStatusBadge({ status }: { status: PaymentStatus }) {
  const t = useT(paymentsMessages);
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}
