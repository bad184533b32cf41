import { SelectField, TextAreaField, TextField, useSession, useT, Options } from '@motcua/ui';
import { useState } from 'react';
import { FormDialog } from '../common/form-dialog';
import { today } from '../common/period';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { useMutationForm } from '../common/use-mutation-form';
import { targetMessages } from './targets.messages';
import { METRICS, SET_TARGET, type TargetMetric, type TargetRow } from './targets.query';

/** A unit's target for a metric and period; the same unit, metric and period again changes it. */
export function TargetForm({ target, onClose, onSaved }: { target: TargetRow | null; onClose: () => void; onSaved: () => void }) {
  const t = useT(targetMessages);
  const ownUnit = useSession()?.user.unit ?? '';
  const form = useMutationForm(SET_TARGET);
  const year = today().slice(0, 4);
  const [v, setV] = useState({
    unitCode: target?.unit.code ?? ownUnit,
    metric: target?.metric ?? ('ONLINE_SHARE' as TargetMetric),
    periodStart: target?.periodStart ?? `${year}-01-01`,
    periodEnd: target?.periodEnd ?? `${year}-12-31`,
    value: target ? String(target.metric === 'ONLINE_SHARE' ? Math.round(target.targetValue * 1000) / 10 : target.targetValue) : '',
    note: target?.note ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const share = v.metric === 'ONLINE_SHARE';
  const number = Number(v.value.replace(',', '.'));
  const valid = v.value !== '' && Number.isFinite(number) && number > 0;

  async function submit() {
    setSubmitted(true);
    if (!valid || !v.unitCode) return;
    const done = await form.run({
      input: { unitCode: v.unitCode, metric: v.metric, periodStart: v.periodStart, periodEnd: v.periodEnd, targetValue: share ? number / 100 : number, note: v.note.trim() || null },
    });
    if (done) onSaved();
  }

  return (
    <FormDialog open size="normal" title={t('targets.set')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <UnitSelectField label={t('form.unit')} value={v.unitCode} onChange={(unitCode) => set({ unitCode })} error={form.fieldError('unitCode')} />
      <SelectField label={t('form.metric')} value={v.metric} onChange={(e) => set({ metric: e.target.value as TargetMetric })}>
        <Options values={METRICS} label={(m) => t(`metric.${m}`)} />
      </SelectField>
      <div className={styles.row}>
        <TextField
          type="date"
          label={t('form.periodStart')}
          value={v.periodStart}
          onChange={(e) => set({ periodStart: e.target.value })}
          error={form.fieldError('periodStart') ?? form.fieldError('from')}
          required
        />
        <TextField
          type="date"
          label={t('form.periodEnd')}
          value={v.periodEnd}
          onChange={(e) => set({ periodEnd: e.target.value })}
          error={form.fieldError('periodEnd') ?? form.fieldError('to')}
          required
        />
      </div>
      <TextField
        type="number"
        inputMode="decimal"
        min={0}
        max={share ? 100 : undefined}
        step={share ? 0.1 : 1}
        label={share ? t('form.valueShare') : t('form.valuePeople')}
        value={v.value}
        onChange={(e) => set({ value: e.target.value })}
        error={(submitted && !valid ? t('form.valueInvalid') : null) ?? form.fieldError('targetValue')}
        required
      />
      <TextAreaField label={t('form.note')} hint={t('form.optional')} value={v.note} maxLength={1000} onChange={(e) => set({ note: e.target.value })} />
    </FormDialog>
  );
}
