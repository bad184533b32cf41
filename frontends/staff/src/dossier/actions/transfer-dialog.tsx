import { Alert, SelectField, TextAreaField, useLang, useT } from '@motcua/ui';
import { useState } from 'react';
import type { StaffDossier, UnitRef } from '../dossier.query';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { TRANSFER_DOSSIER } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

/**
 * Where a dossier may go from the unit holding it (the service checks the same rule): from a commune, its province
 * (the provincial body) or another commune of the province; from the province, one of its communes.
 */
export function transferTargets(current: StaffDossier['currentUnit']): UnitRef[] {
  if (current.level === 'PROVINCE') return current.children.filter((unit) => unit.level === 'COMMUNE');
  if (current.level !== 'COMMUNE' || !current.parent) return [];
  return [current.parent, ...current.parent.children.filter((unit) => unit.level === 'COMMUNE' && unit.code !== current.code)];
}

export function TransferDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const lang = useLang();
  const action = useAction(TRANSFER_DOSSIER);
  const targets = transferTargets(dossier.currentUnit);
  const [toUnitCode, setToUnitCode] = useState(targets.length === 1 ? targets[0]!.code : '');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const name = (unit: { name: string; nameEn: string }) => (lang === 'en' ? unit.nameEn : unit.name);

  async function submit() {
    setSubmitted(true);
    if (!toUnitCode) return;
    const done = await action.run({ code: dossier.code, toUnitCode, note: note.trim() || null });
    const target = targets.find((unit) => unit.code === toUnitCode);
    if (done) onDone(t('transfer.done', { unit: target ? name(target) : toUnitCode }));
  }

  return (
    <ActionDialogFrame
      title={t('transfer.title')}
      submitLabel={t('button.transfer')}
      busy={action.busy}
      blocked={targets.length === 0}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {targets.length === 0 ? (
        <Alert tone="warning">{t('transfer.noTarget')}</Alert>
      ) : (
        <SelectField label={t('transfer.unit')} value={toUnitCode} onChange={(event) => setToUnitCode(event.target.value)} error={submitted && !toUnitCode ? t('actions.required') : null} required>
          <option value="">{t('transfer.choose')}</option>
          {targets.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {name(unit)} ({unit.code})
            </option>
          ))}
        </SelectField>
      )}
      <p className={styles.intro}>{t('transfer.clock')}</p>
      <TextAreaField label={t('transfer.note')} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
    </ActionDialogFrame>
  );
}
