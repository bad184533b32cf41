import { Button, SelectField, TextField, useT, Options } from '@motcua/ui';
import { useEffect, useRef, useState } from 'react';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { trainingMessages } from './training.messages';
import type { AttendeeInput, AttendeeRole } from './training.query';

const ROLES: readonly AttendeeRole[] = ['OFFICIAL', 'VOLUNTEER', 'CITIZEN'];

function emptyAttendee(unitCode: string, role: AttendeeRole = 'OFFICIAL'): AttendeeInput {
  return { fullName: '', role, position: null, unitCode };
}

/** The attendance sheet: one row per named person, with the unit they belong to (counted there). */
export function AttendeesEditor({ attendees, onChange, defaultUnit, submitted }: { attendees: AttendeeInput[]; onChange: (next: AttendeeInput[]) => void; defaultUnit: string; submitted: boolean }) {
  const t = useT(trainingMessages);
  const list = useRef<HTMLOListElement>(null);
  // After "add", the new row's name field takes the focus, so a keyboard user types the name at once.
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    list.current?.querySelectorAll<HTMLInputElement>('[data-attendee-name]')[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const update = (index: number, patch: Partial<AttendeeInput>) => onChange(attendees.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  function add() {
    onChange([...attendees, emptyAttendee(attendees.at(-1)?.unitCode ?? defaultUnit, attendees.at(-1)?.role)]);
    setFocusRow(attendees.length);
  }
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('attendees.legend')}</legend>
      <p className={styles.muted}>{t('attendees.hint')}</p>
      <ol ref={list} className={styles.list}>
        {attendees.map((attendee, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are fully controlled and labelled by their position.
          <li key={index} className={styles.attendee}>
            <TextField
              label={`${t('attendees.name')} (${index + 1})`}
              value={attendee.fullName}
              data-attendee-name=""
              maxLength={120}
              autoComplete="off"
              onChange={(e) => update(index, { fullName: e.target.value })}
              error={submitted && !attendee.fullName.trim() ? t('form.required') : null}
            />
            <SelectField label={t('attendees.role')} value={attendee.role} onChange={(e) => update(index, { role: e.target.value as AttendeeRole })}>
              <Options values={ROLES} label={(role) => t(`role.attendee.${role}`)} />
            </SelectField>
            <TextField label={t('attendees.position')} value={attendee.position ?? ''} maxLength={120} onChange={(e) => update(index, { position: e.target.value || null })} />
            <UnitSelectField label={t('attendees.unit')} value={attendee.unitCode} onChange={(unitCode) => update(index, { unitCode })} />
            <div className={styles.removeRow}>
              <Button variant="ghost" aria-label={t('attendees.remove', { n: String(index + 1) })} onClick={() => onChange(attendees.filter((_, i) => i !== index))}>
                ×
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button variant="secondary" size="small" onClick={add}>
        + {t('attendees.add')}
      </Button>
    </fieldset>
  );
}
