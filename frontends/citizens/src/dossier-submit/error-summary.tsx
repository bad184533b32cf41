import type { Translate } from '@motcua/ui';
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import type { ProcedureDetail } from '../procedure-detail/procedure.query';
import type { FieldErrors } from './dossier-form.state';
import styles from './submit-dossier.module.css';
import type { submitMessages } from './submit.messages';

/** The field an error is about: named inputs, the first radio of a group; `applicant` means its first field. */
function fieldElement(form: HTMLFormElement, name: string): HTMLElement | null {
  const target = name === 'applicant' ? 'applicant.fullName' : name;
  return form.querySelector<HTMLElement>(`[name="${CSS.escape(target)}"]`);
}

/**
 * The GOV.UK-style error summary: every problem at the top of the form, each a link to its field; it takes focus
 * when shown, so a screen reader reads it and a keyboard user is one Tab from the first problem.
 */
export function ErrorSummary({
  show,
  errors,
  order,
  labels,
  form,
  title,
}: {
  show: boolean;
  errors: FieldErrors;
  order: readonly string[];
  labels: Record<string, string>;
  form: RefObject<HTMLFormElement | null>;
  title: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const names = [...order.filter((name) => errors[name]), ...Object.keys(errors).filter((name) => !order.includes(name))];

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once, when a failed submission shows the summary (the parent re-keys it for each attempt).
  useEffect(() => {
    if (show && names.length > 0) box.current?.focus();
  }, []);

  if (!show || names.length === 0) return null;

  function goTo(event: MouseEvent<HTMLAnchorElement>, name: string) {
    event.preventDefault();
    const element = form.current && fieldElement(form.current, name);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }

  return (
    <div ref={box} className={styles.errorSummary} role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className={styles.errorSummaryTitle}>
        {title}
      </h2>
      <ul className={styles.errorSummaryList}>
        {names.map((name) => (
          <li key={name}>
            {labels[name] ? (
              <a href={`#${name}`} onClick={(event) => goTo(event, name)}>
                {labels[name]}: {errors[name]}
              </a>
            ) : (
              errors[name]
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The name each field has in the error summary, by field name (the form's labels, without the * mark). */
export function summaryLabels(
  procedure: ProcedureDetail,
  { volunteer, english, unitLabel, competentLabel }: { volunteer: boolean; english: boolean; unitLabel: string; competentLabel: string },
  t: Translate<(typeof submitMessages)['vi']>,
): Record<string, string> {
  return {
    unitCode: unitLabel,
    competentUnitCode: competentLabel,
    applicant: volunteer ? t('step.applicantVolunteer') : t('step.applicant'),
    'applicant.fullName': t('fullName'),
    'applicant.idNumber': t('idNumber'),
    'applicant.phone': t('phone'),
    'applicant.email': t('email'),
    'applicant.address': t('address'),
    ...Object.fromEntries(procedure.formFields.map((field) => [`formData.${field.key}`, english ? field.labelEn : field.label])),
    documents: t('step.documents'),
    ...Object.fromEntries(procedure.requiredDocuments.map((document) => [`document.${document.id}`, english ? document.nameEn : document.name])),
    deliveryMethod: t('step.delivery'),
    deliveryAddress: t('deliveryAddress'),
    consent: t('step.confirm'),
    form: '',
  };
}
