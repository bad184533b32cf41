import { ChoiceGroup, SelectField, TextAreaField, TextField, useSession, useT, type TrainingAudience, CountField, Options } from '@motcua/ui';
import { useState } from 'react';
import { FormDialog } from '../common/form-dialog';
import { isoToLocalInput, localInputToIso } from '../common/local-time';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { useMutationForm } from '../common/use-mutation-form';
import { AttendeesEditor } from './attendees-editor';
import { trainingMessages } from './training.messages';
import { RECORD_TRAINING, type AttendeeInput } from './training.query';

const AUDIENCES: readonly TrainingAudience[] = ['OFFICIALS', 'VOLUNTEERS', 'CITIZENS'];

/** Plan a training session, or record one that was held with its attendance. */
export function TrainingForm({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (title: string) => void }) {
  const t = useT(trainingMessages);
  const ownUnit = useSession()?.user.unit ?? '';
  const form = useMutationForm(RECORD_TRAINING);
  const started = new Date(Date.now() - 2 * 3600_000);
  const [values, setValues] = useState({
    title: '',
    audience: 'OFFICIALS' as TrainingAudience,
    status: 'HELD' as 'PLANNED' | 'HELD',
    unitCode: ownUnit,
    startsAt: isoToLocalInput(started),
    endsAt: isoToLocalInput(new Date(started.getTime() + 2 * 3600_000)),
    trainer: '',
    location: '',
    plan: '',
    materials: '',
    attendeeCount: '',
  });
  const [attendees, setAttendees] = useState<AttendeeInput[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));
  const required = (value: string) => (submitted && !value.trim() ? t('form.required') : null);

  async function submit() {
    setSubmitted(true);
    const startsAt = localInputToIso(values.startsAt);
    const endsAt = localInputToIso(values.endsAt);
    if (!values.title.trim() || !values.trainer.trim() || !values.location.trim() || !values.unitCode || !startsAt || !endsAt) return;
    if (attendees.some((a) => !a.fullName.trim())) return;
    const held = values.status === 'HELD';
    const data = await form.run({
      input: {
        title: values.title.trim(),
        audience: values.audience,
        status: values.status,
        unitCode: values.unitCode,
        startsAt,
        endsAt,
        trainer: values.trainer.trim(),
        location: values.location.trim(),
        plan: values.plan.trim() || null,
        materials: values.materials
          .split('\n')
          .map((m) => m.trim())
          .filter(Boolean),
        attendeeCount: held && values.attendeeCount ? Number(values.attendeeCount) : null,
        attendees: held ? attendees.map((a) => ({ ...a, fullName: a.fullName.trim(), position: a.position?.trim() || null })) : [],
      },
    });
    if (data) onSaved(data.recordTrainingSession.title);
  }

  return (
    <FormDialog open={open} title={t('training.record')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <TextField label={t('form.title')} value={values.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} error={required(values.title) ?? form.fieldError('title')} required />
      <ChoiceGroup
        legend={t('form.status')}
        name="training-status"
        value={values.status}
        onChange={(status) => set({ status })}
        choices={[
          { value: 'HELD', label: t('form.status.HELD') },
          { value: 'PLANNED', label: t('form.status.PLANNED') },
        ]}
      />
      <div className={styles.row}>
        <SelectField label={t('form.audience')} value={values.audience} onChange={(e) => set({ audience: e.target.value as TrainingAudience })}>
          <Options values={AUDIENCES} label={(a) => t(`audience.${a}`)} />
        </SelectField>
        <UnitSelectField label={t('form.unit')} value={values.unitCode} onChange={(unitCode) => set({ unitCode })} error={form.fieldError('unitCode')} />
      </div>
      <div className={styles.row}>
        <TextField
          type="datetime-local"
          label={t('form.startsAt')}
          value={values.startsAt}
          onChange={(e) => set({ startsAt: e.target.value })}
          error={required(values.startsAt) ?? form.fieldError('startsAt')}
          required
        />
        <TextField
          type="datetime-local"
          label={t('form.endsAt')}
          value={values.endsAt}
          onChange={(e) => set({ endsAt: e.target.value })}
          error={required(values.endsAt) ?? form.fieldError('endsAt')}
          required
        />
      </div>
      <div className={styles.row}>
        <TextField
          label={t('form.trainer')}
          value={values.trainer}
          maxLength={120}
          onChange={(e) => set({ trainer: e.target.value })}
          error={required(values.trainer) ?? form.fieldError('trainer')}
          required
        />
        <TextField
          label={t('form.location')}
          value={values.location}
          maxLength={200}
          onChange={(e) => set({ location: e.target.value })}
          error={required(values.location) ?? form.fieldError('location')}
          required
        />
      </div>
      <TextAreaField label={t('form.plan')} hint={t('form.optional')} value={values.plan} maxLength={4000} onChange={(e) => set({ plan: e.target.value })} />
      <TextAreaField label={t('form.materials')} hint={t('form.optional')} value={values.materials} onChange={(e) => set({ materials: e.target.value })} />
      {values.status === 'HELD' && (
        <>
          <CountField
            label={t('form.attendeeCount')}
            hint={t('form.attendeeCountHint')}
            value={values.attendeeCount}
            onChange={(e) => set({ attendeeCount: e.target.value })}
            error={form.fieldError('attendeeCount')}
          />
          <AttendeesEditor attendees={attendees} onChange={setAttendees} defaultUnit={values.unitCode || ownUnit} submitted={submitted} />
        </>
      )}
    </FormDialog>
  );
}
