import { Migration } from '@mikro-orm/migrations';

/** Each confirmed payment's e-receipt, signed once and kept as issued: a receipt never changes after it is issued. */
export class EReceiptsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table payments.e_receipt (
        payment_id uuid primary key references payments.payment (id),
        pdf bytea not null,
        sha256 text not null,
        signer_name text not null,
        signed_at timestamptz not null
      );
    `);
  }
}
