import { gql } from 'urql';

export type PaymentStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'REFUNDED';
type PaymentMethod = 'ONLINE' | 'CASH' | 'BANK_TRANSFER';
type ItemKind = 'FEE' | 'CHARGE' | 'POSTAL';

export interface PaymentItem {
  name: string;
  nameEn: string;
  kind: ItemKind;
  quantity: number;
  unitAmountVnd: number;
  amountVnd: number;
}

export interface PaymentSummary {
  id: string;
  status: PaymentStatus;
  method: PaymentMethod;
  amount: number;
  receiptNumber: string | null;
  receiptPath: string | null;
  paidAt: string | null;
  createdAt: string;
}

export interface QuoteData {
  paymentQuote: {
    dossierCode: string;
    items: PaymentItem[];
    totalVnd: number;
    payable: boolean;
    reason: 'NO_FEE' | 'ALREADY_PAID' | 'REFUNDED' | 'CLOSED' | null;
    pendingPayment: { id: string } | null;
  };
}

export const PAYMENT_QUOTE = gql<QuoteData, { code: string }>`
  query PaymentQuote($code: String!) {
    paymentQuote(dossierCode: $code) {
      dossierCode
      items {
        name
        nameEn
        kind
        quantity
        unitAmountVnd
        amountVnd
      }
      totalVnd
      payable
      reason
      pendingPayment {
        id
      }
    }
  }
`;

export interface FeeQuoteVariables {
  procedureCode: string;
  deliveryMethod: 'ONLINE' | 'PICKUP' | 'POST';
  pages: number | null;
  copies: number | null;
}

/** The fee of a dossier not yet submitted, computed by the payments service exactly as the charge will be. */
export const FEE_QUOTE = gql<{ feeQuote: { items: PaymentItem[]; totalVnd: number } }, FeeQuoteVariables>`
  query FeeQuote($procedureCode: String!, $deliveryMethod: String!, $pages: Int, $copies: Int) {
    feeQuote(procedureCode: $procedureCode, deliveryMethod: $deliveryMethod, pages: $pages, copies: $copies) {
      items {
        name
        nameEn
        kind
        quantity
        unitAmountVnd
        amountVnd
      }
      totalVnd
    }
  }
`;

export const START_PAYMENT = gql<{ startPayment: { paymentId: string; redirectUrl: string } }, { code: string }>`
  mutation StartPayment($code: String!) {
    startPayment(dossierCode: $code) {
      paymentId
      redirectUrl
    }
  }
`;

const SUMMARY = `id status method amount receiptNumber receiptPath paidAt createdAt`;

export const PAYMENT_RESULT = gql<{ payment: PaymentSummary & { dossierCode: string } }, { id: string }>`
  query PaymentResult($id: ID!) {
    payment(id: $id) {
      ${SUMMARY}
      dossierCode
    }
  }
`;

export const DOSSIER_PAYMENTS = gql<{ dossier: { code: string; feeStatus: string; status: string; payments: PaymentSummary[] } | null }, { code: string }>`
  query DossierPayments($code: String!) {
    dossier(code: $code) {
      code
      feeStatus
      status
      payments {
        ${SUMMARY}
      }
    }
  }
`;
