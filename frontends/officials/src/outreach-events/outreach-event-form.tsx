import { SelectField, TextAreaField, TextField, useSession, useT, CountField, Options } from '@motcua/ui';
import { useState } from 'react';
import { FormDialog } from '../common/form-dialog';
import { isoToLocalInput, localInputToIso } from '../common/local-time';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { useMutationForm } from '../common/use-mutation-form';
import { eventMessages } from './outreach-events.messages';
import { RECORD_OUTREACH_EVENT, type OutreachKind } from './outreach-events.query';

const KINDS: readonly OutreachKind[] = ['HAMLET_MEETING', 'YOUTH_UNION_CAMPAIGN', 'SUPPORT_POINT'];

export function OutreachEventForm({ onClose, onSaved }: { onClose: () => void; onSaved: (title: string) => void }) {
  const t = useT(eventMessages);
  const ownUnit = useSession()?.user.unit ?? '';
  const form = useMutationForm(RECORD_OUTREACH_EVENT);
  const started = new Date(Date.now() - 26 * 3600_000);
  const [v, setV] = useState({
    kind: 'HAMLET_MEETING' as OutreachKind,
    title: '',
    unitCode: ownUnit,
    place: '',
    startsAt: isoToLocalInput(started),
    endsAt: isoToLocalInput(new Date(started.getTime() + 2 * 3600_000)),
    organiser: '',
    notes: '',
    peopleReached: '',
    accountsCreated: '',
    dossiersAssisted: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const required = (value: string) => (submitted && !value.trim() ? t('form.required') : null);
  const count = (value: string) => (value ? Number(value) : 0);

  async function submit() {
    setSubmitted(true);
    const startsAt = localInputToIso(v.startsAt);
    const endsAt = localInputToIso(v.endsAt);
    if (!v.title.trim() || !v.place.trim() || !v.unitCode || !startsAt || !endsAt) return;
    const data = await form.run({
      input: {
        kind: v.kind,
        title: v.title.trim(),
        unitCode: v.unitCode,
        place: v.place.trim(),
        startsAt,
        endsAt,
        organiser: v.organiser.trim() || null,
        notes: v.notes.trim() || null,
        peopleReached: count(v.peopleReached),
        accountsCreated: count(v.accountsCreated),
        dossiersAssisted: count(v.dossiersAssisted),
      },
    });
    if (data) onSaved(data.recordOutreachEvent.title);
  }

  return (
    <FormDialog open title={t('events.record')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <div className={styles.row}>
        <SelectField label={t('form.kind')} value={v.kind} onChange={(e) => set({ kind: e.target.value as OutreachKind })}>
          <Options values={KINDS} label={(k) => t(`events.kind.${k}`)} />
        </SelectField>
        <UnitSelectField label={t('form.unit')} value={v.unitCode} onChange={(unitCode) => set({ unitCode })} error={form.fieldError('unitCode')} />
      </div>
      <TextField label={t('form.title')} value={v.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} error={required(v.title) ?? form.fieldError('title')} required />
      <TextField label={t('form.place')} value={v.place} maxLength={200} onChange={(e) => set({ place: e.target.value })} error={required(v.place) ?? form.fieldError('place')} required />
      <div className={styles.row}>
        <TextField
          type="datetime-local"
          label={t('form.startsAt')}
          value={v.startsAt}
          onChange={(e) => set({ startsAt: e.target.value })}
          error={required(v.startsAt) ?? form.fieldError('startsAt')}
          required
        />
        <TextField type="datetime-local" label={t('form.endsAt')} value={v.endsAt} onChange={(e) => set({ endsAt: e.target.value })} error={required(v.endsAt) ?? form.fieldError('endsAt')} required />
      </div>
      <TextField label={t('form.organiser')} hint={t('form.optional')} value={v.organiser} maxLength={200} onChange={(e) => set({ organiser: e.target.value })} />
      <div className={styles.row}>
        <CountField label={t('form.peopleReached')} value={v.peopleReached} onChange={(e) => set({ peopleReached: e.target.value })} error={form.fieldError('peopleReached')} />
        <CountField label={t('form.accountsCreated')} value={v.accountsCreated} onChange={(e) => set({ accountsCreated: e.target.value })} error={form.fieldError('accountsCreated')} />
      </div>
      <CountField
        label={t('form.dossiersAssisted')}
        hint={t('form.dossiersAssistedHint')}
        value={v.dossiersAssisted}
        onChange={(e) => set({ dossiersAssisted: e.target.value })}
        error={form.fieldError('dossiersAssisted')}
      />
      <TextAreaField label={t('form.notes')} hint={t('form.optional')} value={v.notes} maxLength={2000} onChange={(e) => set({ notes: e.target.value })} />
    </FormDialog>
  );
}
