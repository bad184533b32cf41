import { PaymentsMigration } from './20261127000000-payments';

/** Applied in this order at start; released names never change. */
export const migrations = [{ name: '20261127000000-payments', class: PaymentsMigration }];
