import { Link, SelectField, TextField, dossierCodeTail, useT } from '@motcua/ui';
import { useState } from 'react';
import { calloutText } from '../../pickup-board/callout';
import { staffPaths } from '../../staff.routes';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { CALL_FOR_PICKUP, REPORT_POSTAL_DELIVERY, RETURN_RESULT } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

const COUNTER_KEY = 'motcua.staff.counter';

/** The officer's counter, remembered on this computer: one officer sits at one counter all day. */
function rememberedCounter(counters: number): number {
  const stored = Number(window.localStorage.getItem(COUNTER_KEY));
  return Number.isInteger(stored) && stored >= 1 && stored <= counters ? stored : 1;
}

export function CallForPickupDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const action = useAction(CALL_FOR_PICKUP);
  const counters = Math.max(1, dossier.agency.counters);
  const [counter, setCounter] = useState(() => rememberedCounter(counters));

  async function submit() {
    window.localStorage.setItem(COUNTER_KEY, String(counter));
    const done = await action.run({ code: dossier.code, counter });
    if (done) onDone(t('pickup.done', { counter }));
  }

  return (
    <ActionDialogFrame
      title={t('pickup.title')}
      submitLabel={t('button.callForPickup')}
      busy={action.busy}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <SelectField label={t('pickup.counter')} value={String(counter)} onChange={(event) => setCounter(Number(event.target.value))}>
        {Array.from({ length: counters }, (_, index) => index + 1).map((value) => (
          <option key={value} value={value}>
            {t('pickup.counterOption', { counter: value })}
          </option>
        ))}
      </SelectField>
      <p className={styles.intro}>{t('pickup.preview')}</p>
      <p className={styles.callout} lang="vi">
        {calloutText({ codeTail: dossierCodeTail(dossier.code), counter })}
      </p>
      <Link href={staffPaths.board(dossier.currentUnit.code)} target="_blank" rel="noopener">
        {t('pickup.board')} ↗
      </Link>
    </ActionDialogFrame>
  );
}

export function ReturnResultDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const action = useAction(RETURN_RESULT);
  const [receivedBy, setReceivedBy] = useState(dossier.applicant?.fullName ?? '');
  const [submitted, setSubmitted] = useState(false);
  const invalid = receivedBy.trim().length < 2;

  async function submit() {
    setSubmitted(true);
    if (invalid) return;
    const done = await action.run({ code: dossier.code, receivedBy: receivedBy.trim() });
    if (done) onDone(t('return.done'));
  }

  return (
    <ActionDialogFrame
      title={t('return.title')}
      submitLabel={t('button.returnResult')}
      busy={action.busy}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextField
        label={t('return.receivedBy')}
        hint={t('return.receivedByHint')}
        value={receivedBy}
        autoComplete="off"
        maxLength={100}
        onChange={(event) => setReceivedBy(event.target.value)}
        error={submitted && invalid ? t('actions.required') : null}
        required
      />
    </ActionDialogFrame>
  );
}

export function PostalDeliveryDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const action = useAction(REPORT_POSTAL_DELIVERY);
  const [trackingNumber, setTrackingNumber] = useState(dossier.postalTrackingNumber ?? '');
  const [receivedBy, setReceivedBy] = useState(dossier.applicant?.fullName ?? '');
  const [submitted, setSubmitted] = useState(false);

  async function submit() {
    setSubmitted(true);
    if (!trackingNumber.trim() || receivedBy.trim().length < 2) return;
    const done = await action.run({ trackingNumber: trackingNumber.trim(), receivedBy: receivedBy.trim() });
    if (done) onDone(t('postal.done'));
  }

  return (
    <ActionDialogFrame
      title={t('postal.title')}
      submitLabel={t('button.reportPostalDelivery')}
      busy={action.busy}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <p className={styles.intro}>{t('postal.intro')}</p>
      <TextField
        label={t('postal.tracking')}
        value={trackingNumber}
        onChange={(event) => setTrackingNumber(event.target.value)}
        error={submitted && !trackingNumber.trim() ? t('actions.required') : null}
        required
      />
      <TextField
        label={t('postal.receivedBy')}
        value={receivedBy}
        onChange={(event) => setReceivedBy(event.target.value)}
        error={submitted && receivedBy.trim().length < 2 ? t('actions.required') : null}
        required
      />
    </ActionDialogFrame>
  );
}
