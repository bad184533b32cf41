import { LoginForm, useT } from '@motcua/ui';
import { useEffect, useRef } from 'react';
import { rootMessages } from '../root.messages';
import styles from './layout.module.css';

/** The sign-in form in a modal <dialog>: the browser traps focus, closes on Escape and restores focus. */
export function LoginDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT(rootMessages);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // showModal focuses the first focusable element (the close button); the user came to type their name.
      element.querySelector('input')?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby="login-dialog-title" onClose={onClose}>
      <div className={styles.dialogHeader}>
        <h2 id="login-dialog-title" className={styles.dialogTitle}>
          {t('login.title')}
        </h2>
        <button type="button" className={styles.dialogClose} aria-label={t('login.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {/* Mounted only while open, so each opening starts with an empty form. */}
      {open && <LoginForm onSignedIn={onClose} />}
    </dialog>
  );
}
