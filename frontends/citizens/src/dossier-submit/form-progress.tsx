import type { Translate } from '@motcua/ui';
import type { MouseEvent } from 'react';
import type { ProcedureDetail } from '../procedure-detail/procedure.query';
import { madeByForm, type DossierFormState, type FieldErrors } from './dossier-form.state';
import styles from './submit-dossier.module.css';
import type { submitMessages } from './submit.messages';

export interface ProgressItem {
  /** The section's element id. */
  id: string;
  title: string;
  done: boolean;
  detail?: string;
}

function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const section = document.getElementById(id);
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  section.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
}

/**
 * Which parts of the form are complete, beside the form on a wide screen (a phone reads the numbered parts in
 * order instead). Each entry leads to its part.
 */
export function FormProgress({ items, title, doneLabel, todoLabel }: { items: readonly ProgressItem[]; title: string; doneLabel: string; todoLabel: string }) {
  return (
    <nav className={styles.progress} aria-label={title}>
      <p className={styles.progressTitle}>{title}</p>
      <ol className={styles.progressList}>
        {items.map((item, index) => (
          <li key={item.id} className={styles.progressItem} data-done={item.done ? true : undefined}>
            <span className={styles.progressMark} aria-hidden="true">
              {item.done ? '✓' : index + 1}
            </span>
            <a href={`#${item.id}`} onClick={(event) => goTo(event, item.id)}>
              {item.title}
              <span className={styles.visuallyHidden}> ({item.done ? doneLabel : todoLabel})</span>
            </a>
            {item.detail && <span className={styles.progressDetail}>{item.detail}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function hasPrefix(errors: FieldErrors, prefix: string): boolean {
  return Object.keys(errors).some((name) => name.startsWith(prefix));
}

/** The checklist's entries: a part is done when the form's own checks find nothing left in it. */
export function progressItems(procedure: ProcedureDetail, state: DossierFormState, pending: FieldErrors, volunteer: boolean, t: Translate<(typeof submitMessages)['vi']>): ProgressItem[] {
  const mandatory = procedure.requiredDocuments.filter((document) => document.mandatory && !madeByForm(document, procedure));
  return [
    { id: 'section-unit', title: t('step.unit'), done: !pending.unitCode && !pending.competentUnitCode },
    { id: 'section-applicant', title: volunteer ? t('step.applicantVolunteer') : t('step.applicant'), done: !hasPrefix(pending, 'applicant.') },
    ...(procedure.formFields.length > 0 ? [{ id: 'section-form', title: t('step.form'), done: !hasPrefix(pending, 'formData.') }] : []),
    {
      id: 'section-documents',
      title: t('step.documents'),
      done: !hasPrefix(pending, 'document.'),
      detail: t('progress.documents', { attached: mandatory.filter((document) => state.documents[document.id]).length, total: mandatory.length }),
    },
    { id: 'section-delivery', title: t('step.delivery'), done: !pending.deliveryMethod && !pending.deliveryAddress },
    ...(volunteer ? [{ id: 'section-confirm', title: t('step.confirm'), done: !pending.consent }] : []),
  ];
}
