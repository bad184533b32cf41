import { Button, SelectField, TextField, formatDate, useLang, useT } from '@motcua/ui';
import { useState, type FormEvent } from 'react';
import { officialsMessages } from '../officials.messages';
import { presetKeys, presetOf, presetPeriod, type Period, type PresetKey } from './period';
import styles from './period-picker.module.css';

const CUSTOM = 'custom';

/** A reporting period: this year, the last 12 months, a past year, or any two days. */
export function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const t = useT(officialsMessages);
  const lang = useLang();
  const preset = presetOf(period);
  const [custom, setCustom] = useState(!preset);
  const [draft, setDraft] = useState(period);
  const [invalid, setInvalid] = useState(false);

  function choose(value: string) {
    if (value === CUSTOM) {
      setCustom(true);
      setDraft(period);
      return;
    }
    setCustom(false);
    onChange(presetPeriod(value as PresetKey));
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.from || !draft.to || draft.to < draft.from) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onChange(draft);
  }

  const label = (key: PresetKey) => (key === 'thisYear' ? t('period.thisYear') : key === 'last12Months' ? t('period.last12Months') : t('period.year', { year: key.slice(5) }));

  return (
    <div className={styles.picker}>
      <SelectField
        label={t('period.label')}
        value={custom ? CUSTOM : (preset ?? CUSTOM)}
        onChange={(e) => choose(e.target.value)}
        hint={t('period.range', { from: formatDate(`${period.from}T12:00:00+07:00`, lang), to: formatDate(`${period.to}T12:00:00+07:00`, lang) })}
      >
        {presetKeys().map((key) => (
          <option key={key} value={key}>
            {label(key)}
          </option>
        ))}
        <option value={CUSTOM}>{t('period.custom')}</option>
      </SelectField>
      {custom && (
        <form className={styles.custom} onSubmit={apply} noValidate>
          <TextField type="date" label={t('period.from')} value={draft.from} min="2022-01-01" onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          <TextField type="date" label={t('period.to')} value={draft.to} min="2022-01-01" onChange={(e) => setDraft({ ...draft, to: e.target.value })} error={invalid ? t('period.invalid') : null} />
          <Button type="submit" variant="secondary">
            {t('period.apply')}
          </Button>
        </form>
      )}
    </div>
  );
}
