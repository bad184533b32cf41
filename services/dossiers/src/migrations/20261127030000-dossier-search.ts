import { Migration } from '@mikro-orm/migrations';
import { dossierSearchText } from '../domain/dossier-search';

const BATCH = 1000;

/** Officers search the inbox by code, name, ID number or phone: a folded text column, filled for existing dossiers. */
export class DossierSearchMigration extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table dossiers.dossier add column search_text text not null default ''`);
    // Folding is done in one place (TypeScript), so existing rows are filled from here rather than in SQL.
    for (let last = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = (await this.execute(`select id, code, applicant from dossiers.dossier where id > ? order by id limit ${BATCH}`, [last])) as {
        id: string;
        code: string;
        applicant: { fullName: string; idNumber: string; phone: string };
      }[];
      if (!rows.length) break;
      const values = rows.map(() => '(?::uuid, ?)').join(', ');
      await this.execute(
        `update dossiers.dossier d set search_text = v.text from (values ${values}) as v(id, text) where d.id = v.id`,
        rows.flatMap((r) => [r.id, dossierSearchText(r.code, r.applicant)]),
      );
      last = rows[rows.length - 1].id;
    }
  }
}
