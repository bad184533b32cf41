import { PaymentsMigration } from './20261127000000-payments';
import { PaymentFlowsMigration } from './20261128000000-payment-flows';
import { EReceiptsMigration } from './20261203100000-e-receipts';

/** Applied in this order at start; released names never change. */
export const migrations = [
  { name: '20261127000000-payments', class: PaymentsMigration },
  { name: '20261128000000-payment-flows', class: PaymentFlowsMigration },
  { name: '20261203100000-e-receipts', class: EReceiptsMigration },
];
