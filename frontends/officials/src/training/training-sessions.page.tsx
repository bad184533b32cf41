import { Badge, Button, Card, ErrorAlert, SelectField, Spinner, Table, formatDateTime, useLang, useT, type BadgeTone, type TableColumn } from '@motcua/ui';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatCount, unitName } from '../common/format';
import { today } from '../common/period';
import styles from '../common/records.module.css';
import { FilterSelect, RecordList, RecordsCard, RecordsPage } from '../common/records-page';
import { useCursorPages } from '../common/use-cursor-pages';
import { AttendanceDialog } from './attendance-dialog';
import { TrainingForm } from './training-form';
import { trainingMessages } from './training.messages';
import { CANCEL_TRAINING, TRAINED_PEOPLE, TRAINING_SESSIONS, type TrainedRow, type TrainingSessionRow, type TrainingStatus } from './training.query';

const STATUS_TONES: Record<TrainingStatus, BadgeTone> = { PLANNED: 'info', HELD: 'success', CANCELLED: 'neutral' };
const PAGE_SIZE = 20;

/** Who has been trained in the year, per unit: officials, volunteers and citizens. */
function TrainedPeopleCard({ unit, refreshKey }: { unit: string; refreshKey: number }) {
  const t = useT(trainingMessages);
  const lang = useLang();
  const thisYear = Number(today().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TRAINED_PEOPLE, variables: { unit: unit || null, from: `${year}-01-01`, to: `${year}-12-31` } });
  // A session recorded on this page changes the counts: read them again.
  useEffect(() => {
    if (refreshKey) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const columns = useMemo<TableColumn<TrainedRow>[]>(
    () => [
      { key: 'unit', header: t('column.unit'), render: (r) => unitName(r.unit, lang) },
      { key: 'sessions', header: t('column.sessions'), render: (r) => <span className={styles.number}>{formatCount(r.sessions, lang)}</span> },
      { key: 'attendees', header: t('column.attendees'), render: (r) => <span className={styles.number}>{formatCount(r.attendees, lang)}</span> },
      { key: 'officials', header: t('column.officials'), render: (r) => <strong className={styles.number}>{formatCount(r.officials, lang)}</strong> },
      { key: 'volunteers', header: t('column.volunteers'), render: (r) => <span className={styles.number}>{formatCount(r.volunteers, lang)}</span> },
      { key: 'citizens', header: t('column.citizens'), render: (r) => <span className={styles.number}>{formatCount(r.citizens, lang)}</span> },
    ],
    [t, lang],
  );
  const years = Array.from({ length: thisYear - 2021 }, (_, i) => thisYear - i);
  return (
    <Card title={t('trained.heading')} aria-busy={fetching}>
      <p className={styles.muted}>{t('trained.description')}</p>
      <div className={styles.toolbar}>
        <SelectField label={t('trained.year')} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
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
        (data.trainedPeople.length ? (
          <Table caption={t('trained.caption')} hideCaption columns={columns} rows={data.trainedPeople} rowKey={(r) => r.unit.code} pageSize={25} />
        ) : (
          <p>{t('trained.empty')}</p>
        ))}
    </Card>
  );
}

export default function TrainingSessionsPage() {
  const t = useT(trainingMessages);
  const lang = useLang();
  const [unit, setUnit] = useState('');
  const [status, setStatus] = useState<TrainingStatus | ''>('');
  const pages = useCursorPages(PAGE_SIZE);
  const [formOpen, setFormOpen] = useState(false);
  const [attendanceFor, setAttendanceFor] = useState<TrainingSessionRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TRAINING_SESSIONS,
    variables: { unit: unit || null, status: status || null, first: pages.first, after: pages.after },
  });
  const [cancelState, cancel] = useMutation(CANCEL_TRAINING);
  const sessions = data?.trainingSessions;
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    setRefreshKey((k) => k + 1);
  };

  async function cancelSession(session: TrainingSessionRow) {
    const result = await cancel({ id: session.id });
    if (!result.error) {
      setNotice(t('training.cancelled'));
      refresh();
    }
  }

  const columns: TableColumn<TrainingSessionRow>[] = [
    {
      key: 'title',
      header: t('column.title'),
      render: (s) => (
        // What officers typed is Vietnamese in either language: marked so, a screen reader reads it right.
        <span className={styles.stack} lang="vi">
          <strong>{s.title}</strong>
          <span className={styles.meta}>
            {s.trainer} · {s.location}
          </span>
        </span>
      ),
    },
    { key: 'audience', header: t('column.audience'), render: (s) => t(`audience.${s.audience}`) },
    { key: 'status', header: t('column.status'), render: (s) => <Badge tone={STATUS_TONES[s.status]}>{t(`training.status.${s.status}`)}</Badge> },
    { key: 'startsAt', header: t('column.startsAt'), render: (s) => formatDateTime(s.startsAt, lang) },
    { key: 'unit', header: t('column.unit'), render: (s) => unitName(s.unit, lang) },
    { key: 'attendees', header: t('column.attendees'), render: (s) => <span className={styles.number}>{formatCount(s.attendeeCount, lang)}</span> },
    {
      key: 'actions',
      header: t('column.actions'),
      render: (s) =>
        s.status === 'CANCELLED' ? null : (
          <span className={styles.actions}>
            {new Date(s.startsAt).getTime() <= Date.now() && (
              <Button size="small" variant="secondary" onClick={() => setAttendanceFor(s)}>
                {t('training.attendance')}
              </Button>
            )}
            {s.status === 'PLANNED' && (
              <Button size="small" variant="ghost" onClick={() => cancelSession(s)} busy={cancelState.fetching}>
                {t('training.cancel')}
              </Button>
            )}
          </span>
        ),
    },
  ];

  return (
    <RecordsPage
      title={t('training.title')}
      description={t('training.description')}
      actions={<Button onClick={() => setFormOpen(true)}>{t('training.record')}</Button>}
      notice={notice}
      actionError={cancelState.error}
    >
      <RecordsCard
        title={t('training.heading')}
        fetching={fetching}
        unit={unit}
        onUnitChange={(code) => {
          setUnit(code);
          pages.reset();
        }}
        filters={
          <FilterSelect
            label={t('training.status')}
            value={status}
            allLabel={t('training.status.all')}
            options={(['PLANNED', 'HELD', 'CANCELLED'] as const).map((s) => ({ value: s, label: t(`training.status.${s}`) }))}
            onChange={(value) => {
              setStatus(value);
              pages.reset();
            }}
          />
        }
      >
        <RecordList
          connection={sessions}
          fetching={fetching}
          error={error}
          onRetry={refresh}
          empty={{ title: t('training.empty'), description: t('training.emptyDescription') }}
          total={(list) => (
            <p className={styles.total} data-testid="training-total">
              {t('training.total', { count: formatCount(list.totalCount, lang) })}
            </p>
          )}
          caption={t('training.caption')}
          columns={columns}
          rowKey={(s) => s.id}
          pages={pages}
          pageSize={PAGE_SIZE}
        />
      </RecordsCard>
      <TrainedPeopleCard unit={unit} refreshKey={refreshKey} />
      {formOpen && (
        <TrainingForm
          open
          onClose={() => setFormOpen(false)}
          onSaved={(title) => {
            setFormOpen(false);
            setNotice(t('training.saved', { title }));
            pages.reset();
            refresh();
          }}
        />
      )}
      {attendanceFor && (
        <AttendanceDialog
          session={attendanceFor}
          onClose={() => setAttendanceFor(null)}
          onSaved={() => {
            setAttendanceFor(null);
            setNotice(t('attendance.saved'));
            refresh();
          }}
        />
      )}
    </RecordsPage>
  );
}
