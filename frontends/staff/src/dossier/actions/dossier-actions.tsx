import { Button, Card, useSession, useT } from '@motcua/ui';
import { useState, type ComponentType } from 'react';
import type { StaffDossier } from '../dossier.query';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { AnswerSupplementDialog } from './answer-supplement-dialog';
import { ApologyDialog } from './apology-dialog';
import { ApproveDialog } from './approve-dialog';
import { AssignDialog } from './assign-dialog';
import { CallForPickupDialog, PostalDeliveryDialog, ReturnResultDialog } from './counter-dialogs';
import { staffActionsFor, type ActionKind } from './staff-actions';
import { SupplementRequestDialog } from './supplement-request-dialog';
import { TextAction, isTextAction } from './text-action-dialogs';
import { TransferDialog } from './transfer-dialog';
import type { ActionDialogProps } from './use-action';

const DIALOGS: Partial<Record<ActionKind, ComponentType<ActionDialogProps>>> = {
  approve: ApproveDialog,
  assign: AssignDialog,
  callForPickup: CallForPickupDialog,
  returnResult: ReturnResultDialog,
  reportPostalDelivery: PostalDeliveryDialog,
  transfer: TransferDialog,
  answerSupplement: AnswerSupplementDialog,
  requestSupplement: SupplementRequestDialog,
  apologise: ApologyDialog,
};

/** The action panel: one button per thing the officer may do now; each opens its dialog (which confirms it). */
export function DossierActions({ dossier, onDone, onReload }: { dossier: StaffDossier; onDone: (notice: string) => void; onReload: () => void }) {
  const t = useT(actionMessages);
  const roles = useSession()?.user.roles ?? [];
  const [open, setOpen] = useState<ActionKind | null>(null);
  const buttons = staffActionsFor(dossier, roles);
  const close = () => setOpen(null);
  const props: ActionDialogProps = {
    dossier,
    onClose: close,
    onDone: (notice) => {
      setOpen(null);
      onDone(notice);
    },
    onReload: () => {
      setOpen(null);
      onReload();
    },
  };
  const Dialog = open && !isTextAction(open) ? DIALOGS[open] : undefined;

  return (
    <Card title={t('actions.heading')}>
      {buttons.length === 0 ? (
        <p className={styles.none}>{t('actions.none')}</p>
      ) : (
        <div className={styles.panel}>
          {buttons.map((button) => (
            <Button key={button.kind} variant={button.tone} onClick={() => setOpen(button.kind)} aria-haspopup="dialog">
              {t(`button.${button.kind}`)}
            </Button>
          ))}
        </div>
      )}
      {open && isTextAction(open) && <TextAction kind={open} {...props} />}
      {Dialog && <Dialog {...props} />}
    </Card>
  );
}
