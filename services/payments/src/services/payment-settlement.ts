import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent, vietnamDay, vietnamYear } from '@motcua/platform';
import { formatReceiptNumber, formatTxnRef } from '../domain/receipt-number';
import { MismatchKind } from '../entities/payment-mismatch.entity';
import { Payment, PaymentStatus, type SettledBy } from '../entities/payment.entity';

/**
 * The steps every way of taking money shares (IPN, reconciliation, the counter, the seed), each run inside the
 * caller's transaction so that the payment, its receipt number, its event and any mismatch commit together.
 */

/** Serialises everything that takes money for one dossier (two tabs, a counter and a browser at once). */
export async function lockDossierPayments(em: EntityManager, dossierCode: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`payments:${dossierCode}`]);
}

/** Next number of the unit's receipt book for the year; rolls back with the transaction, so no gaps from failures. */
async function nextReceiptNumber(em: EntityManager, unitCode: string, at: Date): Promise<string> {
  const year = vietnamYear(at);
  const rows: { last_number: number }[] = await em.execute(
    `insert into payments.receipt_counter (unit_code, year, last_number) values (?, ?, 1)
     on conflict (unit_code, year) do update set last_number = payments.receipt_counter.last_number + 1
     returning last_number`,
    [unitCode, year],
  );
  return formatReceiptNumber(unitCode, year, Number(rows[0].last_number));
}

export async function nextTxnRef(em: EntityManager, at: Date): Promise<string> {
  const rows: { n: string }[] = await em.execute(`select nextval('payments.txn_ref_seq') as n`);
  return formatTxnRef(vietnamDay(at), Number(rows[0].n));
}

export interface SuccessDetails {
  paidAt: Date;
  settledBy: SettledBy;
  transactionNo?: string | null;
  bankCode?: string | null;
  responseCode?: string | null;
}

/**
 * Marks a payment succeeded with its receipt number and tells the dossier through the outbox. A second success
 * for a dossier already paid keeps the money on record but tells nobody: it is listed for staff to pay back.
 */
export async function settleSucceeded(em: EntityManager, payment: Payment, details: SuccessDetails): Promise<void> {
  const other = await em.findOne(Payment, { dossierCode: payment.dossierCode, status: PaymentStatus.SUCCEEDED, id: { $ne: payment.id } });
  payment.status = PaymentStatus.SUCCEEDED;
  payment.paidAt = details.paidAt;
  payment.settledBy = details.settledBy;
  payment.providerTransactionNo = details.transactionNo ?? payment.providerTransactionNo ?? null;
  payment.providerBankCode = details.bankCode ?? payment.providerBankCode ?? null;
  payment.providerResponseCode = details.responseCode ?? payment.providerResponseCode ?? null;
  payment.receiptNumber = await nextReceiptNumber(em, payment.unitCode ?? 'KXD', details.paidAt);
  await em.flush();
  if (other) {
    await recordMismatch(em, payment, {
      kind: MismatchKind.DUPLICATE,
      source: details.settledBy,
      detail: `Hồ sơ ${payment.dossierCode} đã nộp phí (biên lai ${other.receiptNumber ?? other.id}); khoản thu này là thu trùng, cần hoàn trả.`,
      providerStatus: details.responseCode ?? null,
    });
    return;
  }
  await publishEvent(em, 'payments', 'payment.succeeded', {
    dossierCode: payment.dossierCode,
    paymentId: payment.id,
    method: payment.method,
    amountVnd: payment.amount,
    receiptNumber: payment.receiptNumber,
    paidAt: details.paidAt.toISOString(),
  });
}

export async function publishRefunded(em: EntityManager, payment: Payment): Promise<void> {
  await publishEvent(em, 'payments', 'payment.refunded', {
    dossierCode: payment.dossierCode,
    paymentId: payment.id,
    method: payment.method,
    amountVnd: payment.refundAmount ?? payment.amount,
    refundedAt: (payment.refundedAt ?? new Date()).toISOString(),
  });
}

export interface MismatchInput {
  kind: MismatchKind;
  source: string;
  detail: string;
  providerStatus?: string | null;
  providerAmount?: number | null;
}

/** Lists a problem for staff; the same open problem of the same order is listed once. */
export async function recordMismatch(em: EntityManager, payment: Payment | null, input: MismatchInput & { txnRef?: string | null }): Promise<void> {
  await em.execute(
    `insert into payments.payment_mismatch
       (id, payment_id, dossier_code, unit_code, txn_ref, kind, our_status, provider_status, our_amount, provider_amount, detail, source, detected_at)
     values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
     on conflict (coalesce(txn_ref, payment_id::text), kind) where resolved_at is null do nothing`,
    [
      payment?.id ?? null,
      payment?.dossierCode ?? null,
      payment?.unitCode ?? null,
      input.txnRef ?? payment?.providerRef ?? null,
      input.kind,
      payment?.status ?? null,
      input.providerStatus ?? null,
      payment?.amount ?? null,
      input.providerAmount ?? null,
      input.detail,
      input.source,
    ],
  );
}
