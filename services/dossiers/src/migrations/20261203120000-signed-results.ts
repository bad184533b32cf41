import { Migration } from '@mikro-orm/migrations';

/** Who signed a result document electronically, and when (results/result-signing.service.ts). */
export class SignedResultsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table dossiers.dossier_document add column signer_name text null, add column signed_at timestamptz null;
    `);
  }
}
