import { Alert, Button, Card, ErrorAlert, PageHeader, Spinner, formatDateTime, formatVnd, hasAnyRole, navigate, useAppLocation, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { PrintButton, documentPath } from '../documents/print-document-button';
import { setLeaveQuestion } from '../scanning/navigation-guard';
import { staffPaths } from '../staff.routes';
import { useViewer } from '../viewer/use-viewer';
import styles from './counter-intake.module.css';
import { COUNTER_UNIT, INTAKE_PROCEDURE, RECEIVE_AT_COUNTER, type IntakeProcedure, type ReceivedDossier } from './counter-intake.query';
import { ApplicantFields, CompetentUnitField, DeliveryFields, DocumentFields, FormDataFields } from './intake-fields';
import { EMPTY_FORM, competentChoices, isDirty, toReceiveInput, validateIntake, type IntakeForm } from './intake-form';
import { intakeMessages } from './intake.messages';
import { ProcedurePicker } from './procedure-picker';

const PROCEDURE_PARAM = 'thu-tuc';

/** /staff/tiep-nhan[?thu-tuc=<code>] — a paper dossier taken at the counter, scanned and received on the spot. */
export function CounterIntakePage() {
  const t = useT(intakeMessages);
  const session = useSession();
  const { viewer } = useViewer();
  const location = useAppLocation();
  const procedureCode = new URLSearchParams(location.search).get(PROCEDURE_PARAM);
  const [received, setReceived] = useState<ReceivedDossier | null>(null);

  if (!hasAnyRole(session, ['INTAKE'])) {
    return (
      <>
        <PageHeader title={t('intake.title')} />
        <Alert tone="warning">{t('intake.forbidden')}</Alert>
      </>
    );
  }

  const pick = (code: string | null) => navigate(code ? `${staffPaths.intake}?${PROCEDURE_PARAM}=${encodeURIComponent(code)}` : staffPaths.intake, { replace: true, keepFocus: true });

  return (
    <div className={styles.page}>
      <PageHeader title={t('intake.title')} description={t('intake.description')} />
      {received ? (
        <IntakeDone
          dossier={received}
          onNext={() => {
            setReceived(null);
            pick(null);
          }}
        />
      ) : (
        <>
          <Card title={t('step.procedure')}>
            {procedureCode ? <SelectedProcedure code={procedureCode} onChange={() => pick(null)} /> : <ProcedurePicker unitLevel={viewer?.unit?.level ?? null} onPick={pick} />}
          </Card>
          {procedureCode && <IntakeFormFor key={procedureCode} code={procedureCode} unitCode={viewer?.unit?.code ?? session?.user.unit ?? ''} onReceived={setReceived} />}
        </>
      )}
    </div>
  );
}

function SelectedProcedure({ code, onChange }: { code: string; onChange: () => void }) {
  const t = useT(intakeMessages);
  const lang = useLang();
  const [{ data }] = useQuery({ query: INTAKE_PROCEDURE, variables: { code } });
  const procedure = data?.procedure;
  return (
    <div className={styles.selected}>
      <div>
        {procedure ? (
          <>
            <p className={styles.resultName}>{lang === 'en' ? procedure.nameEn : procedure.name}</p>
            <p className={styles.muted}>
              {procedure.code} · {lang === 'en' ? procedure.fieldEn : procedure.field} · {t('procedure.days', { days: procedure.processingDays })}
            </p>
            <p className={styles.muted}>
              {t('procedure.fees')}:{' '}
              {procedure.fees.length === 0
                ? t('procedure.noFee')
                : procedure.fees.map((fee) => `${lang === 'en' ? fee.nameEn : fee.name}: ${formatVnd(fee.amountVnd, lang)}${t(`fee.${fee.basis}`)}`).join('; ')}
            </p>
          </>
        ) : (
          <p className={styles.resultName}>{code}</p>
        )}
      </div>
      <Button variant="secondary" size="small" onClick={onChange}>
        {t('procedure.change')}
      </Button>
    </div>
  );
}

function IntakeFormFor({ code, unitCode, onReceived }: { code: string; unitCode: string; onReceived: (dossier: ReceivedDossier) => void }) {
  const t = useT(intakeMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: INTAKE_PROCEDURE, variables: { code } });
  if (!data && fetching) return <Spinner label={t('loading')} />;
  if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.procedure) return <Alert tone="warning">{t('procedure.none')}</Alert>;
  return <IntakeFormFields procedure={data.procedure} unitCode={unitCode} onReceived={onReceived} />;
}

function IntakeFormFields({ procedure, unitCode, onReceived }: { procedure: IntakeProcedure; unitCode: string; onReceived: (dossier: ReceivedDossier) => void }) {
  const t = useT(intakeMessages);
  const [form, setForm] = useState<IntakeForm>(EMPTY_FORM);
  const [submitted, setSubmitted] = useState(false);
  const [uploads, setUploads] = useState(0);
  const [mutation, receive] = useMutation(RECEIVE_AT_COUNTER);
  const [{ data: counter }] = useQuery({ query: COUNTER_UNIT, variables: { code: unitCode }, pause: !unitCode });
  const here = counter?.administrativeUnit;
  const atProvince = here?.level === 'PROVINCE';
  // The other communes of the province; at the provincial centre, all of its communes.
  const communes = here ? (atProvince ? here.children : (here.parent?.children ?? []).filter((unit) => unit.code !== here.code)) : [];
  const choices = competentChoices(procedure, communes);
  const formRef = useRef<HTMLFormElement>(null);
  // Picking the procedure removed the button that had focus: carry the officer on to the form's first field.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus(), []);
  const problems = submitted ? validateIntake(form, procedure, here?.level ?? null) : {};
  const problemCount = Object.keys(problems).length;
  const dirty = isDirty(form);

  // Unsaved paper work: a scan that would open another dossier, or closing the tab, asks first.
  useEffect(() => {
    setLeaveQuestion(dirty ? t('leave') : null);
    if (!dirty) return () => setLeaveQuestion(null);
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      setLeaveQuestion(null);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [dirty, t]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (uploads > 0) return;
    if (Object.keys(validateIntake(form, procedure, here?.level ?? null)).length > 0) {
      // Focus the first field to fix once React has marked them.
      window.requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const result = await receive({ input: toReceiveInput(form, procedure, unitCode) });
    if (result.data) {
      setLeaveQuestion(null);
      onReceived(result.data.receiveAtCounter);
    }
  }

  return (
    <form ref={formRef} className={styles.page} onSubmit={onSubmit} noValidate>
      {(choices.length > 0 || (procedure.settlingLevel === 'PROVINCE' && !atProvince)) && (
        <Card>
          <CompetentUnitField form={form} onChange={setForm} problems={problems} procedure={procedure} choices={choices} atProvince={atProvince} />
        </Card>
      )}
      <Card title={t('step.applicant')}>
        <ApplicantFields form={form} onChange={setForm} problems={problems} />
      </Card>
      {procedure.formFields.length > 0 && (
        <Card title={t('step.form')}>
          <FormDataFields form={form} onChange={setForm} problems={problems} procedure={procedure} />
        </Card>
      )}
      <Card title={t('step.documents')}>
        <DocumentFields form={form} onChange={setForm} problems={problems} procedure={procedure} onBusyChange={(busy) => setUploads((count) => Math.max(0, count + (busy ? 1 : -1)))} />
      </Card>
      <Card title={t('step.delivery')}>
        <DeliveryFields form={form} onChange={setForm} problems={problems} />
      </Card>
      <div className={styles.submitBar}>
        {problemCount > 0 && <Alert tone="error">{t('problem.summary', { count: problemCount })}</Alert>}
        {mutation.error && <ErrorAlert error={mutation.error} />}
        {uploads > 0 && <p className={styles.muted}>{t('uploadsPending')}</p>}
        <Button type="submit" busy={mutation.fetching} disabled={uploads > 0}>
          {mutation.fetching ? t('submitting') : t('submit')}
        </Button>
      </div>
    </form>
  );
}

function IntakeDone({ dossier, onNext }: { dossier: ReceivedDossier; onNext: () => void }) {
  const t = useT(intakeMessages);
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card>
      <div className={styles.done} role="status">
        <h2 ref={heading} tabIndex={-1} className={styles.doneTitle}>
          {t('done.title')}
        </h2>
        <p className={styles.doneLabel}>{t('done.code')}</p>
        <p className={styles.doneCode} data-testid="received-code">
          {dossier.code}
        </p>
        {dossier.dueAt && (
          <p>
            {t('done.dueAt')}: <strong>{formatDateTime(dossier.dueAt, lang)}</strong>
          </p>
        )}
        {dossier.feeStatus === 'DUE' && <Alert tone="warning">{t('done.feeDue')}</Alert>}
      </div>
      <div className={styles.doneActions}>
        <PrintButton variant="primary" path={documentPath(dossier.code, 'receipt')} label={t('done.print')} />
        <Button variant="secondary" onClick={() => navigate(staffPaths.dossier(dossier.code))}>
          {t('done.open')}
        </Button>
        <Button variant="secondary" onClick={onNext}>
          {t('done.next')}
        </Button>
      </div>
    </Card>
  );
}
