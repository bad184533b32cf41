import { Migration } from '@mikro-orm/migrations';

/** Details a citizen agreed to keep for their next forms (one row per account, deleted when consent is withdrawn). */
export class CitizenProfileMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table dossiers.citizen_profile (
        subject text primary key,
        id_number text,
        phone text,
        address text,
        email text,
        consented_at timestamptz not null,
        updated_at timestamptz not null default now()
      );
    `);
  }
}
