import { Spinner, useT, CountField } from '@motcua/ui';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { FormDialog } from '../common/form-dialog';
import styles from '../common/records.module.css';
import { useMutationForm } from '../common/use-mutation-form';
import { AttendeesEditor } from './attendees-editor';
import { trainingMessages } from './training.messages';
import { RECORD_ATTENDANCE, SESSION_ATTENDEES, type AttendeeInput, type TrainingSessionRow } from './training.query';

/** The attendance sheet of a session: saving it marks the session held (it replaces an earlier sheet). */
export function AttendanceDialog({ session, onClose, onSaved }: { session: TrainingSessionRow; onClose: () => void; onSaved: () => void }) {
  const t = useT(trainingMessages);
  const form = useMutationForm(RECORD_ATTENDANCE);
  const [{ data, fetching }] = useQuery({ query: SESSION_ATTENDEES, variables: { id: session.id }, requestPolicy: 'network-only' });
  const [attendees, setAttendees] = useState<AttendeeInput[] | null>(null);
  const [count, setCount] = useState('');
  const [submitted, setSubmitted] = useState(false);

  useEffect(() => {
    if (!data || attendees) return;
    setAttendees(data.trainingSession.attendees.map((a) => ({ fullName: a.fullName, role: a.role, position: a.position, unitCode: a.unit.code })));
    setCount(data.trainingSession.attendeeCount ? String(data.trainingSession.attendeeCount) : '');
  }, [data, attendees]);

  async function submit() {
    setSubmitted(true);
    if (!attendees || attendees.some((a) => !a.fullName.trim())) return;
    const done = await form.run({ input: { sessionId: session.id, attendees: attendees.map((a) => ({ ...a, fullName: a.fullName.trim() })), attendeeCount: count ? Number(count) : null } });
    if (done) onSaved();
  }

  return (
    <FormDialog open title={t('attendance.title', { title: session.title })} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <p className={styles.muted}>{t('attendance.intro')}</p>
      {fetching && !attendees && <Spinner label={t('loading')} />}
      {attendees && (
        <>
          <CountField label={t('form.attendeeCount')} hint={t('form.attendeeCountHint')} value={count} onChange={(e) => setCount(e.target.value)} error={form.fieldError('attendeeCount')} />
          <AttendeesEditor attendees={attendees} onChange={setAttendees} defaultUnit={session.unit?.code ?? ''} submitted={submitted} />
        </>
      )}
    </FormDialog>
  );
}
