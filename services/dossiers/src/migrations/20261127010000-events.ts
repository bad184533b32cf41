import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@motcua/platform';

/** Outbox (events this service publishes) and inbox (events it has consumed). */
export class DossierEventsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(eventTablesSql('dossiers'));
  }
}
