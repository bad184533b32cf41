import { Migration } from '@mikro-orm/migrations';
import { eventTablesSql } from '@motcua/platform';

/** Inbox (events consumed from the dossiers service, each once) and an outbox, unused for now but standard. */
export class OutreachEventsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(eventTablesSql('outreach'));
  }
}
