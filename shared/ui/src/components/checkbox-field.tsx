import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { classNames } from './class-names';
import own from './choice-fields.module.css';
import styles from './text-field.module.css';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: ReactNode;
  error?: string | null;
}

/** A checkbox with its label beside it (the whole label is the target) and an error under it. */
export function CheckboxField({ label, error, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames(styles.field, className)}>
      <div className={classNames(own.checkRow, error && own.checkInvalid)}>
        <input {...input} id={id} type="checkbox" className={own.check} aria-invalid={error ? true : undefined} aria-describedby={errorId} />
        <label htmlFor={id} className={own.checkLabel}>
          {label}
        </label>
      </div>
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
