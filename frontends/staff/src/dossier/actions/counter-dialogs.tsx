import { Alert, Link, SelectField, TextAreaField, TextField, formatVnd, useLang, useT } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { COUNTER_QUOTE, RECORD_CASH } from '../../payments/staff-payments.queries';
import { calloutText } from '../../pickup-board/callout';
import { staffPaths } from '../../staff.routes';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { BOARD_ENTRY, CALL_FOR_PICKUP, REPORT_POSTAL_DELIVERY, RETURN_RESULT, WAIVE_FEE } from './dossier-actions.mutations';
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
  // The board's own naming (masked name, code tail), so the preview is the sentence the hall will show and hear.
  const [entry] = useQuery({ query: BOARD_ENTRY, variables: { code: dossier.code } });
  const boardEntry = entry.data?.dossier?.boardEntry;

  async function submit() {
    window.localStorage.setItem(COUNTER_KEY, String(counter));
    const done = await action.run({ code: dossier.code, counter });
    if (done) onDone(t('pickup.done', { counter }));
  }

  return (
    <ActionDialogFrame title={t('pickup.title')} submitLabel={t('button.callForPickup')} busy={action.busy} error={action.error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <SelectField label={t('pickup.counter')} value={String(counter)} onChange={(event) => setCounter(Number(event.target.value))}>
        {Array.from({ length: counters }, (_, index) => index + 1).map((value) => (
          <option key={value} value={value}>
            {t('pickup.counterOption', { counter: value })}
          </option>
        ))}
      </SelectField>
      <p className={styles.intro}>{t('pickup.preview')}</p>
      <p className={styles.callout} lang="vi" aria-busy={!boardEntry}>
        {boardEntry ? calloutText({ ...boardEntry, counter }) : '…'}
      </p>
      <Link href={staffPaths.board(dossier.currentUnit.code)} target="_blank" rel="noopener">
        {t('pickup.board')} ↗
      </Link>
    </ActionDialogFrame>
  );
}

/** The payment reaches the dossier through the outbox within a second or so: the hand-over waits for it, briefly. */
const PAYMENT_WAIT_MS = 400;
const PAYMENT_WAIT_TRIES = 25;

function isFeeDue(error: CombinedError | undefined): boolean {
  return Boolean(error?.graphQLErrors.some((e) => (e.extensions?.details as { reason?: string } | undefined)?.reason === 'FEE_DUE'));
}

/**
 * "Trả kết quả": while a fee is due, the same dialog takes it in cash or records a waiver with its reason, then
 * hands the result over; the service refuses a hand-over with the fee unsettled.
 */
export function ReturnResultDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const lang = useLang();
  const feeDue = dossier.feeStatus === 'DUE';
  const [quote] = useQuery({ query: COUNTER_QUOTE, variables: { code: dossier.code, pages: null, copies: null }, pause: !feeDue, requestPolicy: 'network-only' });
  const [cashState, recordCash] = useMutation(RECORD_CASH);
  const [waiveState, waiveFee] = useMutation(WAIVE_FEE);
  const [returnState, returnResult] = useMutation(RETURN_RESULT);
  const [receivedBy, setReceivedBy] = useState(dossier.applicant?.fullName ?? '');
  const [settle, setSettle] = useState<'CASH' | 'WAIVE'>('CASH');
  const [waiverReason, setWaiverReason] = useState('');
  const [waiting, setWaiting] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const invalid = receivedBy.trim().length < 2;
  const waiverInvalid = feeDue && settle === 'WAIVE' && waiverReason.trim().length < 5;
  const total = quote.data?.paymentQuote.totalVnd;
  const amount = total != null ? formatVnd(total, lang) : '';

  async function handOver(): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      const result = await returnResult({ code: dossier.code, receivedBy: receivedBy.trim() });
      if (!isFeeDue(result.error) || attempt >= PAYMENT_WAIT_TRIES) return !result.error;
      setWaiting(true);
      await new Promise((resolve) => setTimeout(resolve, PAYMENT_WAIT_MS));
    }
  }

  async function submit() {
    setSubmitted(true);
    if (invalid || waiverInvalid) return;
    let paid: { amount: number; receiptNumber: string | null } | null = null;
    if (feeDue && settle === 'CASH') {
      const cash = await recordCash({ code: dossier.code, pages: null, copies: null });
      if (cash.error || !cash.data) return;
      paid = cash.data.recordCashPayment;
    }
    if (feeDue && settle === 'WAIVE' && (await waiveFee({ code: dossier.code, reason: waiverReason.trim() })).error) return;
    const done = await handOver();
    setWaiting(false);
    if (done) onDone(paid ? t('return.cashDone', { amount: formatVnd(paid.amount, lang), number: paid.receiptNumber ?? '' }) : t('return.done'));
  }

  return (
    <ActionDialogFrame
      title={t('return.title')}
      submitLabel={t('button.returnResult')}
      busy={cashState.fetching || waiveState.fetching || returnState.fetching || waiting}
      error={cashState.error ?? waiveState.error ?? (isFeeDue(returnState.error) && waiting ? null : returnState.error) ?? null}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {feeDue && (
        <>
          <Alert tone="warning" title={total != null ? t('return.feeDue', { amount }) : t('return.feeDueUnknown')} />
          <SelectField label={t('return.settle')} value={settle} onChange={(event) => setSettle(event.target.value as 'CASH' | 'WAIVE')}>
            <option value="CASH">{total != null ? t('return.settleCash', { amount }) : t('return.settleCashUnknown')}</option>
            <option value="WAIVE">{t('return.settleWaive')}</option>
          </SelectField>
          {settle === 'WAIVE' && (
            <TextAreaField
              label={t('return.waiveReason')}
              hint={t('return.waiveReasonHint')}
              value={waiverReason}
              maxLength={500}
              onChange={(event) => setWaiverReason(event.target.value)}
              error={submitted && waiverInvalid ? t('actions.required') : null}
              required
            />
          )}
          {waiting && <p role="status">{t('return.waitingForPayment')}</p>}
        </>
      )}
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
    <ActionDialogFrame title={t('postal.title')} submitLabel={t('button.reportPostalDelivery')} busy={action.busy} error={action.error} onSubmit={submit} onClose={onClose} onReload={onReload}>
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
