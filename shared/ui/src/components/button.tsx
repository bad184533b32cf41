import type { ButtonHTMLAttributes } from 'react';
import styles from './button.module.css';
import { classNames } from './class-names';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `danger`: an action that cannot be undone (refuse, stop); it still asks for confirmation first. */
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'normal' | 'small';
  /** Full width, e.g. the main action of a form on a phone. */
  block?: boolean;
  /** Shows a spinner and blocks clicks while an action runs. */
  busy?: boolean;
}

export function Button({ variant = 'primary', size = 'normal', block = false, busy = false, type = 'button', className, disabled, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={classNames(styles.button, styles[variant], size === 'small' && styles.small, block && styles.block, className)}
    >
      {busy && <span className={styles.spinner} aria-hidden="true" />}
      {children}
    </button>
  );
}
