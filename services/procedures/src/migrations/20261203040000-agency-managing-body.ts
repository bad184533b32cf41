import { Migration } from '@mikro-orm/migrations';

/**
 * The body a letterhead names above the issuing agency (Decree 30/2020/NĐ-CP): a land registration office
 * branch is headed by its office, not by the provincial People's Committee. Null: the unit's People's Committee.
 */
export class AgencyManagingBodyMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table procedures.agency add column managing_body text null, add column managing_body_en text null;`);
  }
}
