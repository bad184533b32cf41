import { gql } from 'urql';

export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';
type PaymentMethod = 'ONLINE' | 'CASH' | 'BANK_TRANSFER';
type MismatchKind = 'AMOUNT' | 'LATE_SUCCESS' | 'DUPLICATE' | 'PROVIDER_STATE' | 'REFUND_FAILED' | 'CASH_REFUND_DUE';
type NotPayableReason = 'NO_FEE' | 'ALREADY_PAID' | 'REFUNDED' | 'CLOSED';

export interface StaffPayment {
  id: string;
  dossierCode: string;
  status: PaymentStatus;
  method: PaymentMethod;
  amount: number;
  receiptNumber: string | null;
  receiptPath: string | null;
  payerName: string | null;
  collectedByName: string | null;
  providerRef: string | null;
  paidAt: string | null;
  createdAt: string;
}

const PAYMENT_FIELDS = 'id dossierCode status method amount receiptNumber receiptPath payerName collectedByName providerRef paidAt createdAt';

export interface UnitDayData {
  unitPayments: {
    date: string;
    unitCode: string;
    payments: StaffPayment[];
    succeededCount: number;
    succeededVnd: number;
    onlineVnd: number;
    cashVnd: number;
    refundedVnd: number;
    pendingCount: number;
  };
}

export const UNIT_PAYMENTS = gql<UnitDayData, { date: string }>`
  query UnitPayments($date: String!) {
    unitPayments(date: $date) {
      date
      unitCode
      payments { ${PAYMENT_FIELDS} }
      succeededCount
      succeededVnd
      onlineVnd
      cashVnd
      refundedVnd
      pendingCount
    }
  }
`;

export interface CashBookEntry {
  at: string;
  kind: 'IN' | 'OUT';
  paymentId: string;
  receiptNumber: string | null;
  dossierCode: string;
  payerName: string | null;
  description: string;
  amountInVnd: number;
  amountOutVnd: number;
  officerName: string | null;
}

export interface CashBookData {
  cashBook: {
    unitCode: string;
    from: string;
    to: string;
    entries: CashBookEntry[];
    days: { date: string; inVnd: number; outVnd: number }[];
    totalInVnd: number;
    totalOutVnd: number;
    balanceVnd: number;
  };
}

export const CASH_BOOK = gql<CashBookData, { from: string; to: string }>`
  query CashBook($from: String!, $to: String!) {
    cashBook(from: $from, to: $to) {
      unitCode
      from
      to
      entries { at kind paymentId receiptNumber dossierCode payerName description amountInVnd amountOutVnd officerName }
      days { date inVnd outVnd }
      totalInVnd
      totalOutVnd
      balanceVnd
    }
  }
`;

export interface Mismatch {
  id: string;
  kind: MismatchKind;
  paymentId: string | null;
  dossierCode: string | null;
  txnRef: string | null;
  ourStatus: string | null;
  providerStatus: string | null;
  ourAmount: number | null;
  providerAmount: number | null;
  detail: string;
  source: string;
  detectedAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  resolution: string | null;
}

export const MISMATCHES = gql<{ paymentMismatches: Mismatch[] }, { resolved: boolean }>`
  query PaymentMismatches($resolved: Boolean!) {
    paymentMismatches(resolved: $resolved) {
      id kind paymentId dossierCode txnRef ourStatus providerStatus ourAmount providerAmount detail source detectedAt resolvedAt resolvedByName resolution
    }
  }
`;

export const RESOLVE_MISMATCH = gql<{ resolvePaymentMismatch: { id: string; resolvedAt: string } }, { id: string; resolution: string }>`
  mutation ResolveMismatch($id: ID!, $resolution: String!) {
    resolvePaymentMismatch(id: $id, resolution: $resolution) { id resolvedAt }
  }
`;

export const REFUND_CASH = gql<{ refundCashPayment: { id: string; status: string } }, { id: string; reason: string }>`
  mutation RefundCash($id: ID!, $reason: String!) {
    refundCashPayment(paymentId: $id, reason: $reason) { id status }
  }
`;

interface QuoteItem {
  name: string;
  nameEn: string;
  kind: string;
  quantity: number;
  unitAmountVnd: number;
  amountVnd: number;
}

export interface CounterQuoteData {
  paymentQuote: { dossierCode: string; items: QuoteItem[]; totalVnd: number; payable: boolean; reason: NotPayableReason | null; pendingPayment: { id: string } | null };
  dossier: { code: string; payments: StaffPayment[] } | null;
}

export const COUNTER_QUOTE = gql<CounterQuoteData, { code: string; pages: number | null; copies: number | null }>`
  query CounterQuote($code: String!, $pages: Int, $copies: Int) {
    paymentQuote(dossierCode: $code, pages: $pages, copies: $copies) {
      dossierCode
      items { name nameEn kind quantity unitAmountVnd amountVnd }
      totalVnd
      payable
      reason
      pendingPayment { id }
    }
    dossier(code: $code) {
      code
      payments { ${PAYMENT_FIELDS} }
    }
  }
`;

export const RECORD_CASH = gql<{ recordCashPayment: StaffPayment }, { code: string; pages: number | null; copies: number | null }>`
  mutation RecordCash($code: String!, $pages: Int, $copies: Int) {
    recordCashPayment(dossierCode: $code, pages: $pages, copies: $copies) { ${PAYMENT_FIELDS} }
  }
`;
