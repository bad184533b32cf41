import { useEffect, useId, useRef, type FormEvent, type ReactNode, type SyntheticEvent } from 'react';
import { defineMessages, useT } from '../i18n/i18n';
import { classNames } from './class-names';
import styles from './dialog.module.css';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Escape, the × button or a cancel button: the caller sets `open` to false. */
  onClose: () => void;
  /** When given, the body is a <form> and Enter in a field submits it. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The buttons under the body (a cancel button and the main action). */
  footer?: ReactNode;
  /** `danger`: the action cannot be undone (refuse, stop, withdraw); the dialog says so with a red edge. */
  tone?: 'normal' | 'danger';
  size?: 'normal' | 'wide';
  /** While an action runs the dialog cannot be dismissed, so its result is not lost. */
  busy?: boolean;
  children: ReactNode;
}

const messages = defineMessages({ vi: { 'dialog.close': 'Đóng' }, en: { 'dialog.close': 'Close' } });

/**
 * A modal <dialog>: the browser traps focus, closes on Escape and gives focus back to the button that opened it.
 * The content is mounted only while open, so each opening starts with an empty form; focus goes to the first field
 * (or the first button of the footer) rather than to the × button.
 */
export function Dialog({ open, title, onClose, onSubmit, footer, tone = 'normal', size = 'normal', busy = false, children }: DialogProps) {
  const t = useT(messages);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    // The button that opened the dialog gets focus back, also when the dialog unmounts while open (the caller
    // removes it on success or cancel) — the browser only does that for close().
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    const first =
      element.querySelector<HTMLElement>('[data-dialog-body] :is(input, select, textarea, button):not([disabled])') ??
      element.querySelector<HTMLElement>('[data-dialog-footer] button:not([disabled])');
    first?.focus();
    return () => {
      if (element.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, [open]);

  function onCancel(event: SyntheticEvent<HTMLDialogElement>) {
    // Escape: keep the dialog while busy; otherwise let the caller close it (the state stays the source of truth).
    event.preventDefault();
    if (!busy) onClose();
  }

  const content = (
    <>
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        <button type="button" className={styles.close} aria-label={t('dialog.close')} onClick={onClose} disabled={busy}>
          ×
        </button>
      </div>
      <div className={styles.body} data-dialog-body="">
        {children}
      </div>
      {footer && (
        <div className={styles.footer} data-dialog-footer="">
          {footer}
        </div>
      )}
    </>
  );

  return (
    <dialog
      ref={dialog}
      className={classNames(styles.dialog, size === 'wide' && styles.wide, tone === 'danger' && styles.danger)}
      aria-labelledby={titleId}
      aria-busy={busy || undefined}
      onCancel={onCancel}
    >
      {open &&
        (onSubmit ? (
          <form
            className={styles.form}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!busy) onSubmit(event);
            }}
          >
            {content}
          </form>
        ) : (
          <div className={styles.form}>{content}</div>
        ))}
    </dialog>
  );
}
