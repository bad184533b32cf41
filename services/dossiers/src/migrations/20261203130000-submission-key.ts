import { Migration } from '@mikro-orm/migrations';

/** The portal's idempotency key of a submission: a retry after a lost answer finds the dossier already made. */
export class SubmissionKeyMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table dossiers.dossier add column submission_key text null;
      alter table dossiers.dossier add constraint dossier_submission_key_unique unique (submission_key);
    `);
  }
}
