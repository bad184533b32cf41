import { detailList, type Lang, type ValidationProblem } from '@motcua/ui';
import type { DossierFormState, FieldErrors } from './dossier-form.state';

interface Messages {
  missingDocument: string;
  notYours: string;
  required: string;
  applicant: string;
}

/**
 * Puts the service's VALIDATION_FAILED answers next to the fields they are about (`details.fields[].field` names the
 * input; `details.missing` lists requirement ids or form keys). Whatever cannot be placed goes to `form`, shown in
 * the error summary.
 */
export function fieldErrorsFromServer(problems: readonly ValidationProblem[], state: DossierFormState, lang: Lang, messages: Messages): FieldErrors {
  const errors: FieldErrors = {};
  const general: string[] = [];
  for (const problem of problems) {
    const text = problem.text[lang];
    let placed = false;
    for (const field of problem.fields) {
      switch (field) {
        case 'unitCode':
          errors.unitCode = text;
          placed = true;
          break;
        case 'competentUnitCode':
          errors.competentUnitCode = text;
          placed = true;
          break;
        case 'applicantConsent':
          errors.consent = text;
          placed = true;
          break;
        case 'deliveryAddress':
          errors.deliveryAddress = text;
          placed = true;
          break;
        case 'deliveryMethod':
          errors.deliveryMethod = text;
          placed = true;
          break;
        case 'applicant':
          // The service names only the whole applicant; the browser's own checks usually say which field.
          errors.applicant = messages.applicant;
          placed = true;
          break;
        case 'formData': {
          const keys = detailList(problem, 'missing');
          for (const key of keys) errors[`formData.${key}`] = messages.required;
          placed = keys.length > 0;
          break;
        }
        case 'documents': {
          const missing = detailList(problem, 'missing');
          for (const id of missing) errors[`document.${id}`] = messages.missingDocument;
          const fileId = problem.details.fileId;
          const withFile = Object.entries(state.documents).find(([, file]) => file.fileId === fileId);
          if (withFile) errors[`document.${withFile[0]}`] = messages.notYours;
          const unknown = detailList(problem, 'requirementIds');
          for (const id of unknown) errors[`document.${id}`] = text;
          placed = missing.length > 0 || !!withFile || unknown.length > 0;
          break;
        }
        default:
          break;
      }
    }
    if (!placed || problem.fields.length === 0) general.push(text);
  }
  if (general.length > 0) errors.form = general.join(' ');
  return errors;
}
