import { Migration } from '@mikro-orm/migrations';
import { loadUnitData } from '../map/unit-data-loader';

/**
 * Units become versioned (code + period) with succession links, loaded from the national data files; agencies get
 * periods and kinds. The demo map seeded before (Long An, Đức Hòa, 20 communes, no dates) is replaced by the files,
 * which hold the same units with their period.
 */
export class AdministrativeMapMigration extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      alter table procedures.agency drop constraint if exists agency_unit_code_foreign;
      alter table procedures.agency drop constraint if exists agency_unit_code_fkey;
      drop table procedures.administrative_unit;

      create table procedures.administrative_unit (
        id serial primary key,
        code text not null,
        name text not null,
        name_en text not null,
        level text not null check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
        kind text not null,
        parent_code text null,
        parent_id int null references procedures.administrative_unit (id),
        path text not null,
        valid_from date null,
        valid_to date null,
        search_text text not null,
        check (valid_from is null or valid_to is null or valid_from <= valid_to)
      );
      create unique index administrative_unit_code_period_index on procedures.administrative_unit (code, coalesce(valid_from, date '0001-01-01'));
      create index administrative_unit_parent_index on procedures.administrative_unit (parent_id);

      create table procedures.unit_succession (
        old_unit_id int not null references procedures.administrative_unit (id),
        new_unit_id int not null references procedures.administrative_unit (id),
        kind text not null check (kind in ('FULL', 'PARTIAL')),
        primary key (old_unit_id, new_unit_id)
      );
      create index unit_succession_new_index on procedures.unit_succession (new_unit_id);

      create table procedures.unit_data_file (
        file text primary key,
        sha256 text not null,
        loaded_at timestamptz not null default now()
      );

      alter table procedures.agency
        add column kind text not null default 'COMMUNE_COMMITTEE'
          check (kind in ('PROVINCIAL_CENTRE', 'PROVINCIAL_BODY', 'COMMUNE_CENTRE', 'DISTRICT_CENTRE', 'COMMUNE_COMMITTEE')),
        add column valid_from date null,
        add column valid_to date null;
      alter table procedures.agency alter column kind drop default;
      -- Agencies seeded before belong to the map that ended on 30 June 2025.
      update procedures.agency set valid_to = date '2025-06-30',
        kind = case when unit_code = '802' then 'DISTRICT_CENTRE' else 'COMMUNE_COMMITTEE' end;
    `);
    await loadUnitData((sql, params) => this.execute(sql, params));
  }
}
