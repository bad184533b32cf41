import { useId, type InputHTMLAttributes } from 'react';
import { classNames } from './class-names';
import styles from './text-field.module.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  hint?: string;
  /** Shown under the field and tied to it, so a screen reader reads it with the field. */
  error?: string | null;
}

export function TextField({ label, hint, error, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames(styles.field, className)}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      <input
        {...input}
        id={id}
        className={classNames(styles.input, error && styles.invalid)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      />
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}

/** A count (people, accounts, dossiers, pages): a whole number from 0, typed on the phone's digit keypad. */
export function CountField(props: Omit<TextFieldProps, 'type' | 'inputMode' | 'min' | 'step'>) {
  return <TextField {...props} type="number" inputMode="numeric" min={0} step={1} />;
}
