import type { EventHandler, Logger } from '@motcua/platform';
import type { PaymentsRuntime } from '../services/container';
import { RefundService } from '../services/refund.service';

/**
 * `dossier.status-changed`: a dossier refused after its fee was paid gets the fee back. Other moves are ignored.
 * Runs in the receiver's transaction (inbox row + refund state + outbox event commit together).
 */
export function dossierStatusChanged(runtime: PaymentsRuntime, log: Logger): EventHandler {
  const refunds = new RefundService(runtime.provider, log);
  return async (em, payload) => {
    if (payload.to !== 'REFUSED' || typeof payload.code !== 'string') return;
    await refunds.refundAfterRefusal(em, payload.code);
  };
}
