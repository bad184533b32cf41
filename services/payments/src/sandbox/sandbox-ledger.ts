import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The sandbox's own books: what "VNPay" knows about each order. Kept apart from the merchant's tables on purpose —
 * the merchant side never reads it, it only learns through the protocol (IPN, return URL, querydr, refund).
 */
type SandboxStatus = 'OPEN' | 'PAID' | 'CANCELLED' | 'FAILED';

export interface SandboxTransaction {
  txnRef: string;
  tmnCode: string;
  amountWire: number;
  orderInfo: string;
  returnUrl: string;
  createDate: string;
  expireDate: string;
  status: SandboxStatus;
  responseCode: string | null;
  transactionNo: string | null;
  bankCode: string | null;
  bankTranNo: string | null;
  cardType: string | null;
  payDate: string | null;
  refundedAmountWire: number;
  refundTransactionNo: string | null;
}

interface Row {
  txn_ref: string;
  tmn_code: string;
  amount_wire: string;
  order_info: string;
  return_url: string;
  create_date: string;
  expire_date: string;
  status: SandboxStatus;
  response_code: string | null;
  transaction_no: string | null;
  bank_code: string | null;
  bank_tran_no: string | null;
  card_type: string | null;
  pay_date: string | null;
  refunded_amount_wire: string;
  refund_transaction_no: string | null;
}

function fromRow(row: Row): SandboxTransaction {
  return {
    txnRef: row.txn_ref,
    tmnCode: row.tmn_code,
    amountWire: Number(row.amount_wire),
    orderInfo: row.order_info,
    returnUrl: row.return_url,
    createDate: row.create_date,
    expireDate: row.expire_date,
    status: row.status,
    responseCode: row.response_code,
    transactionNo: row.transaction_no,
    bankCode: row.bank_code,
    bankTranNo: row.bank_tran_no,
    cardType: row.card_type,
    payDate: row.pay_date,
    refundedAmountWire: Number(row.refunded_amount_wire),
    refundTransactionNo: row.refund_transaction_no,
  };
}

const TABLE = 'payments.sandbox_vnpay_transaction';

/** Opens an order the first time its payment page is shown; later visits find it as it is. */
export async function openTransaction(
  em: EntityManager,
  order: Pick<SandboxTransaction, 'txnRef' | 'tmnCode' | 'amountWire' | 'orderInfo' | 'returnUrl' | 'createDate' | 'expireDate'>,
): Promise<SandboxTransaction> {
  await em.execute(
    `insert into ${TABLE} (txn_ref, tmn_code, amount_wire, order_info, return_url, create_date, expire_date, status)
     values (?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (txn_ref) do nothing`,
    [order.txnRef, order.tmnCode, order.amountWire, order.orderInfo, order.returnUrl, order.createDate, order.expireDate],
  );
  return (await findTransaction(em, order.txnRef))!;
}

export async function findTransaction(em: EntityManager, txnRef: string, forUpdate = false): Promise<SandboxTransaction | null> {
  const rows: Row[] = await em.execute(`select * from ${TABLE} where txn_ref = ?${forUpdate ? ' for update' : ''}`, [txnRef]);
  return rows[0] ? fromRow(rows[0]) : null;
}

export async function nextTransactionNo(em: EntityManager): Promise<string> {
  const rows: { n: string }[] = await em.execute(`select nextval('payments.sandbox_transaction_no_seq') as n`);
  return String(rows[0].n);
}

export async function completeTransaction(
  em: EntityManager,
  txnRef: string,
  result: Pick<SandboxTransaction, 'status' | 'responseCode' | 'transactionNo' | 'bankCode' | 'bankTranNo' | 'cardType' | 'payDate'>,
): Promise<void> {
  await em.execute(
    `update ${TABLE} set status = ?, response_code = ?, transaction_no = ?, bank_code = ?, bank_tran_no = ?, card_type = ?, pay_date = ?, updated_at = now()
     where txn_ref = ?`,
    [result.status, result.responseCode, result.transactionNo, result.bankCode, result.bankTranNo, result.cardType, result.payDate, txnRef],
  );
}

export async function recordIpnAttempt(em: EntityManager, txnRef: string, answer: string): Promise<void> {
  await em.execute(`update ${TABLE} set ipn_attempts = ipn_attempts + 1, ipn_last_answer = ?, updated_at = now() where txn_ref = ?`, [answer.slice(0, 200), txnRef]);
}

export async function recordRefund(em: EntityManager, txnRef: string, amountWire: number, transactionNo: string): Promise<void> {
  await em.execute(`update ${TABLE} set refunded_amount_wire = refunded_amount_wire + ?, refund_transaction_no = ?, updated_at = now() where txn_ref = ?`, [amountWire, transactionNo, txnRef]);
}

/** vnp_TransactionStatus of an order as VNPay reports it: '00' paid, '01' not completed, '02' failed or cancelled. */
export function transactionStatusOf(tx: SandboxTransaction): string {
  if (tx.status === 'PAID') return '00';
  if (tx.status === 'OPEN') return '01';
  return '02';
}
