import { Alert, Badge, ChoiceGroup, Link, SelectField, TextAreaField, TextField, dossierLabels, useLang, useT, type DeliveryMethod, type Translate } from '@motcua/ui';
import type { ReactNode } from 'react';
import type { DraftApplicant } from '../common/dossier-draft';
import { choosesCompetentUnit, type ReceivingRules, type ReceivingUnit } from '../common/receiving-units';
import { receivingMessages } from '../common/receiving-units.messages';
import type { FormField } from '../procedure-detail/procedure.query';
import type { FieldErrors } from './dossier-form.state';
import styles from './submit-dossier.module.css';
import { submitMessages } from './submit.messages';

/** A numbered part of the form: a <fieldset> whose legend is the part's heading. */
export function FormSection({ id, number, title, children }: { id: string; number: number; title: string; children: ReactNode }) {
  return (
    <fieldset className={styles.section} id={id}>
      <legend className={styles.sectionLegend}>
        <span className={styles.sectionNumber} aria-hidden="true">
          {number}
        </span>
        <span>{title}</span>
      </legend>
      <div className={styles.sectionBody}>{children}</div>
    </fieldset>
  );
}

function requiredLabel(label: string, required: boolean): string {
  return required ? `${label} *` : label;
}

/** The label of the receiving unit's field, also used by the error summary. */
export function unitLabel(rules: ReceivingRules | null, where: Translate<(typeof receivingMessages)['vi']>): string {
  if (rules?.acrossBoundary) return where('unit.receiving');
  return rules?.settlingLevel === 'PROVINCE' ? where('unit.receivingProvince') : where('unit.receivingCommune');
}

function AgencyNote({ unit }: { unit: ReceivingUnit | undefined }) {
  const english = useLang() === 'en';
  const agency = unit?.agencies[0];
  if (!agency) return null;
  return (
    <p className={styles.agency}>
      <strong>{english ? agency.nameEn : agency.name}</strong>
      <br />
      <span lang="vi">{agency.address}</span>
    </p>
  );
}

/**
 * Where the dossier is received and, for a commune procedure received regardless of boundary, which commune settles
 * it (required when received at the provincial centre; by default the receiving commune).
 */
export function UnitField({
  rules,
  units,
  communes,
  value,
  competent,
  onChange,
  onCompetentChange,
  errors,
}: {
  rules: ReceivingRules;
  units: readonly ReceivingUnit[];
  communes: readonly ReceivingUnit[];
  value: string;
  competent: string;
  onChange: (code: string) => void;
  onCompetentChange: (code: string) => void;
  errors: FieldErrors;
}) {
  const where = useT(receivingMessages);
  const english = useLang() === 'en';
  const single = units.length === 1;
  const chosen = units.find((unit) => unit.code === value);
  const atProvince = chosen?.level === 'PROVINCE';
  return (
    <>
      <SelectField
        label={requiredLabel(unitLabel(rules, where), true)}
        hint={single ? undefined : rules.acrossBoundary ? where('unit.hintAcross') : where('unit.hintCommune')}
        name="unitCode"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={errors.unitCode}
        required
      >
        {!single && <option value="">{where('unit.prompt')}</option>}
        {units.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {english ? unit.nameEn : unit.name}
          </option>
        ))}
      </SelectField>
      <AgencyNote unit={chosen} />
      {choosesCompetentUnit(rules) && chosen && (
        <SelectField
          label={requiredLabel(where('competent.label'), atProvince)}
          hint={where('competent.hint')}
          name="competentUnitCode"
          value={competent}
          onChange={(event) => onCompetentChange(event.target.value)}
          error={errors.competentUnitCode}
          required={atProvince}
        >
          <option value="">{atProvince ? where('competent.prompt') : where('competent.same')}</option>
          {communes
            .filter((unit) => unit.code !== value)
            .map((unit) => (
              <option key={unit.code} value={unit.code}>
                {english ? unit.nameEn : unit.name}
              </option>
            ))}
        </SelectField>
      )}
      {rules.settlingLevel === 'PROVINCE' && chosen && !atProvince && <p className={styles.muted}>{where('competent.province')}</p>}
    </>
  );
}

export function ApplicantFields({ applicant, onChange, errors }: { applicant: DraftApplicant; onChange: (applicant: DraftApplicant) => void; errors: FieldErrors }) {
  const t = useT(submitMessages);
  const set = (key: keyof DraftApplicant) => (event: { target: { value: string } }) => onChange({ ...applicant, [key]: event.target.value });
  return (
    <>
      {errors.applicant && <Alert tone="error">{errors.applicant}</Alert>}
      <TextField
        label={requiredLabel(t('fullName'), true)}
        name="applicant.fullName"
        autoComplete="name"
        value={applicant.fullName}
        onChange={set('fullName')}
        error={errors['applicant.fullName']}
        required
        maxLength={100}
      />
      <TextField
        label={requiredLabel(t('idNumber'), true)}
        hint={t('idNumberHint')}
        name="applicant.idNumber"
        inputMode="numeric"
        autoComplete="off"
        value={applicant.idNumber}
        onChange={set('idNumber')}
        error={errors['applicant.idNumber']}
        required
        maxLength={12}
      />
      <TextField
        label={requiredLabel(t('phone'), true)}
        hint={t('phoneHint')}
        name="applicant.phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={applicant.phone}
        onChange={set('phone')}
        error={errors['applicant.phone']}
        required
      />
      <TextField label={t('email')} name="applicant.email" type="email" inputMode="email" autoComplete="email" value={applicant.email} onChange={set('email')} error={errors['applicant.email']} />
      <TextField
        label={requiredLabel(t('address'), true)}
        hint={t('addressHint')}
        name="applicant.address"
        autoComplete="street-address"
        value={applicant.address}
        onChange={set('address')}
        error={errors['applicant.address']}
        required
        maxLength={300}
      />
    </>
  );
}

/** The procedure's own form, as the catalogue describes it: text, textarea, number, date or select fields. */
export function ProcedureFormFields({
  fields,
  values,
  onChange,
  errors,
}: {
  fields: readonly FormField[];
  values: Record<string, string>;
  onChange: (values: Record<string, string>) => void;
  errors: FieldErrors;
}) {
  const t = useT(submitMessages);
  const english = useLang() === 'en';
  return (
    <>
      {fields.map((field) => {
        const name = `formData.${field.key}`;
        const label = requiredLabel(english ? field.labelEn : field.label, field.required);
        const value = values[field.key] ?? '';
        const error = errors[name];
        const set = (next: string) => onChange({ ...values, [field.key]: next });
        if (field.type === 'select') {
          return (
            <SelectField key={field.key} label={label} name={name} value={value} onChange={(event) => set(event.target.value)} error={error} required={field.required}>
              <option value="">{t('selectPrompt')}</option>
              {(field.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </SelectField>
          );
        }
        if (field.type === 'textarea') {
          return <TextAreaField key={field.key} label={label} name={name} value={value} onChange={(event) => set(event.target.value)} error={error} required={field.required} maxLength={1000} />;
        }
        return (
          <TextField
            key={field.key}
            label={label}
            name={name}
            type={field.type === 'date' ? 'date' : 'text'}
            inputMode={field.type === 'number' ? 'decimal' : undefined}
            value={value}
            onChange={(event) => set(event.target.value)}
            error={error}
            required={field.required}
            maxLength={field.type === 'text' ? 200 : undefined}
          />
        );
      })}
    </>
  );
}

export function DeliveryFields({
  methods,
  method,
  address,
  onMethod,
  onAddress,
  errors,
}: {
  methods: readonly DeliveryMethod[];
  method: DeliveryMethod | null;
  address: string;
  onMethod: (method: DeliveryMethod) => void;
  onAddress: (address: string) => void;
  errors: FieldErrors;
}) {
  const t = useT(submitMessages);
  const labels = useT(dossierLabels);
  return (
    <>
      <ChoiceGroup
        legend={t('delivery.legend')}
        name="deliveryMethod"
        value={method}
        onChange={onMethod}
        error={errors.deliveryMethod}
        choices={methods.map((value) => ({ value, label: labels(`deliveryMethod.${value}`), description: t(`delivery.${value}`) }))}
      />
      {method === 'POST' && (
        <TextField
          label={t('deliveryAddress')}
          hint={t('deliveryAddressHint')}
          name="deliveryAddress"
          autoComplete="street-address"
          value={address}
          onChange={(event) => onAddress(event.target.value)}
          error={errors.deliveryAddress}
          maxLength={300}
        />
      )}
    </>
  );
}

/** A document's badges; a declaration made from the form says so, with its blank form to print if wanted. */
export function DocumentMeta({ mandatory, original, copies, fromForm, templateUrl }: { mandatory: boolean; original: boolean; copies: number; fromForm?: boolean; templateUrl?: string }) {
  const t = useT(submitMessages);
  if (fromForm) {
    return (
      <>
        <Badge tone="success">{t('doc.fromForm')}</Badge>
        {templateUrl && (
          <Link href={templateUrl} target="_blank" rel="noopener">
            {t('doc.template')}
          </Link>
        )}
      </>
    );
  }
  return (
    <>
      <Badge tone={mandatory ? 'warning' : 'neutral'}>{mandatory ? t('doc.mandatory') : t('doc.optional')}</Badge>
      <span>{original ? t('doc.original', { copies }) : t('doc.copy', { copies })}</span>
    </>
  );
}
