import { Migration } from '@mikro-orm/migrations';

/**
 * Every write to the catalogue's tables tells the procedures processes (LISTEN procedures_catalogue_changed) to
 * forget the searches they keep (src/catalogue/catalogue-cache.ts). Statement-level: one notice per statement,
 * and PostgreSQL folds identical notices of one transaction into one, sent at commit.
 */
export class CatalogueChangesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function procedures.notify_catalogue_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('procedures_catalogue_changed', '');
        return null;
      end $$;
      create trigger procedure_changed after insert or update or delete or truncate on procedures.procedure
        for each statement execute function procedures.notify_catalogue_changed();
      create trigger procedure_version_changed after insert or update or delete or truncate on procedures.procedure_version
        for each statement execute function procedures.notify_catalogue_changed();
      create trigger search_synonym_changed after insert or update or delete or truncate on procedures.search_synonym
        for each statement execute function procedures.notify_catalogue_changed();
    `);
  }

  override async down(): Promise<void> {
    this.addSql(`
      drop trigger search_synonym_changed on procedures.search_synonym;
      drop trigger procedure_version_changed on procedures.procedure_version;
      drop trigger procedure_changed on procedures.procedure;
      drop function procedures.notify_catalogue_changed();
    `);
  }
}
