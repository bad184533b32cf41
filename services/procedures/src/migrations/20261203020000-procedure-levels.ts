import { Migration } from '@mikro-orm/migrations';
import { LAST_DAY_BEFORE_REFORM, versionsOf } from '../seed/procedure-versions';
import { PROCEDURES } from '../seed/procedures.data';
import type { VersionSeed } from '../seed/seed-types';

const T = 'procedures.procedure_version';

/**
 * Who settles a procedure becomes part of its version, with the version's last day: from 1 July 2025 there are
 * two tiers (PROVINCE, COMMUNE) and many procedures moved (docs/procedures-2025.md). Versions valid until then
 * keep their level and get their body; each catalogued procedure gets its version from 1 July 2025, built by the
 * same function as the seed, so migrated and fresh catalogues are the same. The procedure row no longer holds a
 * level: it answers from the version valid today.
 */
export class ProcedureLevelsMigration extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
      alter table ${T}
        alter column valid_from type date using (valid_from at time zone 'Asia/Ho_Chi_Minh')::date,
        add column valid_to date null,
        add column settling_level text null,
        add column settling_body text null,
        add column settling_body_en text null,
        add column across_boundary boolean not null default false;

      update ${T} v set
        settling_level = p.settling_level,
        settling_body = case p.settling_level when 'COMMUNE' then 'Ủy ban nhân dân cấp xã' else 'Ủy ban nhân dân cấp huyện' end,
        settling_body_en = case p.settling_level when 'COMMUNE' then 'Commune People''s Committee' else 'District People''s Committee' end
      from procedures.procedure p where p.code = v.procedure_code;
    `);
    for (const p of PROCEDURES) {
      const [first, ...later] = versionsOf(p);
      await this.execute(`update ${T} set settling_body = ?, settling_body_en = ? where procedure_code = ? and version = 1`, [first.settlingBody, first.settlingBodyEn, p.code]);
      for (const v of later) await this.addVersion(p.code, v);
    }
    await this.execute(`
      alter table ${T}
        alter column settling_level set not null,
        alter column settling_body set not null,
        alter column settling_body_en set not null,
        alter column across_boundary drop default,
        add constraint procedure_version_settling_level_check check (settling_level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
        add constraint procedure_version_window_check check (valid_to is null or valid_from <= valid_to);
      alter table procedures.procedure drop column settling_level, drop column current_version;
    `);
  }

  /** Closes the open version the day before and appends this one, unless the procedure already has it. */
  private async addVersion(code: string, v: VersionSeed): Promise<void> {
    const [state] = await this.execute(
      `select count(*)::int as versions, coalesce(max(version), 0)::int as latest, bool_or(valid_from >= cast(? as date)) as has_it
         from ${T} where procedure_code = ?`,
      [v.validFrom, code],
    );
    if (!state || Number(state.versions) === 0 || state.has_it) return;
    await this.execute(`update ${T} set valid_to = cast(? as date) where procedure_code = ? and valid_to is null`, [LAST_DAY_BEFORE_REFORM, code]);
    await this.execute(
      `insert into ${T} (procedure_code, version, valid_from, valid_to, settling_level, settling_body, settling_body_en, across_boundary,
         processing_days, fee_paid_before_processing, fees, documents, form_fields, steps, result_type, result_type_en, legal_basis)
       values (?, ?, cast(? as date), cast(? as date), ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, cast(? as jsonb))`,
      [
        code,
        Number(state.latest) + 1,
        v.validFrom,
        v.validTo,
        v.settlingLevel,
        v.settlingBody,
        v.settlingBodyEn,
        v.acrossBoundary,
        v.processingDays,
        v.feePaidBeforeProcessing,
        JSON.stringify(v.fees),
        JSON.stringify(v.documents),
        JSON.stringify(v.formFields),
        JSON.stringify(v.steps),
        v.resultType,
        v.resultTypeEn,
        JSON.stringify(v.legalBasis),
      ],
    );
  }
}
