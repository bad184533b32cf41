import { ChoiceGroup, Link, SelectField, TextAreaField, TextField, declarationTemplateUrl, useLang, useT, type DeliveryMethod } from '@motcua/ui';
import { FileUploadField } from '../documents/file-upload-field';
import styles from './counter-intake.module.css';
import type { IntakeFormField, IntakeProcedure, UnitOption } from './counter-intake.query';
import { madeByForm, type IntakeForm, type IntakeProblem } from './intake-form';
import { intakeMessages } from './intake.messages';

interface SectionProps {
  form: IntakeForm;
  onChange: (form: IntakeForm) => void;
  problems: Record<string, IntakeProblem>;
}

function useProblem(problems: Record<string, IntakeProblem>) {
  const t = useT(intakeMessages);
  return (path: string) => {
    const problem = problems[path];
    return problem ? t(`problem.${problem}`) : null;
  };
}

/**
 * Which unit settles the dossier when this counter receives it for another one (Decree 118/2025/NĐ-CP): a commune
 * chosen for a commune procedure (this unit by default, required at the provincial centre); the province for a
 * province procedure taken at a commune.
 */
export function CompetentUnitField({ form, onChange, problems, procedure, choices, atProvince }: SectionProps & { procedure: IntakeProcedure; choices: readonly UnitOption[]; atProvince: boolean }) {
  const t = useT(intakeMessages);
  const lang = useLang();
  const problem = useProblem(problems);
  if (procedure.settlingLevel === 'PROVINCE') return atProvince ? null : <p className={styles.muted}>{t('competent.province')}</p>;
  if (!choices.length) return null;
  return (
    <SelectField
      label={t('competent.label')}
      hint={t('competent.hint')}
      value={form.competentUnitCode}
      onChange={(event) => onChange({ ...form, competentUnitCode: event.target.value })}
      error={problem('competentUnitCode')}
      required={atProvince}
    >
      <option value="">{atProvince ? t('competent.prompt') : t('competent.same')}</option>
      {choices.map((unit) => (
        <option key={unit.code} value={unit.code}>
          {lang === 'en' ? unit.nameEn : unit.name}
        </option>
      ))}
    </SelectField>
  );
}

export function ApplicantFields({ form, onChange, problems }: SectionProps) {
  const t = useT(intakeMessages);
  const problem = useProblem(problems);
  const set = (key: keyof IntakeForm['applicant'], value: string) => onChange({ ...form, applicant: { ...form.applicant, [key]: value } });
  return (
    <div className={styles.grid}>
      <TextField
        label={t('applicant.fullName')}
        autoComplete="off"
        value={form.applicant.fullName}
        maxLength={100}
        onChange={(event) => set('fullName', event.target.value)}
        error={problem('applicant.fullName')}
        required
      />
      <TextField
        label={t('applicant.idNumber')}
        hint={t('applicant.idNumberHint')}
        inputMode="numeric"
        autoComplete="off"
        value={form.applicant.idNumber}
        maxLength={12}
        onChange={(event) => set('idNumber', event.target.value.replace(/\D/g, ''))}
        error={problem('applicant.idNumber')}
        required
      />
      <TextField
        label={t('applicant.phone')}
        hint={t('applicant.phoneHint')}
        type="tel"
        autoComplete="off"
        value={form.applicant.phone}
        maxLength={15}
        onChange={(event) => set('phone', event.target.value)}
        error={problem('applicant.phone')}
        required
      />
      <TextField label={t('applicant.email')} type="email" autoComplete="off" value={form.applicant.email} onChange={(event) => set('email', event.target.value)} error={problem('applicant.email')} />
      <TextField
        className={styles.wide}
        label={t('applicant.address')}
        autoComplete="off"
        value={form.applicant.address}
        maxLength={300}
        onChange={(event) => set('address', event.target.value)}
        error={problem('applicant.address')}
        required
      />
    </div>
  );
}

function FormDataField({ field, value, onChange, error }: { field: IntakeFormField; value: string; onChange: (value: string) => void; error: string | null }) {
  const lang = useLang();
  const label = lang === 'en' ? field.labelEn : field.label;
  const common = { label, error, required: field.required };
  if (field.type === 'select') {
    return (
      <SelectField {...common} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">—</option>
        {(field.options ?? []).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </SelectField>
    );
  }
  if (field.type === 'textarea') {
    return <TextAreaField {...common} className={styles.wide} value={value} maxLength={2000} onChange={(event) => onChange(event.target.value)} />;
  }
  return (
    <TextField
      {...common}
      type={field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text'}
      inputMode={field.type === 'number' ? 'numeric' : undefined}
      min={field.type === 'number' ? 0 : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function FormDataFields({ form, onChange, problems, procedure }: SectionProps & { procedure: IntakeProcedure }) {
  const problem = useProblem(problems);
  return (
    <div className={styles.grid}>
      {procedure.formFields.map((field) => (
        <FormDataField
          key={field.key}
          field={field}
          value={form.formData[field.key] ?? ''}
          error={problem(`form.${field.key}`)}
          onChange={(value) => onChange({ ...form, formData: { ...form.formData, [field.key]: value } })}
        />
      ))}
    </div>
  );
}

export function DocumentFields({ form, onChange, problems, procedure, onBusyChange }: SectionProps & { procedure: IntakeProcedure; onBusyChange: (busy: boolean) => void }) {
  const t = useT(intakeMessages);
  const lang = useLang();
  const problem = useProblem(problems);
  return (
    <div className={styles.documents}>
      <p className={styles.muted}>{t('documents.intro')}</p>
      {procedure.requiredDocuments.map((requirement) => {
        const file = form.documents[requirement.id];
        const fromForm = madeByForm(requirement, procedure);
        const detail = fromForm
          ? t('documents.fromForm')
          : [
              requirement.original ? t('documents.original') : t('documents.copy'),
              t('documents.copies', { n: requirement.copies }),
              requirement.mandatory ? t('documents.mandatory') : t('documents.optional'),
            ].join(' · ');
        return (
          <div key={requirement.id} className={styles.document}>
            <FileUploadField
              label={lang === 'en' ? requirement.nameEn : requirement.name}
              hint={detail}
              value={file ? [file] : []}
              digitised
              onBusyChange={onBusyChange}
              onChange={(items) => onChange({ ...form, documents: { ...form.documents, [requirement.id]: items[0] } })}
              error={problem(`document.${requirement.id}`)}
            />
            {requirement.template && (
              <Link href={declarationTemplateUrl(procedure.code, requirement.id)} target="_blank" rel="noopener">
                {t('documents.template', { name: requirement.template })}
              </Link>
            )}
          </div>
        );
      })}
    </div>
  );
}

const DELIVERY_METHODS: readonly DeliveryMethod[] = ['PICKUP', 'POST', 'ONLINE'];

export function DeliveryFields({ form, onChange }: SectionProps) {
  const t = useT(intakeMessages);
  return (
    <div className={styles.stack}>
      <ChoiceGroup
        legend={t('delivery.legend')}
        name="delivery-method"
        value={form.deliveryMethod}
        onChange={(deliveryMethod) => onChange({ ...form, deliveryMethod })}
        choices={DELIVERY_METHODS.map((method) => ({ value: method, label: t(`delivery.${method}`), description: t(`delivery.${method}.description`) }))}
      />
      {form.deliveryMethod === 'POST' && (
        <TextField
          label={t('delivery.address')}
          hint={t('delivery.addressHint')}
          value={form.deliveryAddress}
          maxLength={300}
          onChange={(event) => onChange({ ...form, deliveryAddress: event.target.value })}
        />
      )}
    </div>
  );
}
