import { Button, Dialog, ErrorAlert, TextAreaField, useT } from '@motcua/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { myDossiersMessages } from './my-dossiers.messages';
import styles from './my-dossier.module.css';
import { STOP_PROCESSING, WITHDRAW_DOSSIER, type MyDossier } from './my-dossiers.queries';

type Ending = 'withdraw' | 'stop';

/** Withdraw before processing, or ask to stop during it: both end the dossier, so each asks first. */
export function EndDossierActions({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const [open, setOpen] = useState<Ending | null>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [withdrawState, withdraw] = useMutation(WITHDRAW_DOSSIER);
  const [stopState, stop] = useMutation(STOP_PROCESSING);
  const canWithdraw = dossier.availableActions.includes('WITHDRAW');
  const canStop = dossier.availableActions.includes('STOP');
  if (!canWithdraw && !canStop) return null;

  const busy = withdrawState.fetching || stopState.fetching;
  const error = open === 'withdraw' ? withdrawState.error : stopState.error;

  function openDialog(ending: Ending) {
    setReason('');
    setMissing(false);
    setOpen(ending);
  }

  async function confirm() {
    const text = reason.trim();
    if (open === 'stop' && !text) return setMissing(true);
    const result = open === 'withdraw' ? await withdraw({ code: dossier.code, reason: text || null }) : await stop({ code: dossier.code, reason: text });
    if (!result.error) setOpen(null);
  }

  return (
    <div className={styles.endActions}>
      {canWithdraw && (
        <Button variant="secondary" onClick={() => openDialog('withdraw')}>
          {t('withdraw')}
        </Button>
      )}
      {canStop && (
        <Button variant="secondary" onClick={() => openDialog('stop')}>
          {t('stop')}
        </Button>
      )}
      <Dialog
        open={open !== null}
        title={open === 'stop' ? t('stopTitle') : t('withdrawTitle')}
        tone="danger"
        busy={busy}
        onClose={() => setOpen(null)}
        onSubmit={confirm}
        footer={
          <>
            <Button variant="secondary" onClick={() => setOpen(null)} disabled={busy}>
              {t('cancel')}
            </Button>
            <Button type="submit" busy={busy}>
              {open === 'stop' ? t('stopConfirm') : t('withdrawConfirm')}
            </Button>
          </>
        }
      >
        <p className={styles.dialogText}>{open === 'stop' ? t('stopIntro') : t('withdrawIntro')}</p>
        <TextAreaField
          label={open === 'stop' ? `${t('stopReason')} *` : t('withdrawReason')}
          name="reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={missing ? t('reasonRequired') : null}
          maxLength={500}
        />
        {error && <ErrorAlert error={error} />}
      </Dialog>
    </div>
  );
}
