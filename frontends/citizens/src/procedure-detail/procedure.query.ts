import type { OnlineLevel, SettlingLevel } from '@motcua/ui';
import { gql } from 'urql';

export interface RequiredDocument {
  id: string;
  name: string;
  nameEn: string;
  original: boolean;
  copies: number;
  mandatory: boolean;
  template: string | null;
}

export interface FeeRule {
  name: string;
  nameEn: string;
  kind: 'FEE' | 'CHARGE';
  basis: 'FIXED' | 'PER_PAGE' | 'PER_COPY';
  amountVnd: number;
  onlineAmountVnd: number | null;
  note: string | null;
}

export interface FormField {
  key: string;
  label: string;
  labelEn: string;
  /** text, textarea, number, date or select */
  type: string;
  required: boolean;
  options: string[] | null;
}

export interface ProcedureStep {
  role: string;
  name: string;
  nameEn: string;
  days: number;
  level: string;
}

export interface ProcedureDetail {
  code: string;
  name: string;
  nameEn: string;
  field: string;
  fieldEn: string;
  settlingLevel: SettlingLevel;
  onlineLevel: OnlineLevel;
  processingDays: number;
  fees: FeeRule[];
  requiredDocuments: RequiredDocument[];
  formFields: FormField[];
  steps: ProcedureStep[];
  current: {
    resultType: string;
    resultTypeEn: string;
    legalBasis: string[];
    feePaidBeforeProcessing: boolean;
  };
}

/** The page also names the body that settles it under the version in force, e.g. 'Chi nhánh Văn phòng đăng ký đất đai'. */
export interface ProcedurePageDetail extends ProcedureDetail {
  settlingBody: string;
  settlingBodyEn: string;
}

export const PROCEDURE = gql<{ procedure: ProcedurePageDetail | null }, { code: string }>`
  query ProcedureDetail($code: String!) {
    procedure(code: $code) {
      code
      name
      nameEn
      field
      fieldEn
      settlingLevel
      settlingBody
      settlingBodyEn
      onlineLevel
      processingDays
      fees {
        name
        nameEn
        kind
        basis
        amountVnd
        onlineAmountVnd
        note
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
      steps {
        role
        name
        nameEn
        days
        level
      }
      current {
        resultType
        resultTypeEn
        legalBasis
        feePaidBeforeProcessing
      }
    }
  }
`;
