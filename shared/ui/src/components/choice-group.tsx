import { useId, type ReactNode } from 'react';
import { classNames } from './class-names';
import own from './choice-fields.module.css';
import styles from './text-field.module.css';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

export interface ChoiceGroupProps<V extends string> {
  legend: ReactNode;
  /** The radio buttons' shared name. */
  name: string;
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | null;
  className?: string;
}

/** Radio buttons in a <fieldset>: arrow keys move between them, the legend names the group. */
export function ChoiceGroup<V extends string>({ legend, name, choices, value, onChange, error, className }: ChoiceGroupProps<V>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={classNames(own.group, className)} aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className={classNames(styles.label, own.legend)}>{legend}</legend>
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
      <div className={own.choices}>
        {choices.map((choice) => {
          const choiceId = `${id}-${choice.value}`;
          return (
            <div key={choice.value} className={classNames(own.choice, choice.value === value && own.chosen)}>
              <input
                id={choiceId}
                type="radio"
                className={own.check}
                name={name}
                value={choice.value}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
                aria-describedby={choice.description ? `${choiceId}-description` : undefined}
              />
              <label htmlFor={choiceId} className={own.checkLabel}>
                <span className={own.choiceLabel}>{choice.label}</span>
                {/* Hidden from the label's name (it would run into it), read as the radio's description instead. */}
                {choice.description && (
                  <span id={`${choiceId}-description`} className={own.choiceDescription} aria-hidden="true">
                    {choice.description}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
