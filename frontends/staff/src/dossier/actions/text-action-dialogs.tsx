import { TextAreaField, useT } from '@motcua/ui';
import { useState } from 'react';
import type { TypedDocumentNode } from 'urql';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { RECEIVE_DOSSIER, RECORD_STEP, REFUSE_DOSSIER, START_PROCESSING, STOP_PROCESSING, WITHDRAW_DOSSIER } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

type Messages = typeof actionMessages.vi;
/** Keys of plain-text messages (no parameters). */
type Key = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages] & string;

interface TextActionConfig {
  title: Key;
  submit: Key;
  done: Key;
  /** The text field, if the action takes one. */
  field?: { label: Key; hint?: Key; required: boolean };
  intro?: Key;
  tone?: 'normal' | 'danger';
  // Each mutation takes the code and at most one text; the adapter names it.
  mutation: TypedDocumentNode<unknown, never>;
  variables: (code: string, text: string | null) => Record<string, unknown>;
}

/** The actions that take the code and, at most, one text: a note, or the reason for a refusal. */
function TextActionDialog({ config, dossier, onClose, onDone, onReload }: ActionDialogProps & { config: TextActionConfig }) {
  const t = useT(actionMessages);
  const action = useAction(config.mutation as TypedDocumentNode<unknown, Record<string, unknown>>);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const missing = submitted && config.field?.required && !text.trim();

  async function submit() {
    setSubmitted(true);
    if (config.field?.required && !text.trim()) return;
    const done = await action.run(config.variables(dossier.code, text.trim() || null));
    if (done) onDone(t(config.done));
  }

  return (
    <ActionDialogFrame title={t(config.title)} submitLabel={t(config.submit)} tone={config.tone} busy={action.busy} error={action.error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      {config.intro && <p className={styles.intro}>{t(config.intro)}</p>}
      {config.field && (
        <TextAreaField
          label={t(config.field.label)}
          hint={config.field.hint ? t(config.field.hint) : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          required={config.field.required}
          error={missing ? t('actions.required') : null}
          maxLength={1000}
        />
      )}
    </ActionDialogFrame>
  );
}

const as = <D, V>(mutation: TypedDocumentNode<D, V>) => mutation as unknown as TypedDocumentNode<unknown, never>;

const CONFIGS = {
  receive: {
    title: 'receive.title',
    submit: 'button.receive',
    done: 'receive.done',
    intro: 'receive.body',
    mutation: as(RECEIVE_DOSSIER),
    variables: (code) => ({ code }),
  },
  startProcessing: {
    title: 'start.title',
    submit: 'button.startProcessing',
    done: 'start.done',
    field: { label: 'start.note', required: false },
    mutation: as(START_PROCESSING),
    variables: (code, note) => ({ code, note }),
  },
  recordStep: {
    title: 'step.title',
    submit: 'button.recordStep',
    done: 'step.done',
    field: { label: 'step.note', hint: 'step.hint', required: true },
    mutation: as(RECORD_STEP),
    variables: (code, note) => ({ code, note }),
  },
  refuse: {
    title: 'refuse.title',
    submit: 'refuse.confirm',
    done: 'refuse.done',
    tone: 'danger',
    field: { label: 'refuse.reason', hint: 'refuse.hint', required: true },
    mutation: as(REFUSE_DOSSIER),
    variables: (code, reason) => ({ code, reason }),
  },
  stop: {
    title: 'stop.title',
    submit: 'stop.confirm',
    done: 'stop.done',
    tone: 'danger',
    field: { label: 'stop.reason', required: true },
    mutation: as(STOP_PROCESSING),
    variables: (code, reason) => ({ code, reason }),
  },
  withdraw: {
    title: 'withdraw.title',
    submit: 'withdraw.confirm',
    done: 'withdraw.done',
    tone: 'danger',
    field: { label: 'withdraw.reason', required: false },
    mutation: as(WITHDRAW_DOSSIER),
    variables: (code, reason) => ({ code, reason }),
  },
} satisfies Record<string, TextActionConfig>;

export type TextActionKind = keyof typeof CONFIGS;

export function isTextAction(kind: string): kind is TextActionKind {
  return kind in CONFIGS;
}

export function TextAction({ kind, ...props }: ActionDialogProps & { kind: TextActionKind }) {
  return <TextActionDialog config={CONFIGS[kind]} {...props} />;
}
