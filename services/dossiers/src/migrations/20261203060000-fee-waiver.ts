import { Migration } from '@mikro-orm/migrations';

/** Why a dossier's fee was waived at the counter (a legal exemption); null when it was not. */
export class FeeWaiverMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table dossiers.dossier add column fee_waiver_reason text null;`);
  }
}
