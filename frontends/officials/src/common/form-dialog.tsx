import { Button, Dialog, ErrorAlert, useT } from '@motcua/ui';
import type { ReactNode } from 'react';
import { officialsMessages } from '../officials.messages';
import styles from './records.module.css';

export interface FormDialogProps {
  open: boolean;
  title: string;
  submitLabel?: string;
  busy: boolean;
  /** A server error to show above the fields (its fields are also marked where they are). */
  error: unknown;
  onSubmit: () => void;
  onClose: () => void;
  size?: 'normal' | 'wide';
  children: ReactNode;
}

/** A form in a modal dialog: Enter submits, Escape cancels, the server's error shows in both languages with its code. */
export function FormDialog({ open, title, submitLabel, busy, error, onSubmit, onClose, size = 'wide', children }: FormDialogProps) {
  const t = useT(officialsMessages);
  return (
    <Dialog
      open={open}
      title={title}
      size={size}
      busy={busy}
      onClose={onClose}
      onSubmit={onSubmit}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" busy={busy}>
            {busy ? t('form.saving') : (submitLabel ?? t('form.save'))}
          </Button>
        </>
      }
    >
      <div className={styles.form}>
        {error !== null && error !== undefined && <ErrorAlert error={error} />}
        {children}
      </div>
    </Dialog>
  );
}
