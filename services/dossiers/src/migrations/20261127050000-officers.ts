import { Migration } from '@mikro-orm/migrations';

/**
 * Officers as the service has seen them (from their verified tokens), so a dossier can be assigned to a handler
 * of its unit; and the assigned handler's name on the dossier.
 */
export class OfficersMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table dossiers.officer (
        subject text primary key,
        full_name text not null,
        roles text[] not null,
        unit_code text
      );
      create index officer_unit_code_index on dossiers.officer (unit_code);
      alter table dossiers.dossier add column handler_name text;
    `);
  }
}
