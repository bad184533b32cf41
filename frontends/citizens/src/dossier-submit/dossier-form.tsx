import { Alert, Button, CheckboxField, declarationTemplateUrl, ErrorAlert, formatDateTime, useLang, useT, validationProblems, type DeliveryMethod, type Session } from '@motcua/ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { applicantDefaults, DELETE_MY_PROFILE, fillEmpty, MY_PROFILE, SAVE_MY_PROFILE, type CitizenProfile } from '../common/citizen-profile';
import { DELIVERY_METHODS } from '../common/common.messages';
import { readDraft, removeDraft, writeDraft, type AttachedFile } from '../common/dossier-draft';
import { DocumentUpload } from '../common/document-upload';
import { choosesCompetentUnit, competentUnitCodeFor, useReceivingUnits } from '../common/receiving-units';
import { receivingMessages } from '../common/receiving-units.messages';
import type { ProcedureDetail } from '../procedure-detail/procedure.query';
import { draftFromState, emptyFormState, fieldOrder, madeByForm, stateFromDraft, validateForm, type DossierFormState, type FieldErrors } from './dossier-form.state';
import { FeeEstimate } from '../payments/fee-estimate';
import { asksFeeCounts, feeQuoteVariables, isVolunteer, toSubmitInput } from './dossier-input';
import { ErrorSummary, summaryLabels } from './error-summary';
import { FormProgress, progressItems } from './form-progress';
import { ApplicantFields, DeliveryFields, DocumentMeta, FormSection, ProcedureFormFields, UnitField, unitLabel } from './form-sections';
import { fieldErrorsFromServer } from './server-errors';
import styles from './submit-dossier.module.css';
import { submitMessages } from './submit.messages';
import { distinctFiles, MY_DIGITISED_FILES, SUBMIT_DOSSIER, type SubmittedDossier } from './submit.queries';

const AUTOSAVE_DELAY_MS = 800;

/** The online submission form, kept as a draft while it is filled in. */
export function DossierForm({ procedure, session, onSubmitted }: { procedure: ProcedureDetail; session: Session; onSubmitted: (dossier: SubmittedDossier) => void }) {
  const t = useT(submitMessages);
  const where = useT(receivingMessages);
  const lang = useLang();
  const english = lang === 'en';
  const volunteer = isVolunteer(session);
  const userId = session.user.id;

  // A citizen's own details start filled (kept details, else their sign-in's vouched identity); a volunteer's are
  // someone else's.
  function startState(kept: CitizenProfile | null): DossierFormState {
    const blank = emptyFormState(procedure, volunteer ? '' : session.user.name);
    return volunteer ? blank : { ...blank, applicant: fillEmpty(blank.applicant, applicantDefaults(session, kept)) };
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: the draft is read once, when the form opens.
  const initial = useMemo(() => {
    const empty = startState(null);
    const draft = readDraft(userId, procedure.code);
    return draft ? { state: stateFromDraft(procedure, draft, empty), restoredAt: draft.savedAt } : { state: empty, restoredAt: null };
  }, []);
  const [state, setState] = useState(initial.state);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(initial.restoredAt);
  const [saveNotice, setSaveNotice] = useState<string | null>(initial.restoredAt ? t('draftRestored', { at: formatDateTime(initial.restoredAt, lang) }) : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summaryShown, setSummaryShown] = useState(0);
  const [uploading, setUploading] = useState<string[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [{ fetching: submitting }, submitDossier] = useMutation(SUBMIT_DOSSIER);
  // A volunteer's uploads belong to many citizens: offering them again would invite attaching someone else's papers.
  const [digitised] = useQuery({ query: MY_DIGITISED_FILES, pause: volunteer });
  const digitisedFiles = useMemo(() => distinctFiles(digitised.data?.myDigitisedFiles ?? []), [digitised.data]);
  const [profileResult] = useQuery({ query: MY_PROFILE, pause: volunteer });
  const profile = profileResult.data?.myProfile ?? null;
  const [keepProfile, setKeepProfile] = useState(false);
  const [, saveProfile] = useMutation(SAVE_MY_PROFILE);
  const [, deleteProfile] = useMutation(DELETE_MY_PROFILE);
  const receiving = useReceivingUnits(procedure.code, procedure.settlingLevel);
  const form = useRef<HTMLFormElement>(null);
  const receivedAtProvince = receiving.units?.find((unit) => unit.code === state.unitCode)?.level === 'PROVINCE';
  const competentRequired = !!receiving.rules && choosesCompetentUnit(receiving.rules) && receivedAtProvince;

  // A procedure with one place to go (the provincial centre): choose it for the citizen.
  useEffect(() => {
    const only = receiving.units?.length === 1 ? receiving.units[0] : null;
    if (only && !state.unitCode) setState((previous) => ({ ...previous, unitCode: only.code }));
  }, [receiving.units, state.unitCode]);

  // The details the citizen chose to keep arrive after the form opens: they replace what the sign-in vouched for,
  // never what was typed or restored from a draft.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the profile has been read.
  useEffect(() => {
    if (!profileResult.data) return;
    setKeepProfile(!!profile);
    if (!profile) return;
    const defaults = applicantDefaults(session, profile);
    setState((previous) => ({ ...previous, applicant: dirty || initial.restoredAt ? fillEmpty(previous.applicant, defaults) : { ...previous.applicant, ...defaults } }));
  }, [profileResult.data]);

  // Autosave: a pause after any change writes the draft.
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => {
      if (writeDraft(userId, draftFromState(procedure, state))) setSavedAt(new Date().toISOString());
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [dirty, state, userId, procedure]);

  function update(patch: Partial<DossierFormState>, touched: string[]) {
    setState((previous) => ({ ...previous, ...patch }));
    setDirty(true);
    // A field being corrected loses its error; the others keep theirs until the next try.
    if (touched.some((name) => errors[name])) {
      setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([name]) => !touched.includes(name))));
    }
  }

  function changedKeys<V>(before: Record<string, V>, after: Record<string, V>, prefix: string): string[] {
    return Object.keys({ ...before, ...after })
      .filter((key) => before[key] !== after[key])
      .map((key) => `${prefix}.${key}`);
  }

  function attach(requirementId: string, file: AttachedFile | null) {
    const documents = { ...state.documents };
    if (file) documents[requirementId] = file;
    else delete documents[requirementId];
    update({ documents }, [`document.${requirementId}`]);
  }

  function saveNow() {
    const ok = writeDraft(userId, draftFromState(procedure, state));
    const at = new Date().toISOString();
    if (ok) setSavedAt(at);
    setSaveNotice(ok ? t('draftSavedAt', { at: formatDateTime(at, lang) }) : t('draftNotSaved'));
  }

  function discard() {
    if (!window.confirm(t('discardConfirm'))) return;
    removeDraft(userId, procedure.code);
    setState(startState(profile));
    setDirty(false);
    setSavedAt(null);
    setSaveNotice(null);
    setErrors({});
  }

  /** Keeps the applicant's details for next time when the citizen agreed; unticking withdraws the consent. */
  async function rememberApplicant() {
    const { idNumber, phone, address, email } = toSubmitInput(procedure, state, false).applicant;
    if (keepProfile) await saveProfile({ input: { idNumber, phone, address, email, consent: true } });
    else if (profile) await deleteProfile({});
  }

  function showErrors(next: FieldErrors) {
    setErrors(next);
    setSummaryShown((count) => count + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const problems = validateForm(procedure, state, { volunteer, uploading, competentRequired }, t);
    if (Object.keys(problems).length > 0) return showErrors(problems);
    const competentUnitCode = receiving.rules ? competentUnitCodeFor(receiving.rules, state.unitCode, state.competentUnitCode) : null;
    const result = await submitDossier({ input: { ...toSubmitInput(procedure, state, volunteer), competentUnitCode } });
    if (result.data?.submitDossier) {
      removeDraft(userId, procedure.code);
      if (!volunteer) await rememberApplicant();
      onSubmitted(result.data.submitDossier);
      return;
    }
    const validation = validationProblems(result.error);
    if (validation.length > 0) {
      return showErrors(
        fieldErrorsFromServer(validation, state, lang, {
          missingDocument: t('doc.missing'),
          notYours: t('doc.notYours'),
          required: t('error.required'),
          applicant: t('error.applicant'),
        }),
      );
    }
    setFailure(result.error ?? new Error('no data'));
  }

  const labels = summaryLabels(procedure, { volunteer, english, unitLabel: unitLabel(receiving.rules, where), competentLabel: where('competent.label') }, t);
  const quoteVariables = feeQuoteVariables(procedure, state);
  const methods = DELIVERY_METHODS.filter((method) => method !== 'ONLINE' || procedure.onlineLevel === 'FULL');
  let section = 0;
  const pending = validateForm(procedure, state, { volunteer, uploading, competentRequired }, t);
  const progress = progressItems(procedure, state, pending, volunteer, t);

  return (
    <div className={styles.formLayout}>
      <form ref={form} className={styles.form} onSubmit={onSubmit} noValidate aria-busy={submitting}>
        {volunteer && (
          <Alert tone="info" title={t('volunteerTitle')}>
            {t('volunteerIntro')}
          </Alert>
        )}
        <p className={styles.intro}>{t('intro')}</p>
        {saveNotice && <Alert tone="success">{saveNotice}</Alert>}
        <ErrorSummary key={summaryShown} show={summaryShown > 0} errors={errors} order={fieldOrder(procedure)} labels={labels} form={form} title={t('error.summaryTitle')} />

        <FormSection id="section-unit" number={++section} title={t('step.unit')}>
          {receiving.error && <ErrorAlert error={receiving.error} onRetry={receiving.retry} />}
          {receiving.rules && receiving.units ? (
            <UnitField
              rules={receiving.rules}
              units={receiving.units}
              communes={receiving.communes}
              value={state.unitCode}
              competent={state.competentUnitCode}
              onChange={(unitCode) => update({ unitCode, competentUnitCode: '' }, ['unitCode', 'competentUnitCode'])}
              onCompetentChange={(competentUnitCode) => update({ competentUnitCode }, ['competentUnitCode'])}
              errors={errors}
            />
          ) : (
            !receiving.error && <p className={styles.muted}>{t('loading')}</p>
          )}
        </FormSection>

        <FormSection id="section-applicant" number={++section} title={volunteer ? t('step.applicantVolunteer') : t('step.applicant')}>
          <ApplicantFields
            applicant={state.applicant}
            onChange={(applicant) => update({ applicant }, [...changedKeys({ ...state.applicant }, { ...applicant }, 'applicant'), 'applicant'])}
            errors={errors}
          />
          {!volunteer && (
            <CheckboxField name="keepProfile" label={profile ? t('profile.keepAgain') : t('profile.keep')} checked={keepProfile} onChange={(event) => setKeepProfile(event.target.checked)} />
          )}
        </FormSection>

        {procedure.formFields.length > 0 && (
          <FormSection id="section-form" number={++section} title={t('step.form')}>
            <ProcedureFormFields
              fields={procedure.formFields}
              values={state.formData}
              onChange={(formData) => update({ formData }, changedKeys(state.formData, formData, 'formData'))}
              errors={errors}
            />
            {asksFeeCounts(procedure) && <FeeEstimate variables={quoteVariables} />}
          </FormSection>
        )}

        <FormSection id="section-documents" number={++section} title={t('step.documents')}>
          <p className={styles.muted}>{t('documentsIntro')}</p>
          {procedure.requiredDocuments.map((document) => {
            const fromForm = madeByForm(document, procedure);
            return (
              <DocumentUpload
                key={document.id}
                name={`document.${document.id}`}
                label={`${english ? document.nameEn : document.name}${document.mandatory && !fromForm ? ' *' : ''}`}
                meta={
                  <DocumentMeta
                    mandatory={document.mandatory}
                    original={document.original}
                    copies={document.copies}
                    fromForm={fromForm}
                    templateUrl={declarationTemplateUrl(procedure.code, document.id)}
                  />
                }
                attached={state.documents[document.id] ?? null}
                onAttach={(file) => attach(document.id, file)}
                onUploadingChange={(busy) => setUploading((list) => (busy ? [...list, document.id] : list.filter((id) => id !== document.id)))}
                error={errors[`document.${document.id}`]}
                digitisedFiles={digitisedFiles}
              />
            );
          })}
        </FormSection>

        <FormSection id="section-delivery" number={++section} title={t('step.delivery')}>
          <DeliveryFields
            methods={methods}
            method={state.deliveryMethod}
            address={state.deliveryAddress}
            onMethod={(deliveryMethod: DeliveryMethod) => update({ deliveryMethod }, ['deliveryMethod'])}
            onAddress={(deliveryAddress) => update({ deliveryAddress }, ['deliveryAddress'])}
            errors={errors}
          />
        </FormSection>

        <FormSection id="section-confirm" number={++section} title={t('step.confirm')}>
          <FeeEstimate variables={quoteVariables} showItems />
          {volunteer && (
            <CheckboxField name="consent" label={t('consent')} checked={state.consent} onChange={(event) => update({ consent: event.target.checked }, ['consent'])} error={errors.consent} required />
          )}
          {failure !== null && <ErrorAlert error={failure} />}
          <div className={styles.actions}>
            <Button type="submit" busy={submitting}>
              {submitting ? t('submitting') : t('submit')}
            </Button>
            <Button variant="secondary" onClick={saveNow}>
              {t('saveDraft')}
            </Button>
            {savedAt && (
              <Button variant="ghost" onClick={discard}>
                {t('discardDraft')}
              </Button>
            )}
          </div>
          {savedAt && <p className={styles.muted}>{t('draftSavedAt', { at: formatDateTime(savedAt, lang) })}</p>}
        </FormSection>
      </form>
      <FormProgress items={progress} title={t('progress.title')} doneLabel={t('progress.done')} todoLabel={t('progress.todo')} />
    </div>
  );
}
