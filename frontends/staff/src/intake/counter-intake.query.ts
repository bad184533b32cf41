import type { DeliveryMethod } from '@motcua/ui';
import { gql } from 'urql';

export type UnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface ProcedureSummary {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  processingDays: number;
  /** Of the version in force. */
  settlingLevel: UnitLevel;
  /** Received at any commune or the provincial centre of the province (Decree 118/2025/NĐ-CP). */
  acrossBoundary: boolean;
}

const SUMMARY_FIELDS = `
  code
  name
  nameEn
  field
  fieldEn
  processingDays
  settlingLevel
  acrossBoundary
`;

/** The catalogue, searched without diacritics; the picker says which ones this counter cannot receive. */
export const PROCEDURE_SEARCH = gql<{ procedures: { totalCount: number; nodes: ProcedureSummary[] } }, { search: string | null }>`
  query IntakeProcedureSearch($search: String) {
    procedures(search: $search, first: 8) {
      totalCount
      nodes { ${SUMMARY_FIELDS} }
    }
  }
`;

export interface UnitOption {
  code: string;
  name: string;
  nameEn: string;
  level: UnitLevel;
}

/** The counter's unit with its province's communes (or, at the province, its own): who may settle what it receives. */
export const COUNTER_UNIT = gql<{ administrativeUnit: (UnitOption & { parent: (UnitOption & { children: UnitOption[] }) | null; children: UnitOption[] }) | null }, { code: string }>`
  query CounterUnit($code: String!) {
    administrativeUnit(code: $code) {
      code
      name
      nameEn
      level
      parent {
        code
        name
        nameEn
        level
        children {
          code
          name
          nameEn
          level
        }
      }
      children {
        code
        name
        nameEn
        level
      }
    }
  }
`;

export interface IntakeRequirement {
  id: string;
  name: string;
  nameEn: string;
  original: boolean;
  copies: number;
  mandatory: boolean;
  /** The form a declaration is made on: filled in through the form fields, it needs no scan. */
  template: string | null;
}

export interface IntakeFormField {
  key: string;
  label: string;
  labelEn: string;
  /** text, number, date, select or textarea */
  type: string;
  required: boolean;
  options: string[] | null;
}

export interface IntakeProcedure extends ProcedureSummary {
  fees: { name: string; nameEn: string; amountVnd: number; basis: 'FIXED' | 'PER_PAGE' | 'PER_COPY' }[];
  requiredDocuments: IntakeRequirement[];
  formFields: IntakeFormField[];
}

export const INTAKE_PROCEDURE = gql<{ procedure: IntakeProcedure | null }, { code: string }>`
  query IntakeProcedure($code: String!) {
    procedure(code: $code) {
      code
      name
      nameEn
      field
      fieldEn
      processingDays
      settlingLevel
      acrossBoundary
      fees {
        name
        nameEn
        amountVnd
        basis
      }
      requiredDocuments {
        id
        name
        nameEn
        original
        copies
        mandatory
        template
      }
      formFields {
        key
        label
        labelEn
        type
        required
        options
      }
    }
  }
`;

export interface ReceiveAtCounterInput {
  procedureCode: string;
  unitCode: string;
  competentUnitCode: string | null;
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email: string | null };
  documents: { requirementId: string; fileId: string }[];
  deliveryMethod: DeliveryMethod;
  deliveryAddress: string | null;
  formData: Record<string, string | number>;
}

export interface ReceivedDossier {
  code: string;
  status: string;
  dueAt: string | null;
  feeStatus: string;
}

export const RECEIVE_AT_COUNTER = gql<{ receiveAtCounter: ReceivedDossier }, { input: ReceiveAtCounterInput }>`
  mutation ReceiveAtCounter($input: SubmitDossierInput!) {
    receiveAtCounter(input: $input) {
      code
      status
      dueAt
      feeStatus
    }
  }
`;
