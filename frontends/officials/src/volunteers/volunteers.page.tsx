import { Badge, Button, Card, ErrorAlert, Table, formatDate, formatDateTime, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { formatCount, formatShare, unitName } from '../common/format';
import styles from '../common/records.module.css';
import { CountCell, FilterSelect, RecordList, RecordsPage, RowActions, useRecords, useRefreshedQuery, YearSummaryCard } from '../common/records-page';
import { UnitFilter } from '../common/unit-fields';
import { AssistedDossiersDialog } from './assisted-dossiers-dialog';
import { TeamForm, VolunteerForm } from './volunteer-forms';
import { volunteerMessages } from './volunteers.messages';
import { SET_VOLUNTEER_ACTIVE, SUPPORT_TEAMS, VOLUNTEER_SUMMARY, VOLUNTEERS, type SummaryRow, type TeamRow, type VolunteerRow } from './volunteers.query';

const PAGE_SIZE = 20;

/** What volunteers did in the year, per unit: teams, people, dossiers they helped with and the share of online ones. */
function SummaryCard({ unit, refreshKey }: { unit: string; refreshKey: number }) {
  const t = useT(volunteerMessages);
  const lang = useLang();
  const columns: TableColumn<SummaryRow>[] = [
    { key: 'teams', header: t('column.teams'), render: (r) => <CountCell value={r.teams} /> },
    { key: 'volunteers', header: t('column.volunteers'), render: (r) => <CountCell value={r.activeVolunteers} /> },
    { key: 'assisted', header: t('column.assisted'), render: (r) => <CountCell value={r.assistedDossiers} strong /> },
    { key: 'online', header: t('column.online'), render: (r) => <CountCell value={r.onlineSubmissions} /> },
    { key: 'share', header: t('column.assistedShare'), render: (r) => <span className={styles.number}>{formatShare(r.assistedShare, lang)}</span> },
  ];
  const texts = { title: t('summary.heading'), year: t('summary.year'), unit: t('column.unit'), caption: t('summary.caption'), empty: t('summary.empty') };
  return <YearSummaryCard texts={texts} query={VOLUNTEER_SUMMARY} rowsOf={(d) => d.volunteerSummary} unit={unit} refreshKey={refreshKey} columns={columns} />;
}

export default function VolunteersPage() {
  const t = useT(volunteerMessages);
  const lang = useLang();
  const [dialog, setDialog] = useState<'volunteer' | 'team' | null>(null);
  const [dossiersOf, setDossiersOf] = useState<VolunteerRow | null>(null);
  const volunteers = useRecords({
    query: VOLUNTEERS,
    pageSize: PAGE_SIZE,
    filters: { active: 'active' as 'all' | 'active' | 'inactive' },
    variables: (f) => ({ active: f.active === 'all' ? null : f.active === 'active' }),
    select: (d) => d.volunteers,
  });
  const { unit } = volunteers.filters;
  // A team's member count changes with the volunteers: read with every change the page makes.
  const { data: teamData, error: teamError } = useRefreshedQuery({ query: SUPPORT_TEAMS, variables: { unit: unit || null } }, volunteers.refreshKey);
  const [activeState, setVolunteerActive] = useMutation(SET_VOLUNTEER_ACTIVE);
  const teams = teamData?.supportTeams.nodes ?? [];
  const activeChoices = (['all', 'active', 'inactive'] as const).map((a) => ({ value: a, label: t(`list.activeFilter.${a}`) }));

  const teamColumns = useMemo<TableColumn<TeamRow>[]>(
    () => [
      { key: 'name', header: t('column.team'), render: (r) => <strong lang="vi">{r.name}</strong> },
      { key: 'kind', header: t('column.kind'), render: (r) => <Badge tone={r.kind === 'YOUTH_UNION' ? 'success' : 'info'}>{t(`team.kind.${r.kind}`)}</Badge> },
      { key: 'unit', header: t('column.unit'), render: (r) => unitName(r.unit, lang) },
      { key: 'leader', header: t('column.leader'), render: (r) => (r.leaderName ? <span lang="vi">{r.leaderName}</span> : '—') },
      { key: 'members', header: t('column.members'), render: (r) => <span className={styles.number}>{formatCount(r.activeMembers, lang)}</span> },
      { key: 'assisted', header: t('column.assisted'), render: (r) => <span className={styles.number}>{formatCount(r.assistedDossierCount, lang)}</span> },
    ],
    [t, lang],
  );

  const columns: TableColumn<VolunteerRow>[] = [
    {
      key: 'name',
      header: t('column.name'),
      render: (v) => (
        <span className={styles.stack}>
          <strong lang="vi">{v.fullName}</strong>
          <span className={styles.meta}>{v.subject ?? t('volunteer.noAccount')}</span>
        </span>
      ),
    },
    { key: 'team', header: t('column.team'), render: (v) => (v.team ? <span lang="vi">{v.team.name}</span> : '—') },
    { key: 'unit', header: t('column.unit'), render: (v) => unitName(v.unit, lang) },
    { key: 'joined', header: t('column.joined'), render: (v) => formatDate(`${v.joinedOn}T12:00:00+07:00`, lang) },
    { key: 'active', header: t('column.active'), render: (v) => <Badge tone={v.active ? 'success' : 'neutral'}>{v.active ? t('volunteer.active') : t('volunteer.inactive')}</Badge> },
    { key: 'assisted', header: t('column.assisted'), render: (v) => <strong className={styles.number}>{formatCount(v.assistedDossierCount, lang)}</strong> },
    { key: 'last', header: t('column.last'), render: (v) => (v.lastAssistedAt ? formatDateTime(v.lastAssistedAt, lang) : '—') },
    {
      key: 'actions',
      header: t('column.actions'),
      render: (v) => (
        <RowActions
          open={{ label: t('volunteer.dossiers'), onClick: () => setDossiersOf(v) }}
          change={{
            label: v.active ? t('volunteer.deactivate') : t('volunteer.activate'),
            busy: activeState.fetching,
            run: () => setVolunteerActive({ id: v.id, active: !v.active }),
            onDone: volunteers.refresh,
          }}
        />
      ),
    },
  ];

  return (
    <RecordsPage
      title={t('volunteers.title')}
      description={t('volunteers.description')}
      actions={
        <>
          <Button onClick={() => setDialog('volunteer')}>{t('volunteers.register')}</Button>
          <Button variant="secondary" onClick={() => setDialog('team')}>
            {t('volunteers.addTeam')}
          </Button>
        </>
      }
      notice={volunteers.notice}
      actionError={activeState.error}
    >
      <div className={styles.toolbar}>
        <UnitFilter value={unit} onChange={(code) => volunteers.change({ unit: code })} />
      </div>
      <SummaryCard unit={unit} refreshKey={volunteers.refreshKey} />
      <Card title={t('list.heading')} aria-busy={volunteers.fetching}>
        <div className={styles.toolbar}>
          <FilterSelect list={volunteers} name="active" label={t('list.activeFilter')} options={activeChoices} />
        </div>
        <RecordList list={volunteers} empty={{ title: t('list.emptyVolunteers') }} caption={t('list.caption')} columns={columns} rowKey={(v) => v.id} />
      </Card>
      <Card title={t('teams.heading')}>
        {teamError && <ErrorAlert error={teamError} />}
        {teamData && (teams.length ? <Table caption={t('teams.caption')} hideCaption columns={teamColumns} rows={teams} rowKey={(r) => r.id} pageSize={10} /> : <p>{t('teams.empty')}</p>)}
      </Card>
      {dialog === 'volunteer' && (
        <VolunteerForm
          teams={teams}
          onClose={() => setDialog(null)}
          onSaved={(name) => {
            setDialog(null);
            volunteers.saved(t('saved.volunteer', { name }));
          }}
        />
      )}
      {dialog === 'team' && (
        <TeamForm
          onClose={() => setDialog(null)}
          onSaved={(name) => {
            setDialog(null);
            volunteers.saved(t('saved.team', { name }));
          }}
        />
      )}
      {dossiersOf && <AssistedDossiersDialog volunteer={dossiersOf} onClose={() => setDossiersOf(null)} />}
    </RecordsPage>
  );
}
