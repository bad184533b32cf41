import { Badge, Button, Card, ErrorAlert, SelectField, Spinner, Table, formatDate, formatDateTime, useLang, useT, type TableColumn } from '@motcua/ui';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatCount, formatShare, unitName } from '../common/format';
import { today } from '../common/period';
import styles from '../common/records.module.css';
import { RecordList, RecordsPage } from '../common/records-page';
import { UnitFilter } from '../common/unit-fields';
import { useCursorPages } from '../common/use-cursor-pages';
import { AssistedDossiersDialog } from './assisted-dossiers-dialog';
import { TeamForm, VolunteerForm } from './volunteer-forms';
import { volunteerMessages } from './volunteers.messages';
import { SET_VOLUNTEER_ACTIVE, SUPPORT_TEAMS, VOLUNTEER_SUMMARY, VOLUNTEERS, type SummaryRow, type TeamRow, type VolunteerRow } from './volunteers.query';

const PAGE_SIZE = 20;

function SummaryCard({ unit, refreshKey }: { unit: string; refreshKey: number }) {
  const t = useT(volunteerMessages);
  const lang = useLang();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VOLUNTEER_SUMMARY, variables: { unit: unit || null, from: `${year}-01-01`, to: `${year}-12-31` } });
  useEffect(() => {
    if (refreshKey) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const columns = useMemo<TableColumn<SummaryRow>[]>(
    () => [
      { key: 'unit', header: t('column.unit'), render: (r) => unitName(r.unit, lang) },
      { key: 'teams', header: t('column.teams'), render: (r) => <span className={styles.number}>{formatCount(r.teams, lang)}</span> },
      { key: 'volunteers', header: t('column.volunteers'), render: (r) => <span className={styles.number}>{formatCount(r.activeVolunteers, lang)}</span> },
      { key: 'assisted', header: t('column.assisted'), render: (r) => <strong className={styles.number}>{formatCount(r.assistedDossiers, lang)}</strong> },
      { key: 'online', header: t('column.online'), render: (r) => <span className={styles.number}>{formatCount(r.onlineSubmissions, lang)}</span> },
      { key: 'share', header: t('column.assistedShare'), render: (r) => <span className={styles.number}>{formatShare(r.assistedShare, lang)}</span> },
    ],
    [t, lang],
  );
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);
  return (
    <Card title={t('summary.heading')} aria-busy={fetching}>
      <div className={styles.toolbar}>
        <SelectField label={t('summary.year')} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {error && <ErrorAlert error={error} />}
      {!data && fetching && <Spinner label={t('loading')} />}
      {data &&
        (data.volunteerSummary.length ? (
          <Table caption={t('summary.caption')} hideCaption columns={columns} rows={data.volunteerSummary} rowKey={(r) => r.unit.code} pageSize={25} />
        ) : (
          <p>{t('summary.empty')}</p>
        ))}
    </Card>
  );
}

export default function VolunteersPage() {
  const t = useT(volunteerMessages);
  const lang = useLang();
  const [unit, setUnit] = useState('');
  const [active, setActive] = useState<'all' | 'active' | 'inactive'>('active');
  const pages = useCursorPages(PAGE_SIZE);
  const [dialog, setDialog] = useState<'volunteer' | 'team' | null>(null);
  const [dossiersOf, setDossiersOf] = useState<VolunteerRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [{ data: teamData, error: teamError }, reexecuteTeams] = useQuery({ query: SUPPORT_TEAMS, variables: { unit: unit || null } });
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VOLUNTEERS,
    variables: { unit: unit || null, active: active === 'all' ? null : active === 'active', first: pages.first, after: pages.after },
  });
  const [activeState, setVolunteerActive] = useMutation(SET_VOLUNTEER_ACTIVE);
  const volunteers = data?.volunteers;
  const teams = teamData?.supportTeams.nodes ?? [];
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteTeams({ requestPolicy: 'network-only' });
    setRefreshKey((k) => k + 1);
  };

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
        <span className={styles.actions}>
          <Button size="small" variant="secondary" onClick={() => setDossiersOf(v)}>
            {t('volunteer.dossiers')}
          </Button>
          <Button
            size="small"
            variant="ghost"
            busy={activeState.fetching}
            onClick={async () => {
              const result = await setVolunteerActive({ id: v.id, active: !v.active });
              if (!result.error) refresh();
            }}
          >
            {v.active ? t('volunteer.deactivate') : t('volunteer.activate')}
          </Button>
        </span>
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
      notice={notice}
      actionError={activeState.error}
    >
      <div className={styles.toolbar}>
        <UnitFilter
          value={unit}
          onChange={(code) => {
            setUnit(code);
            pages.reset();
          }}
        />
      </div>
      <SummaryCard unit={unit} refreshKey={refreshKey} />
      <Card title={t('list.heading')} aria-busy={fetching}>
        <div className={styles.toolbar}>
          <SelectField
            label={t('list.activeFilter')}
            value={active}
            onChange={(e) => {
              setActive(e.target.value as typeof active);
              pages.reset();
            }}
          >
            <option value="all">{t('list.activeFilter.all')}</option>
            <option value="active">{t('list.activeFilter.active')}</option>
            <option value="inactive">{t('list.activeFilter.inactive')}</option>
          </SelectField>
        </div>
        <RecordList
          connection={volunteers}
          fetching={fetching}
          error={error}
          onRetry={refresh}
          empty={{ title: t('list.emptyVolunteers') }}
          caption={t('list.caption')}
          columns={columns}
          rowKey={(v) => v.id}
          pages={pages}
          pageSize={PAGE_SIZE}
        />
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
            setNotice(t('saved.volunteer', { name }));
            refresh();
          }}
        />
      )}
      {dialog === 'team' && (
        <TeamForm
          onClose={() => setDialog(null)}
          onSaved={(name) => {
            setDialog(null);
            setNotice(t('saved.team', { name }));
            refresh();
          }}
        />
      )}
      {dossiersOf && <AssistedDossiersDialog volunteer={dossiersOf} onClose={() => setDossiersOf(null)} />}
    </RecordsPage>
  );
}
