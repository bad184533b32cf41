import { Migration } from '@mikro-orm/migrations';

export class PaymentsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table payments.payment (
        id uuid primary key,
        dossier_code text not null,
        items jsonb not null,
        amount bigint not null check (amount >= 0),
        method text not null check (method in ('ONLINE', 'CASH', 'BANK_TRANSFER')),
        status text not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED', 'REFUNDED')),
        receipt_number text null unique,
        provider_ref text null unique,
        paid_at timestamptz null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version int not null default 1
      );
      create index payment_dossier_code_index on payments.payment (dossier_code);
      create index payment_status_index on payments.payment (status);
    `);
  }
}
