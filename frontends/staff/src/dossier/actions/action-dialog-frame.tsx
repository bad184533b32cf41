import { Alert, Button, Dialog, ErrorAlert, toDisplayErrors, useT } from '@motcua/ui';
import type { FormEvent, ReactNode } from 'react';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';

/** Errors after which the dossier on screen is out of date: another officer acted first, or the state moved on. */
const STALE_CODES = ['CONFLICT', 'INVALID_TRANSITION'];

export interface ActionDialogFrameProps {
  title: string;
  submitLabel: string;
  tone?: 'normal' | 'danger';
  size?: 'normal' | 'wide';
  busy: boolean;
  /** Disables the main button (e.g. while a file uploads). */
  blocked?: boolean;
  error: unknown;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  /** Re-reads the dossier (and closes the dialog), offered when the error says it is stale. */
  onReload: () => void;
  children: ReactNode;
}

/**
 * The frame every action dialog shares: the form, Cancel and the action's button, the error with its code, and for
 * CONFLICT / INVALID_TRANSITION the offer to reload. Destructive actions (`tone="danger"`) say they cannot be undone.
 */
export function ActionDialogFrame({ title, submitLabel, tone = 'normal', size, busy, blocked = false, error, onSubmit, onClose, onReload, children }: ActionDialogFrameProps) {
  const t = useT(actionMessages);
  const stale = error != null && toDisplayErrors(error).some((item) => STALE_CODES.includes(item.code));
  return (
    <Dialog
      open
      title={title}
      tone={tone}
      size={size}
      busy={busy}
      onClose={onClose}
      onSubmit={onSubmit}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" variant={tone === 'danger' ? 'danger' : 'primary'} busy={busy} disabled={blocked}>
            {submitLabel}
          </Button>
        </>
      }
    >
      {tone === 'danger' && <p className={styles.irreversible}>{t('actions.irreversible')}</p>}
      {children}
      {error != null && <ErrorAlert error={error} />}
      {stale && (
        <Alert tone="info" title={t('actions.staleTitle')}>
          <p>{t('actions.stale')}</p>
          <Button variant="secondary" size="small" onClick={onReload}>
            {t('actions.reload')}
          </Button>
        </Alert>
      )}
    </Dialog>
  );
}
