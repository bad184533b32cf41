import { Alert, SelectField, Spinner, TextAreaField, useT } from '@motcua/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import { ASSIGN_HANDLER, UNIT_HANDLERS } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

/** Phân công xử lý: the dossier goes to one of the handlers of the unit holding it. */
export function AssignDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const action = useAction(ASSIGN_HANDLER);
  const [{ data, fetching, error }] = useQuery({ query: UNIT_HANDLERS, requestPolicy: 'network-only' });
  const handlers = data?.unitHandlers ?? [];
  const [handlerSubject, setHandlerSubject] = useState('');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);

  async function submit() {
    setSubmitted(true);
    if (!handlerSubject) return;
    const done = await action.run({ code: dossier.code, handlerSubject, note: note.trim() || null });
    const handler = handlers.find((h) => h.subject === handlerSubject);
    if (done) onDone(t('assign.done', { name: handler?.fullName ?? handlerSubject }));
  }

  return (
    <ActionDialogFrame
      title={t('assign.title')}
      submitLabel={t('button.assign')}
      busy={action.busy}
      blocked={!fetching && handlers.length === 0}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {fetching && <Spinner label={t('assign.loading')} />}
      {error && <Alert tone="error">{t('assign.loadFailed')}</Alert>}
      {!fetching && !error && handlers.length === 0 && <Alert tone="warning">{t('assign.none')}</Alert>}
      {handlers.length > 0 && (
        <SelectField
          // The list arrives after the dialog opened (and focused the note): the choice is what comes first.
          autoFocus
          label={t('assign.handler')}
          value={handlerSubject}
          onChange={(event) => setHandlerSubject(event.target.value)}
          error={submitted && !handlerSubject ? t('actions.required') : null}
          required
        >
          <option value="">{t('assign.choose')}</option>
          {handlers.map((h) => (
            <option key={h.subject} value={h.subject}>
              {h.fullName}
              {dossier.handlerName === h.fullName ? ` — ${t('assign.current')}` : ''}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField label={t('assign.note')} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
    </ActionDialogFrame>
  );
}
