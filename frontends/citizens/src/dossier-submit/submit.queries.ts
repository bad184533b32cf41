import type { DeliveryMethod, DossierStatus } from '@motcua/ui';
import { gql } from 'urql';
import type { DigitisedFile } from '../common/document-upload';

export interface SubmitDossierInput {
  procedureCode: string;
  unitCode: string;
  competentUnitCode?: string | null;
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email: string | null };
  documents: { requirementId: string; fileId: string }[];
  deliveryMethod: DeliveryMethod;
  deliveryAddress: string | null;
  formData: Record<string, string>;
  applicantConsent: boolean | null;
  idempotencyKey: string;
}

export interface SubmittedDossier {
  code: string;
  status: DossierStatus;
  submittedAt: string | null;
  dueAt: string | null;
  procedure: { code: string; name: string; nameEn: string };
  agency: { code: string; name: string; nameEn: string; address: string };
}

export const SUBMIT_DOSSIER = gql<{ submitDossier: SubmittedDossier }, { input: SubmitDossierInput }>`
  mutation SubmitDossier($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
      status
      submittedAt
      dueAt
      procedure {
        code
        name
        nameEn
      }
      agency {
        code
        name
        nameEn
        address
      }
    }
  }
`;

export const MY_DIGITISED_FILES = gql<{ myDigitisedFiles: (DigitisedFile & { sha256: string })[] }, Record<string, never>>`
  query MyDigitisedFiles {
    myDigitisedFiles {
      id
      sha256
      originalName
      mimeType
      size
      createdAt
    }
  }
`;

/** The same scan uploaded for several dossiers is offered once, newest first. */
export function distinctFiles(files: readonly (DigitisedFile & { sha256: string })[]): DigitisedFile[] {
  const seen = new Set<string>();
  return [...files]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .filter((file) => {
      const key = `${file.sha256}:${file.originalName}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
