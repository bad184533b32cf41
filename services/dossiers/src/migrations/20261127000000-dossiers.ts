import { Migration } from '@mikro-orm/migrations';

/** Dossiers and the daily code sequence per agency. */
export class DossiersMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table dossiers.dossier (
        id uuid primary key,
        code text not null unique,
        procedure_code text not null,
        procedure_version int not null,
        agency_code text not null,
        unit_code text not null,
        current_unit_code text not null,
        channel text not null check (channel in ('ONLINE', 'COUNTER', 'POST')),
        status text not null,
        paused_from text null,
        fee_status text not null default 'NONE' check (fee_status in ('NONE', 'DUE', 'PAID', 'REFUNDED')),
        delivery_method text not null check (delivery_method in ('ONLINE', 'PICKUP', 'POST')),
        delivery_status text not null default 'NOT_READY' check (delivery_status in ('NOT_READY', 'READY', 'IN_TRANSIT', 'DELIVERED')),
        delivery_address text null,
        applicant jsonb not null,
        applicant_subject text null,
        assisted_by_subject text null,
        assisted_by_name text null,
        form_data jsonb null,
        processing_days int not null,
        submitted_at timestamptz null,
        received_at timestamptz null,
        due_at timestamptz null,
        settled_at timestamptz null,
        returned_at timestamptz null,
        timeliness text null check (timeliness in ('EARLY', 'ON_TIME', 'LATE')),
        promised_at timestamptz null,
        pickup_counter int null,
        postal_tracking_number text null,
        result_received_by text null,
        handler_subject text null,
        rating int null check (rating between 1 and 5),
        rating_comment text null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        version int not null default 1
      );
      create index dossier_current_unit_status_index on dossiers.dossier (current_unit_code, status);
      create index dossier_unit_index on dossiers.dossier (unit_code);
      create index dossier_applicant_subject_index on dossiers.dossier (applicant_subject);
      create index dossier_assisted_by_subject_index on dossiers.dossier (assisted_by_subject);

      create table dossiers.dossier_event (
        id uuid primary key,
        dossier_id uuid not null references dossiers.dossier (id),
        action text not null,
        from_status text null,
        to_status text not null,
        actor_subject text not null,
        actor_name text not null,
        actor_role text null,
        reason text null,
        data jsonb null,
        at timestamptz not null
      );
      create index dossier_event_dossier_index on dossiers.dossier_event (dossier_id, at);

      create table dossiers.dossier_pause (
        id uuid primary key,
        dossier_id uuid not null references dossiers.dossier (id),
        reason text not null check (reason in ('SUPPLEMENT', 'FEE')),
        started_at timestamptz not null,
        ended_at timestamptz null check (ended_at is null or ended_at >= started_at)
      );
      create index dossier_pause_dossier_index on dossiers.dossier_pause (dossier_id);

      create table dossiers.stored_file (
        id uuid primary key,
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        mime_type text not null,
        size int not null check (size > 0),
        original_name text not null,
        owner_subject text not null,
        applicant_subject text null,
        storage_key text not null,
        digitised boolean not null,
        created_at timestamptz not null
      );
      create index stored_file_owner_index on dossiers.stored_file (owner_subject);
      create index stored_file_applicant_index on dossiers.stored_file (applicant_subject);

      create table dossiers.dossier_document (
        id uuid primary key,
        dossier_id uuid not null references dossiers.dossier (id),
        file_id uuid not null references dossiers.stored_file (id),
        requirement_id text null,
        name text not null,
        role text not null check (role in ('APPLICATION', 'SUPPLEMENT', 'RESULT')),
        added_at timestamptz not null,
        added_by text not null
      );
      create index dossier_document_dossier_index on dossiers.dossier_document (dossier_id);

      create table dossiers.notification (
        id uuid primary key,
        dossier_code text not null,
        channel text not null check (channel in ('SMS', 'ZALO', 'EMAIL')),
        recipient text not null,
        template text not null,
        body text not null,
        status text not null check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED')),
        provider_message_id text null,
        created_at timestamptz not null,
        sent_at timestamptz null
      );
      create index notification_dossier_code_index on dossiers.notification (dossier_code);

      create table dossiers.pickup_call (
        id uuid primary key,
        dossier_code text not null,
        unit_code text not null,
        counter int not null,
        masked_name text not null,
        code_tail text not null,
        called_at timestamptz not null
      );
      create index pickup_call_unit_index on dossiers.pickup_call (unit_code, called_at);

      create sequence dossiers.postal_serial;
      create table dossiers.postal_shipment (
        tracking_number text primary key,
        dossier_code text not null,
        recipient text not null,
        address text not null,
        status text not null check (status in ('CREATED', 'DELIVERED')),
        created_at timestamptz not null,
        delivered_at timestamptz null
      );

      -- One row per agency and local day: "insert … on conflict do update … returning" hands out
      -- sequence numbers atomically, so concurrent submissions never share a code.
      create table dossiers.dossier_sequence (
        agency_code text not null,
        day date not null,
        last_value int not null,
        primary key (agency_code, day)
      );
    `);
  }
}
