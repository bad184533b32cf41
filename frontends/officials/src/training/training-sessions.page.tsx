import { Badge, Button, formatDateTime, useLang, useT, type BadgeTone, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatCount, unitName } from '../common/format';
import styles from '../common/records.module.css';
import { CountCell, FilterSelect, RecordList, RecordsCard, RecordsPage, useRecords, YearSummaryCard } from '../common/records-page';
import { AttendanceDialog } from './attendance-dialog';
import { TrainingForm } from './training-form';
import { trainingMessages } from './training.messages';
import { CANCEL_TRAINING, TRAINED_PEOPLE, TRAINING_SESSIONS, type TrainedRow, type TrainingSessionRow, type TrainingStatus } from './training.query';

const STATUS_TONES: Record<TrainingStatus, BadgeTone> = { PLANNED: 'info', HELD: 'success', CANCELLED: 'neutral' };
const PAGE_SIZE = 20;
const STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;

/** Who has been trained in the year, per unit: officials, volunteers and citizens. */
function TrainedPeopleCard({ unit, refreshKey }: { unit: string; refreshKey: number }) {
  const t = useT(trainingMessages);
  const columns: TableColumn<TrainedRow>[] = [
    { key: 'sessions', header: t('column.sessions'), render: (r) => <CountCell value={r.sessions} /> },
    { key: 'attendees', header: t('column.attendees'), render: (r) => <CountCell value={r.attendees} /> },
    { key: 'officials', header: t('column.officials'), render: (r) => <CountCell value={r.officials} strong /> },
    { key: 'volunteers', header: t('column.volunteers'), render: (r) => <CountCell value={r.volunteers} /> },
    { key: 'citizens', header: t('column.citizens'), render: (r) => <CountCell value={r.citizens} /> },
  ];
  const texts = { title: t('trained.heading'), description: t('trained.description'), year: t('trained.year'), unit: t('column.unit'), caption: t('trained.caption'), empty: t('trained.empty') };
  // A session recorded on this page changes the counts: they are read again.
  return <YearSummaryCard texts={texts} query={TRAINED_PEOPLE} rowsOf={(d) => d.trainedPeople} unit={unit} refreshKey={refreshKey} columns={columns} />;
}

export default function TrainingSessionsPage() {
  const t = useT(trainingMessages);
  const lang = useLang();
  const [formOpen, setFormOpen] = useState(false);
  const [attendanceFor, setAttendanceFor] = useState<TrainingSessionRow | null>(null);
  const sessions = useRecords({
    query: TRAINING_SESSIONS,
    pageSize: PAGE_SIZE,
    filters: { status: '' as TrainingStatus | '' },
    variables: (f) => ({ status: f.status || null }),
    select: (d) => d.trainingSessions,
  });
  const [cancelState, cancel] = useMutation(CANCEL_TRAINING);
  const statuses = STATUSES.map((s) => ({ value: s, label: t(`training.status.${s}`) }));

  async function cancelSession(session: TrainingSessionRow) {
    const result = await cancel({ id: session.id });
    if (!result.error) sessions.saved(t('training.cancelled'));
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
      notice={sessions.notice}
      actionError={cancelState.error}
    >
      <RecordsCard
        title={t('training.heading')}
        list={sessions}
        filters={<FilterSelect list={sessions} name="status" label={t('training.status')} allLabel={t('training.status.all')} options={statuses} />}
      >
        <RecordList
          list={sessions}
          empty={{ title: t('training.empty'), description: t('training.emptyDescription') }}
          total={(found) => (
            <p className={styles.total} data-testid="training-total">
              {t('training.total', { count: formatCount(found.totalCount, lang) })}
            </p>
          )}
          caption={t('training.caption')}
          columns={columns}
          rowKey={(s) => s.id}
        />
      </RecordsCard>
      <TrainedPeopleCard unit={sessions.filters.unit} refreshKey={sessions.refreshKey} />
      {formOpen && (
        <TrainingForm
          open
          onClose={() => setFormOpen(false)}
          onSaved={(title) => {
            setFormOpen(false);
            sessions.pages.reset();
            sessions.saved(t('training.saved', { title }));
          }}
        />
      )}
      {attendanceFor && (
        <AttendanceDialog
          session={attendanceFor}
          onClose={() => setAttendanceFor(null)}
          onSaved={() => {
            setAttendanceFor(null);
            sessions.saved(t('attendance.saved'));
          }}
        />
      )}
    </RecordsPage>
  );
}
