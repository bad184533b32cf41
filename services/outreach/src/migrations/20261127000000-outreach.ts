import { Migration } from '@mikro-orm/migrations';

export class OutreachMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outreach.training_session (
        id uuid primary key,
        title text not null,
        audience text not null check (audience in ('OFFICIALS', 'VOLUNTEERS', 'CITIZENS')),
        unit_code text not null,
        unit_path text not null,
        starts_at timestamptz not null,
        ends_at timestamptz not null check (ends_at >= starts_at),
        trainer text not null,
        location text not null,
        materials jsonb not null,
        attendee_count int not null check (attendee_count >= 0),
        created_by text not null,
        created_at timestamptz not null
      );
      create index training_session_unit_path_index on outreach.training_session (unit_path text_pattern_ops);

      create table outreach.outreach_event (
        id uuid primary key,
        kind text not null check (kind in ('HAMLET_MEETING', 'YOUTH_UNION_CAMPAIGN', 'SUPPORT_POINT')),
        title text not null,
        unit_code text not null,
        unit_path text not null,
        place text not null,
        starts_at timestamptz not null,
        people_reached int not null check (people_reached >= 0),
        accounts_created int not null check (accounts_created >= 0),
        dossiers_assisted int not null check (dossiers_assisted >= 0),
        created_by text not null,
        created_at timestamptz not null
      );
      create index outreach_event_unit_path_index on outreach.outreach_event (unit_path text_pattern_ops);
    `);
  }
}
