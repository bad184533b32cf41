import type { Channel, DeliveryMethod, DeliveryStatus, DocumentRole, DossierAction, DossierStatus, FeeStatus } from '@motcua/ui';
import { gql } from 'urql';

export interface DossierListItem {
  code: string;
  status: DossierStatus;
  feeStatus: FeeStatus;
  submittedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  deliveryMethod: DeliveryMethod;
  assistedBy: string | null;
  applicant: { fullName: string } | null;
  procedure: { code: string; name: string; nameEn: string };
  agency: { code: string; name: string; nameEn: string };
}

export interface MyDossiersData {
  myDossiers: { totalCount: number; nodes: DossierListItem[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export const MY_DOSSIERS = gql<MyDossiersData, { first: number; after: string | null }>`
  query MyDossiers($first: Int!, $after: String) {
    myDossiers(first: $first, after: $after) {
      totalCount
      nodes {
        code
        status
        feeStatus
        submittedAt
        dueAt
        overdue
        deliveryMethod
        assistedBy
        applicant {
          fullName
        }
        procedure {
          code
          name
          nameEn
        }
        agency {
          code
          name
          nameEn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

interface DossierFile {
  id: string;
  originalName: string;
  mimeType: string;
  size: number;
}

export interface DossierDocumentView {
  id: string;
  name: string;
  role: DocumentRole;
  requirementId: string | null;
  addedAt: string;
  file: DossierFile;
}

export interface DossierEventView {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorName: string;
  reason: string | null;
  at: string;
}

export interface MyDossier {
  code: string;
  status: DossierStatus;
  channel: Channel;
  feeStatus: FeeStatus;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  promisedAt: string | null;
  settledAt: string | null;
  returnedAt: string | null;
  timeliness: string | null;
  overdue: boolean;
  deliveryMethod: DeliveryMethod;
  deliveryStatus: DeliveryStatus;
  postalTrackingNumber: string | null;
  rating: number | null;
  assistedBy: string | null;
  supplementItems: string[];
  availableActions: DossierAction[];
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email: string | null } | null;
  procedure: { code: string; name: string; nameEn: string };
  procedureRules: { requiredDocuments: { id: string; name: string; nameEn: string }[] };
  agency: { code: string; name: string; nameEn: string; address: string; phone: string | null };
  unit: { code: string };
  currentUnit: { code: string; name: string; nameEn: string };
  history: DossierEventView[];
  documents: DossierDocumentView[];
  /** The electronic result, and who signed it (the issuing body's certificate). */
  result: { signed: boolean; signerName: string | null; signedAt: string | null } | null;
}

const DOSSIER_FIELDS = `
  code
  status
  result {
    signed
    signerName
    signedAt
  }
  channel
  feeStatus
  submittedAt
  receivedAt
  dueAt
  promisedAt
  settledAt
  returnedAt
  timeliness
  overdue
  deliveryMethod
  deliveryStatus
  postalTrackingNumber
  rating
  assistedBy
  supplementItems
  availableActions
  applicant {
    fullName
    idNumber
    phone
    address
    email
  }
  procedure {
    code
    name
    nameEn
  }
  procedureRules {
    procedureCode
    version
    requiredDocuments {
      id
      name
      nameEn
    }
  }
  agency {
    code
    name
    nameEn
    address
    phone
  }
  unit {
    code
  }
  currentUnit {
    code
    name
    nameEn
  }
  history {
    id
    action
    fromStatus
    toStatus
    actorName
    reason
    at
  }
  documents {
    id
    name
    role
    requirementId
    addedAt
    file {
      id
      originalName
      mimeType
      size
    }
  }
`;

export const MY_DOSSIER = gql<{ dossier: MyDossier | null }, { code: string }>`
  query MyDossier($code: String!) {
    dossier(code: $code) { ${DOSSIER_FIELDS} }
  }
`;

// Every action answers with the whole dossier, so the page shows the new state without asking again.
export const ANSWER_SUPPLEMENT = gql<{ answerSupplement: MyDossier }, { code: string; documents: { requirementId: string; fileId: string }[]; note: string | null }>`
  mutation AnswerSupplement($code: String!, $documents: [DocumentInput!]!, $note: String) {
    answerSupplement(code: $code, documents: $documents, note: $note) { ${DOSSIER_FIELDS} }
  }
`;

export const WITHDRAW_DOSSIER = gql<{ withdrawDossier: MyDossier }, { code: string; reason: string | null }>`
  mutation WithdrawDossier($code: String!, $reason: String) {
    withdrawDossier(code: $code, reason: $reason) { ${DOSSIER_FIELDS} }
  }
`;

export const STOP_PROCESSING = gql<{ stopProcessing: MyDossier }, { code: string; reason: string }>`
  mutation StopProcessing($code: String!, $reason: String!) {
    stopProcessing(code: $code, reason: $reason) { ${DOSSIER_FIELDS} }
  }
`;

export const DOWNLOAD_RESULT = gql<{ downloadResult: MyDossier }, { code: string }>`
  mutation DownloadResult($code: String!) {
    downloadResult(code: $code) { ${DOSSIER_FIELDS} }
  }
`;

export const RATE_DOSSIER = gql<{ rateDossier: MyDossier }, { code: string; rating: number; comment: string | null }>`
  mutation RateDossier($code: String!, $rating: Int!, $comment: String) {
    rateDossier(code: $code, rating: $rating, comment: $comment) { ${DOSSIER_FIELDS} }
  }
`;
