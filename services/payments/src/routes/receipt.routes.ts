import type { Express } from 'express';
import { AppError, sendRouteError, signedInCaller, type ServiceDeps } from '@motcua/platform';
import { Payment, PaymentMethod, PaymentStatus } from '../entities/payment.entity';
import type { PaymentsRuntime } from '../services/container';
import { maySeePayment } from '../services/payment-access';
import { receiptHtml } from './receipt-page';

/**
 * GET /payments/receipts/:id — the receipt (biên lai) as a printable HTML page, for the payer and the unit.
 * A bearer token is required, so the front ends open it with fetchProtected/openProtected.
 */
export function mountReceiptRoute(app: Express, deps: ServiceDeps, runtime: PaymentsRuntime): void {
  app.get('/payments/receipts/:id', async (req, res) => {
    try {
      const caller = await signedInCaller(req, deps.verify);
      const id = req.params.id;
      const payment = /^[0-9a-f-]{36}$/i.test(id) ? await deps.orm.em.fork().findOne(Payment, { id }) : null;
      if (!payment || !payment.receiptNumber || (payment.status !== PaymentStatus.SUCCEEDED && payment.status !== PaymentStatus.REFUNDED)) throw new AppError('NOT_FOUND');
      if (!(await maySeePayment(caller, payment, runtime))) throw new AppError('FORBIDDEN');
      const unitName = await unitNameOf(runtime, payment.unitCode);
      res.status(200).type('html').set('cache-control', 'private, no-store').send(receiptHtml(payment, unitName, payment.method === PaymentMethod.CASH ? 'Tiền mặt tại quầy' : 'Trực tuyến qua VNPay'));
    } catch (err) {
      sendRouteError(res, err, deps.log, 'receipt failed');
    }
  });
}

async function unitNameOf(runtime: PaymentsRuntime, code: string | null | undefined): Promise<string | null> {
  if (!code) return null;
  try {
    const data = await runtime.graph.request<{ administrativeUnit: { name: string } | null }>('query UnitName($code: String!) { administrativeUnit(code: $code) { name } }', { code });
    return data.administrativeUnit?.name ?? null;
  } catch {
    return null;
  }
}
