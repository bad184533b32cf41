import { Migration } from '@mikro-orm/migrations';
import { addStatisticsOfSql } from '../statistics/statistics-bulk';

const COUNTERS = `
  received int not null default 0,
  documents_digitised int not null default 0,
  documents_reused int not null default 0,
  settled int not null default 0,
  settled_early int not null default 0,
  settled_on_time int not null default 0,
  settled_late int not null default 0,
  results_issued int not null default 0,
  results_digitised int not null default 0,
  returned int not null default 0,
  returned_by_post int not null default 0,
  fees_paid int not null default 0,
  fees_paid_online int not null default 0,
  ratings int not null default 0,
  rating_sum int not null default 0,
  ratings_satisfied int not null default 0`;

/**
 * Daily statistics per receiving unit, procedure, channel and local day, and the same per month (see
 * statistics/statistic-tables.ts). The key starts with the unit and the period: the dashboard reads a set
 * of units over a range of days or months. Dossiers that already exist are counted once, here.
 */
export class StatisticsMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table dossiers.statistic_day (
        unit_code text not null,
        procedure_code text not null,
        channel text not null,
        day date not null,
        ${COUNTERS},
        primary key (unit_code, day, procedure_code, channel)
      );
      create table dossiers.statistic_month (
        unit_code text not null,
        procedure_code text not null,
        channel text not null,
        month date not null check (extract(day from month) = 1),
        ${COUNTERS},
        primary key (unit_code, month, procedure_code, channel)
      );
      -- Aggregate data loaded without dossiers behind it (the 2022 history), once per name.
      create table dossiers.statistic_seed (
        name text primary key,
        rows int not null,
        loaded_at timestamptz not null default now()
      );
      -- Reuse of a digitised document is found by its file.
      create index dossier_document_file_index on dossiers.dossier_document (file_id);
    `);
    this.addSql(addStatisticsOfSql('select * from dossiers.dossier'));
  }
}
