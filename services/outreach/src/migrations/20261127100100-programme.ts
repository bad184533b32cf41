import { Migration } from '@mikro-orm/migrations';

/**
 * The outreach programme: training plans and attendance, outreach events' extra facts, digital teams and volunteers,
 * the dossiers they helped submit and the monthly submission counts (both fed by dossier events), Zalo support groups,
 * the assisted-contact log and the communes' targets. Every record keeps its unit's path for jurisdiction by prefix.
 */
export class OutreachProgrammeMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table outreach.training_session
        add column status text not null default 'HELD' check (status in ('PLANNED', 'HELD', 'CANCELLED')),
        add column plan text null,
        add column updated_at timestamptz not null default now();
      create index training_session_starts_at_index on outreach.training_session (starts_at);

      create table outreach.training_attendee (
        id uuid primary key,
        session_id uuid not null references outreach.training_session (id) on delete cascade,
        full_name text not null,
        role text not null check (role in ('OFFICIAL', 'VOLUNTEER', 'CITIZEN')),
        position text null,
        unit_code text not null,
        unit_path text not null
      );
      create index training_attendee_session_index on outreach.training_attendee (session_id);
      create index training_attendee_unit_path_index on outreach.training_attendee (unit_path text_pattern_ops);

      alter table outreach.outreach_event
        add column ends_at timestamptz null,
        add column organiser text null,
        add column notes text null;
      update outreach.outreach_event set ends_at = starts_at + interval '2 hours' where ends_at is null;
      alter table outreach.outreach_event alter column ends_at set not null, add constraint outreach_event_ends_after_start check (ends_at >= starts_at);
      create index outreach_event_starts_at_index on outreach.outreach_event (starts_at);

      create table outreach.support_team (
        id uuid primary key,
        kind text not null check (kind in ('COMMUNITY_DIGITAL_TEAM', 'YOUTH_UNION')),
        name text not null,
        unit_code text not null,
        unit_path text not null,
        leader_name text null,
        created_by text not null,
        created_at timestamptz not null,
        unique (unit_code, name)
      );
      create index support_team_unit_path_index on outreach.support_team (unit_path text_pattern_ops);

      create table outreach.volunteer (
        id uuid primary key,
        subject text null unique,
        full_name text not null,
        team_id uuid null references outreach.support_team (id),
        unit_code text not null,
        unit_path text not null,
        joined_on date not null,
        active boolean not null default true,
        created_by text not null,
        created_at timestamptz not null
      );
      create index volunteer_unit_path_index on outreach.volunteer (unit_path text_pattern_ops);
      create index volunteer_team_index on outreach.volunteer (team_id);

      -- One row per dossier a volunteer helped submit, from the dossiers service's events (never typed in).
      create table outreach.assisted_dossier (
        dossier_code text primary key,
        helper_subject text not null,
        helper_name text not null,
        procedure_code text not null,
        unit_code text not null,
        unit_path text null,
        submitted_at timestamptz not null
      );
      create index assisted_dossier_helper_index on outreach.assisted_dossier (helper_subject, submitted_at desc);
      create index assisted_dossier_unit_path_index on outreach.assisted_dossier (unit_path text_pattern_ops, submitted_at);
      create index assisted_dossier_path_missing_index on outreach.assisted_dossier (unit_code) where unit_path is null;

      -- Submissions per receiving unit and local month, online against in person, maintained from the same events.
      -- unit_path is filled in when first read (the event handler does not call other services).
      create table outreach.submission_month (
        unit_code text not null,
        month date not null,
        unit_path text null,
        online int not null default 0,
        in_person int not null default 0,
        assisted int not null default 0,
        primary key (unit_code, month)
      );
      create index submission_month_unit_path_index on outreach.submission_month (unit_path text_pattern_ops, month);
      create index submission_month_path_missing_index on outreach.submission_month (unit_code) where unit_path is null;

      create table outreach.support_group (
        id uuid primary key,
        unit_code text not null,
        unit_path text not null,
        name text not null,
        link text not null unique,
        admins jsonb not null,
        member_count int null check (member_count >= 0),
        active boolean not null default true,
        created_by text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null
      );
      create index support_group_unit_path_index on outreach.support_group (unit_path text_pattern_ops);

      create table outreach.support_request (
        id uuid primary key,
        unit_code text not null,
        unit_path text not null,
        channel text not null check (channel in ('COUNTER_GUIDANCE', 'HOTLINE', 'ZALO', 'VOLUNTEER_SESSION')),
        question text not null,
        procedure_code text null,
        dossier_code text null,
        support_group_id uuid null references outreach.support_group (id),
        status text not null check (status in ('OPEN', 'ANSWERED', 'RESOLVED')),
        answer text null,
        outcome text null check (outcome in ('GUIDED', 'SUBMITTED_ONLINE', 'REFERRED_TO_COUNTER', 'NOT_RESOLVED')),
        received_at timestamptz not null,
        answered_at timestamptz null,
        resolved_at timestamptz null,
        handled_by text null,
        handled_by_name text null,
        created_by text not null,
        created_at timestamptz not null,
        version int not null default 1,
        check (status <> 'RESOLVED' or (outcome is not null and resolved_at is not null))
      );
      create index support_request_inbox_index on outreach.support_request (unit_path text_pattern_ops, status, received_at desc);

      create table outreach.outreach_target (
        id uuid primary key,
        unit_code text not null,
        unit_path text not null,
        metric text not null check (metric in ('ONLINE_SHARE', 'PEOPLE_TRAINED', 'OFFICIALS_TRAINED')),
        period_start date not null,
        period_end date not null check (period_end >= period_start),
        target_value double precision not null check (target_value >= 0),
        note text null,
        created_by text not null,
        updated_at timestamptz not null,
        unique (unit_code, metric, period_start, period_end)
      );
      create index outreach_target_unit_path_index on outreach.outreach_target (unit_path text_pattern_ops);
    `);
  }
}
