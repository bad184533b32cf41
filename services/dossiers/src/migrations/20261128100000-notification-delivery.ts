import { Migration } from '@mikro-orm/migrations';

/**
 * Messages are queued and sent by a worker: attempts, back-off, the worker's lease, the provider's answer and
 * receipts; citizens' channel preferences; every webhook and delivery report as received (forged ones too); the
 * ZNS access/refresh token pair, which Zalo rotates at every refresh.
 */
export class NotificationDeliveryMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table dossiers.notification
        add column params jsonb not null default '{}',
        add column locale text not null default 'vi',
        add column link text,
        add column urgent boolean not null default false,
        add column attempts integer not null default 0,
        add column next_attempt_at timestamptz not null default now(),
        add column locked_until timestamptz,
        add column last_attempt_at timestamptz,
        add column failure_reason text,
        add column segments integer,
        add column fallback_of uuid,
        add column resend_of uuid,
        add column requested_by text,
        add column delivered_at timestamptz,
        add column failed_at timestamptz;
      create index notification_due_index on dossiers.notification (next_attempt_at) where status = 'QUEUED';
      create unique index notification_provider_message_index on dossiers.notification (channel, provider_message_id) where provider_message_id is not null;
      create index notification_created_at_index on dossiers.notification (created_at);

      create table dossiers.notification_preference (
        subject text primary key,
        preferred_channel text check (preferred_channel in ('SMS', 'ZALO', 'EMAIL')),
        zalo_consent boolean not null,
        sms_consent boolean not null,
        email_consent boolean not null,
        locale text not null default 'vi',
        updated_at timestamptz not null default now()
      );

      create table dossiers.notification_receipt (
        id uuid primary key,
        provider text not null,
        event text,
        provider_message_id text,
        outcome text not null,
        reason text,
        payload text,
        received_at timestamptz not null default now()
      );
      create index notification_receipt_message_index on dossiers.notification_receipt (provider, provider_message_id);

      create table dossiers.provider_token (
        provider text not null,
        seed text not null,
        access_token text,
        refresh_token text not null,
        expires_at timestamptz,
        updated_at timestamptz not null default now(),
        primary key (provider, seed)
      );
    `);
  }
}
