import { Migration } from '@mikro-orm/migrations';

/** Each dossier's track towards the national public service portal (national-sync/). */
export class NationalSyncMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table dossiers.national_sync (
        dossier_code text primary key,
        unit_code text not null,
        received_on date null,
        state text not null default 'PENDING' check (state in ('PENDING', 'SYNCED', 'FAILED')),
        attempts int not null default 0,
        last_synced_at timestamptz null,
        last_error text null,
        synced_status smallint null,
        record_sent boolean not null default false,
        updated_at timestamptz not null default now()
      );
      create index national_sync_unit_code_received_on_index on dossiers.national_sync (unit_code, received_on);
      create index national_sync_failed_index on dossiers.national_sync (unit_code, updated_at) where state = 'FAILED';
    `);
  }
}
