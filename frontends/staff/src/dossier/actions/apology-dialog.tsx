import { TextAreaField, TextField, addDays, useT, vietnamDay, vietnamLocalToIso } from '@motcua/ui';
import { useState } from 'react';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { APOLOGISE_FOR_DELAY } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

/** Phiếu xin lỗi: a new appointment (a Vietnamese date and time) and the reason for the delay. */
export function ApologyDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const action = useAction(APOLOGISE_FOR_DELAY);
  const tomorrow = addDays(vietnamDay(), 1);
  const [date, setDate] = useState(tomorrow);
  const [time, setTime] = useState('17:00');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const dateError = submitted && (!date || date < tomorrow) ? t('apology.dateInvalid') : null;
  const reasonError = submitted && !reason.trim() ? t('actions.required') : null;

  async function submit() {
    setSubmitted(true);
    if (!date || date < tomorrow || !reason.trim()) return;
    const done = await action.run({ code: dossier.code, newDate: vietnamLocalToIso(date, time || '17:00'), reason: reason.trim() });
    if (done) onDone(t('apology.done'));
  }

  return (
    <ActionDialogFrame title={t('apology.title')} submitLabel={t('button.apologise')} busy={action.busy} error={action.error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <p className={styles.intro}>{t('apology.intro')}</p>
      <div className={styles.row2}>
        <TextField label={t('apology.date')} type="date" min={tomorrow} value={date} onChange={(event) => setDate(event.target.value)} error={dateError} required />
        <TextField label={t('apology.time')} type="time" value={time} onChange={(event) => setTime(event.target.value)} />
      </div>
      <TextAreaField label={t('apology.reason')} value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} error={reasonError} required />
    </ActionDialogFrame>
  );
}
