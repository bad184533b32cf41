import type { DeliveryMethod, SettlingLevel } from '@motcua/ui';
import { gql } from 'urql';

export interface ProcedureSummary {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  processingDays: number;
}

/** The catalogue, searched without diacritics; only procedures settled at the officer's level can be received here. */
export const PROCEDURE_SEARCH = gql<
  { procedures: { totalCount: number; nodes: ProcedureSummary[] } },
  { search: string | null; settlingLevel: SettlingLevel | null }
>`
  query IntakeProcedureSearch($search: String, $settlingLevel: SettlingLevel) {
    procedures(search: $search, settlingLevel: $settlingLevel, first: 8) {
      totalCount
      nodes {
        code
        name
        nameEn
        field
        fieldEn
        processingDays
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
  settlingLevel: SettlingLevel;
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
