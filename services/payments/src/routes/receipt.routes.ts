import type { Express } from 'express';
import { AppError, sendRouteError, signedInCaller, type ServiceDeps } from '@motcua/platform';
import { vietnamDateKey } from '../domain/vietnam-time';
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
      const unitName = await issuingBodyOf(runtime, payment.unitCode, payment.paidAt ?? payment.createdAt);
      res.status(200).type('html').set('cache-control', 'private, no-store').send(receiptHtml(payment, unitName, payment.method === PaymentMethod.CASH ? 'Tiền mặt tại quầy' : 'Trực tuyến qua VNPay'));
    } catch (err) {
      sendRouteError(res, err, deps.log, 'receipt failed');
    }
  });
}

/**
 * The body that collected, named as it was on the day of payment: unit codes are reused across the 2025 reform
 * (27931 was "Thị trấn Hậu Nghĩa" until 30 June 2025, then "Xã Hậu Nghĩa"), so the unit is asked for as of that day.
 */
async function issuingBodyOf(runtime: PaymentsRuntime, code: string | null | undefined, paidAt: Date): Promise<string | null> {
  if (!code) return null;
  try {
    const data = await runtime.graph.request<{ administrativeUnit: { name: string } | null }>(
      'query IssuingUnit($code: String!, $asOf: Date) { administrativeUnit(code: $code, asOf: $asOf) { name } }',
      { code, asOf: vietnamDateKey(paidAt) },
    );
    const name = data.administrativeUnit?.name;
    return name ? `Ủy ban nhân dân ${name.charAt(0).toLowerCase()}${name.slice(1)}` : null;
  } catch {
    return null;
  }
}
