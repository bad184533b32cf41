import type { Express } from 'express';
import { AppError, sendRouteError, type ServiceDeps, signedInCaller, vietnamDay } from '@motcua/platform';
import { signingCredentialsFromEnv } from '@motcua/pdf';
import { Payment, PaymentStatus } from '../entities/payment.entity';
import { EReceiptService } from '../receipts/e-receipt.service';
import { receiptSettingsFrom } from '../receipts/receipt-settings';
import type { PaymentsRuntime } from '../services/container';
import { maySeePayment } from '../services/payment-access';

const RECEIPT_FILE = /^([0-9a-f-]{36})\.pdf$/i;

/**
 * GET /payments/receipts/<payment id>.pdf — the e-receipt (biên lai điện tử) of a confirmed payment, signed by the
 * collecting body, for the payer and the unit. A bearer token is required, so the front ends fetch it with
 * fetchProtected/openProtected; `Content-Disposition` names the file so a phone saves it as such.
 */
export function mountReceiptRoute(app: Express, deps: ServiceDeps, runtime: PaymentsRuntime): void {
  // Read at start: production without a certificate, template symbol or tax codes does not start.
  const receipts = new EReceiptService(receiptSettingsFrom(deps.env), signingCredentialsFromEnv(deps.env));
  app.get('/payments/receipts/:file', async (req, res) => {
    try {
      const caller = await signedInCaller(req, deps.verify);
      const id = RECEIPT_FILE.exec(req.params.file)?.[1];
      const em = deps.orm.em.fork();
      const payment = id ? await em.findOne(Payment, { id }) : null;
      if (!payment?.receiptNumber || (payment.status !== PaymentStatus.SUCCEEDED && payment.status !== PaymentStatus.REFUNDED)) throw new AppError('NOT_FOUND');
      if (!(await maySeePayment(caller, payment, runtime))) throw new AppError('FORBIDDEN');
      const issuer = (await issuingBodyOf(runtime, payment.unitCode, payment.paidAt ?? payment.createdAt)) ?? 'Tổ chức thu phí, lệ phí';
      const receipt = await receipts.receiptOf(em, payment, issuer);
      res.status(200).type('application/pdf').set('cache-control', 'private, no-store').set('content-disposition', `inline; filename="bien-lai-${payment.receiptNumber}.pdf"`).send(receipt.pdf);
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
      { code, asOf: vietnamDay(paidAt) },
    );
    const name = data.administrativeUnit?.name;
    return name ? `Ủy ban nhân dân ${name.charAt(0).toLowerCase()}${name.slice(1)}` : null;
  } catch {
    return null;
  }
}
