import type { SettlingLevel } from '../entities/procedure.entity';
import type { ProcedureVersion } from '../entities/procedure-version.entity';
import { FeeBasis, FeeKind, type FeeRule, type FormField, type ProcedureStep, type RequiredDocument } from './procedure-details.types';

/** JSON columns of a version → GraphQL shapes. */
export function feesOf(v: ProcedureVersion): FeeRule[] {
  return v.fees.map((f) => ({ ...f, kind: f.kind as FeeKind, basis: f.basis as FeeBasis }));
}

export function requiredDocumentsOf(v: ProcedureVersion): RequiredDocument[] {
  return v.documents.map(({ key, ...d }) => ({ id: key, ...d }));
}

export function formFieldsOf(v: ProcedureVersion): FormField[] {
  return v.formFields.map((f) => ({ ...f }));
}

export function stepsOf(v: ProcedureVersion): ProcedureStep[] {
  return v.steps.map((s) => ({ ...s, level: s.level as SettlingLevel }));
}
