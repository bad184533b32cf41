// What querydr and refund answers share ([QUERYDR]): the JSON fields and the order they are signed in.

/**
 * [QUERYDR] answer checksum data, in this order — refund signs exactly these, querydr adds the promotion pair. Note
 * vnp_OrderInfo comes after vnp_TransactionStatus, not where it sits in the JSON body.
 */
export const TRANSACTION_RESPONSE_HASH_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
] as const;

/** Fields VNPay answers to a merchant-API command. Amounts are VND × 100. */
export interface TransactionResponseFields<Command extends 'querydr' | 'refund'> {
  vnp_ResponseId: string;
  vnp_Command: Command;
  vnp_ResponseCode: string;
  vnp_Message: string;
  vnp_TmnCode: string;
  vnp_TxnRef?: string;
  vnp_Amount?: string;
  vnp_OrderInfo?: string;
  vnp_BankCode?: string;
  vnp_PayDate?: string;
  vnp_TransactionNo?: string;
  vnp_TransactionType?: string;
  vnp_TransactionStatus?: string;
}
