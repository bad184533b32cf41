import { CheckboxField, SelectField, TextAreaField, TextField, useLang, useSession, useT, Options } from '@motcua/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { FormDialog } from '../common/form-dialog';
import { isoToLocalInput, localInputToIso } from '../common/local-time';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { useMutationForm } from '../common/use-mutation-form';
import { supportMessages } from './support.messages';
import { ANSWER_SUPPORT, CHANNELS, FORM_CHOICES, LOG_SUPPORT, OUTCOMES, RESOLVE_SUPPORT, type SupportChannel, type SupportOutcome, type SupportRequestRow } from './support.query';

/** Log an assisted contact: waiting in the inbox, or settled on the spot with its outcome. */
export function LogSupportDialog({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const t = useT(supportMessages);
  const lang = useLang();
  const ownUnit = useSession()?.user.unit ?? '';
  const form = useMutationForm(LOG_SUPPORT);
  const [{ data: choices }] = useQuery({ query: FORM_CHOICES });
  const [v, setV] = useState({
    unitCode: ownUnit,
    channel: 'HOTLINE' as SupportChannel,
    question: '',
    procedureCode: '',
    dossierCode: '',
    supportGroupId: '',
    receivedAt: isoToLocalInput(),
    settled: false,
    outcome: 'GUIDED' as SupportOutcome,
    answer: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const groups = choices?.supportGroups.nodes.filter((g) => g.unit.code === v.unitCode) ?? [];

  async function submit() {
    setSubmitted(true);
    const receivedAt = localInputToIso(v.receivedAt);
    if (!v.question.trim() || !v.unitCode || !receivedAt) return;
    const done = await form.run({
      input: {
        unitCode: v.unitCode,
        channel: v.channel,
        question: v.question.trim(),
        procedureCode: v.procedureCode || null,
        dossierCode: v.dossierCode.trim() || null,
        supportGroupId: v.channel === 'ZALO' && v.supportGroupId ? v.supportGroupId : null,
        receivedAt,
        answer: v.answer.trim() || null,
        outcome: v.settled ? v.outcome : null,
      },
    });
    if (done) onSaved();
  }

  return (
    <FormDialog open title={t('support.log')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <div className={styles.row}>
        <SelectField label={t('form.channel')} value={v.channel} onChange={(e) => set({ channel: e.target.value as SupportChannel })}>
          <Options values={CHANNELS} label={(c) => t(`channel.${c}`)} />
        </SelectField>
        <UnitSelectField label={t('form.unit')} value={v.unitCode} onChange={(unitCode) => set({ unitCode, supportGroupId: '' })} error={form.fieldError('unitCode')} />
      </div>
      <TextAreaField
        label={t('form.question')}
        hint={t('form.questionHint')}
        value={v.question}
        maxLength={2000}
        onChange={(e) => set({ question: e.target.value })}
        error={(submitted && !v.question.trim() ? t('form.required') : null) ?? form.fieldError('question')}
        required
      />
      <div className={styles.row}>
        <SelectField label={t('form.procedure')} value={v.procedureCode} onChange={(e) => set({ procedureCode: e.target.value })} error={form.fieldError('procedureCode')}>
          <option value="">{t('form.noProcedure')}</option>
          {choices?.procedures.nodes.map((p) => (
            <option key={p.code} value={p.code}>
              {lang === 'en' ? p.nameEn : p.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('form.dossierCode')}
          hint={t('form.optional')}
          value={v.dossierCode}
          maxLength={40}
          autoComplete="off"
          onChange={(e) => set({ dossierCode: e.target.value })}
          error={form.fieldError('dossierCode')}
        />
      </div>
      <div className={styles.row}>
        {v.channel === 'ZALO' && (
          <SelectField label={t('form.group')} value={v.supportGroupId} onChange={(e) => set({ supportGroupId: e.target.value })} error={form.fieldError('supportGroupId')}>
            <option value="">{t('form.noGroup')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField type="datetime-local" label={t('form.receivedAt')} value={v.receivedAt} onChange={(e) => set({ receivedAt: e.target.value })} error={form.fieldError('receivedAt')} />
      </div>
      <CheckboxField label={t('form.settled')} checked={v.settled} onChange={(e) => set({ settled: e.target.checked })} />
      {v.settled && (
        <SelectField label={t('form.outcome')} value={v.outcome} onChange={(e) => set({ outcome: e.target.value as SupportOutcome })}>
          <Options values={OUTCOMES} label={(o) => t(`outcome.${o}`)} />
        </SelectField>
      )}
      <TextAreaField label={t('form.answer')} hint={t('form.optional')} value={v.answer} maxLength={4000} onChange={(e) => set({ answer: e.target.value })} />
    </FormDialog>
  );
}

/** Answer a waiting contact, or close it with its outcome. */
export function SupportStepDialog({ request, step, onClose, onSaved }: { request: SupportRequestRow; step: 'answer' | 'resolve'; onClose: () => void; onSaved: () => void }) {
  const t = useT(supportMessages);
  const answerForm = useMutationForm(ANSWER_SUPPORT);
  const resolveForm = useMutationForm(RESOLVE_SUPPORT);
  const form = step === 'answer' ? answerForm : resolveForm;
  const [answer, setAnswer] = useState(request.answer ?? '');
  const [outcome, setOutcome] = useState<SupportOutcome>('GUIDED');
  const [submitted, setSubmitted] = useState(false);

  async function submit() {
    setSubmitted(true);
    if (step === 'answer') {
      if (!answer.trim()) return;
      if (await answerForm.run({ id: request.id, answer: answer.trim() })) onSaved();
    } else if (await resolveForm.run({ id: request.id, outcome, answer: answer.trim() || null })) {
      onSaved();
    }
  }

  return (
    <FormDialog open size="normal" title={step === 'answer' ? t('support.answerTitle') : t('support.resolveTitle')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <p className={styles.question} lang="vi">
        {request.question}
      </p>
      {step === 'resolve' && (
        <SelectField label={t('form.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as SupportOutcome)}>
          <Options values={OUTCOMES} label={(o) => t(`outcome.${o}`)} />
        </SelectField>
      )}
      <TextAreaField
        label={t('form.answer')}
        hint={step === 'resolve' ? t('form.optional') : undefined}
        value={answer}
        maxLength={4000}
        rows={4}
        onChange={(e) => setAnswer(e.target.value)}
        error={(submitted && step === 'answer' && !answer.trim() ? t('form.required') : null) ?? form.fieldError('answer')}
      />
    </FormDialog>
  );
}
