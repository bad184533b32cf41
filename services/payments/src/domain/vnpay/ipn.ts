// IPN ([PAY] "IPN URL": the server-to-server call that is the only source of truth)
import { isRecord, type VnpQuery } from './protocol';
import { type PaymentOutcome, paymentOutcome } from './response-codes';
import { verifySignedParams } from './signing';

export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';
export type IpnRspCode = '00' | '01' | '02' | '04' | '97' | '99';

export interface IpnOrder {
  txnRef: string;
  amountVnd: number;
  status: PaymentStatus;
}

export interface IpnDecision {
  rspCode: IpnRspCode;
  message: string;
  /** Present only with '00': the state the payment moves to. */
  outcome?: PaymentOutcome;
}

/** RspCode → Message as in VNPay's IPN sample code. [PAY] */
const IPN_MESSAGES: Readonly<Record<IpnRspCode, string>> = {
  '00': 'Confirm Success',
  '01': 'Order not found',
  '02': 'Order already confirmed',
  '04': 'Invalid amount',
  '97': 'Invalid signature',
  '99': 'Unknown error',
};

interface IpnFields {
  txnRef: string;
  amountWire: number;
  responseCode: string;
  transactionStatus: string;
}

/**
 * Decides the answer to an IPN, in VNPay's order ([PAY] IPN sample): signature (97) before anything else, then the
 * order (01), the amount (04), whether it is still pending (02 — so a replay changes nothing), and finally 00 with
 * the outcome to record. Malformed input answers 99. The caller looks the order up by vnp_TxnRef beforehand,
 * applies `outcome` only when rspCode is '00', and returns {@link ipnResponseBody} as JSON with HTTP 200.
 */
export function decideIpn(query: VnpQuery, secret: string, lookup: { order: IpnOrder | null; tmnCode: string }): IpnDecision {
  try {
    return decide(query, secret, lookup.order, lookup.tmnCode);
  } catch {
    return reply('99');
  }
}

function decide(query: VnpQuery, secret: string, order: IpnOrder | null, tmnCode: string): IpnDecision {
  if (!isRecord(query)) return reply('99');
  if (!verifySignedParams(query, secret)) return reply('97');
  // A signed IPN for another merchant code is not about one of our orders, whatever its vnp_TxnRef says.
  if (query.vnp_TmnCode !== tmnCode) return reply('01');
  const fields = readIpnFields(query);
  if (fields === null) return reply('99');
  if (order === null || order.txnRef !== fields.txnRef) return reply('01');
  if (fields.amountWire !== order.amountVnd * 100) return reply('04');
  if (order.status !== 'PENDING') return reply('02');
  return { ...reply('00'), outcome: paymentOutcome(fields.responseCode, fields.transactionStatus) };
}

function readIpnFields(query: VnpQuery): IpnFields | null {
  const { vnp_TxnRef, vnp_Amount, vnp_ResponseCode, vnp_TransactionStatus } = query;
  if (typeof vnp_TxnRef !== 'string' || vnp_TxnRef === '') return null;
  if (typeof vnp_Amount !== 'string' || !/^\d{1,15}$/.test(vnp_Amount)) return null;
  if (typeof vnp_ResponseCode !== 'string' || !/^\d{2}$/.test(vnp_ResponseCode)) return null;
  if (typeof vnp_TransactionStatus !== 'string' || !/^\d{2}$/.test(vnp_TransactionStatus)) return null;
  return {
    txnRef: vnp_TxnRef,
    amountWire: Number(vnp_Amount),
    responseCode: vnp_ResponseCode,
    transactionStatus: vnp_TransactionStatus,
  };
}

function reply(rspCode: IpnRspCode): IpnDecision {
  return { rspCode, message: IPN_MESSAGES[rspCode] };
}

/** The JSON body VNPay expects back from the IPN URL. [PAY] */
export function ipnResponseBody(decision: IpnDecision): { RspCode: IpnRspCode; Message: string } {
  return { RspCode: decision.rspCode, Message: decision.message };
}
