import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@motcua/platform';

/**
 * Online payment (VNPay), cash at the counter, refunds and reconciliation: the payment's provider and refund
 * data, receipt numbering per unit and year, the mismatches staff settle, the outbox/inbox, and the ledger of the
 * local VNPay sandbox (it plays VNPay's side; production never writes to it).
 */
export class PaymentFlowsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table payments.payment
        add column unit_code text null,
        add column channel text null,
        add column order_info text null,
        add column payer_subject text null,
        add column payer_name text null,
        add column expires_at timestamptz null,
        add column provider_transaction_no text null,
        add column provider_bank_code text null,
        add column provider_response_code text null,
        add column settled_by text null check (settled_by in ('IPN', 'RECONCILIATION', 'COUNTER', 'SEED')),
        add column collected_by_subject text null,
        add column collected_by_name text null,
        add column refund_amount bigint null check (refund_amount >= 0),
        add column refund_reason text null,
        add column refunded_at timestamptz null,
        add column refund_transaction_no text null,
        add column refunded_by_name text null;
      alter table payments.payment add constraint payment_succeeded_has_receipt
        check (status not in ('SUCCEEDED', 'REFUNDED') or receipt_number is not null);
      create index payment_unit_paid_index on payments.payment (unit_code, paid_at);
      create index payment_unit_created_index on payments.payment (unit_code, created_at);
      create index payment_pending_index on payments.payment (created_at) where status = 'PENDING';

      create sequence payments.txn_ref_seq;

      create table payments.receipt_counter (
        unit_code text not null,
        year int not null,
        last_number int not null,
        primary key (unit_code, year)
      );

      create table payments.payment_mismatch (
        id uuid primary key,
        payment_id uuid null references payments.payment (id),
        dossier_code text null,
        unit_code text null,
        txn_ref text null,
        kind text not null check (kind in ('AMOUNT', 'LATE_SUCCESS', 'DUPLICATE', 'PROVIDER_STATE', 'REFUND_FAILED', 'CASH_REFUND_DUE')),
        our_status text null,
        provider_status text null,
        our_amount bigint null,
        provider_amount bigint null,
        detail text not null,
        source text not null,
        detected_at timestamptz not null default now(),
        resolved_at timestamptz null,
        resolved_by_name text null,
        resolution text null
      );
      -- One open entry per order and kind: a replayed IPN does not list the same problem twice.
      create unique index payment_mismatch_open_unique on payments.payment_mismatch (coalesce(txn_ref, payment_id::text), kind) where resolved_at is null;
      create index payment_mismatch_unit_index on payments.payment_mismatch (unit_code, detected_at);

      create table payments.sandbox_vnpay_transaction (
        txn_ref text primary key,
        tmn_code text not null,
        amount_wire bigint not null,
        order_info text not null,
        return_url text not null,
        create_date text not null,
        expire_date text not null,
        status text not null check (status in ('OPEN', 'PAID', 'CANCELLED', 'FAILED')),
        response_code text null,
        transaction_no text null,
        bank_code text null,
        bank_tran_no text null,
        card_type text null,
        pay_date text null,
        ipn_attempts int not null default 0,
        ipn_last_answer text null,
        refunded_amount_wire bigint not null default 0,
        refund_transaction_no text null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create sequence payments.sandbox_transaction_no_seq start 14000001;
    `);
    this.addSql(eventTablesSql('payments'));
  }
}
