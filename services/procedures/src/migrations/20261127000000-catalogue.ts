import { Migration } from '@mikro-orm/migrations';

/** The administrative map and the versioned procedure catalogue. */
export class CatalogueMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table procedures.administrative_unit (
        code text primary key,
        name text not null,
        name_en text not null,
        level text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
        kind text not null,
        parent_code text null references procedures.administrative_unit (code),
        path text not null
      );
      create index administrative_unit_path_index on procedures.administrative_unit (path text_pattern_ops);
      create index administrative_unit_parent_index on procedures.administrative_unit (parent_code);

      create table procedures.agency (
        code text primary key,
        name text not null,
        name_en text not null,
        unit_code text not null references procedures.administrative_unit (code),
        counters int not null check (counters >= 0),
        address text not null,
        phone text null
      );
      create index agency_unit_index on procedures.agency (unit_code);

      create table procedures.procedure (
        code text primary key,
        name text not null,
        name_en text not null,
        field text not null,
        field_en text not null,
        settling_level text not null check (settling_level in ('COMMUNE', 'DISTRICT')),
        online_level text not null check (online_level in ('FULL', 'PARTIAL', 'NONE')),
        search_text text not null,
        current_version int not null
      );
      create index procedure_search_text_index on procedures.procedure (search_text);

      create table procedures.procedure_version (
        id serial primary key,
        procedure_code text not null references procedures.procedure (code),
        version int not null,
        valid_from timestamptz not null,
        processing_days int not null check (processing_days > 0),
        fee_paid_before_processing boolean not null,
        fees jsonb not null,
        documents jsonb not null,
        form_fields jsonb not null,
        steps jsonb not null,
        result_type text not null,
        result_type_en text not null,
        legal_basis jsonb not null,
        unique (procedure_code, version)
      );
    `);
  }
}
