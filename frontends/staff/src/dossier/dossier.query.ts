import type { Channel, DeliveryMethod, DeliveryStatus, DocumentRole, DossierAction, DossierStatus, FeeStatus } from '@motcua/ui';
import { gql } from 'urql';

export interface UnitRef {
  code: string;
  name: string;
  nameEn: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
}

export interface DossierDocumentView {
  id: string;
  name: string;
  role: DocumentRole;
  requirementId: string | null;
  addedAt: string;
  file: { id: string; mimeType: string; size: number; originalName: string; digitised: boolean };
}

interface DossierEventView {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorName: string;
  actorRole: string | null;
  reason: string | null;
  at: string;
}

interface RequiredDocumentView {
  id: string;
  name: string;
  nameEn: string;
  mandatory: boolean;
}

interface PaymentView {
  id: string;
  amount: number;
  method: 'ONLINE' | 'CASH' | 'BANK_TRANSFER';
  status: string;
  receiptNumber: string | null;
  paidAt: string | null;
}

export interface StaffDossier {
  id: string;
  code: string;
  channel: Channel;
  status: DossierStatus;
  feeStatus: FeeStatus;
  deliveryMethod: DeliveryMethod;
  deliveryStatus: DeliveryStatus;
  processingDays: number;
  submittedAt: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  settledAt: string | null;
  returnedAt: string | null;
  timeliness: string | null;
  promisedAt: string | null;
  postalTrackingNumber: string | null;
  rating: number | null;
  ratingComment: string | null;
  nationalStatus: number | null;
  /** Its track towards the national portal: the portal's last answer, for staff. */
  nationalSync: { state: 'PENDING' | 'SYNCED' | 'FAILED'; attempts: number; lastSyncedAt: string | null; lastError: string | null } | null;
  /** The electronic result and who signed it. */
  result: { signed: boolean; signerName: string | null; signedAt: string | null } | null;
  overdue: boolean;
  assistedBy: string | null;
  supplementItems: string[];
  availableActions: DossierAction[];
  assignable: boolean;
  handlerName: string | null;
  procedure: { code: string; name: string; nameEn: string };
  procedureRules: { version: number; requiredDocuments: RequiredDocumentView[] };
  unit: UnitRef;
  /** With its province and the province's communes (a commune's), or its communes (a province's): where it may go. */
  currentUnit: UnitRef & { parent: (UnitRef & { children: UnitRef[] }) | null; children: UnitRef[] };
  agency: { code: string; name: string; nameEn: string; counters: number };
  applicant: { fullName: string; idNumber: string; phone: string; address: string; email: string | null } | null;
  documents: DossierDocumentView[];
  /** Declarations made from the form values: generated PDFs, no file uploaded. */
  formDeclarations: { requirementId: string; name: string; path: string }[];
  history: DossierEventView[];
  payments: PaymentView[];
}

/** Everything the dossier page shows; every action returns it too, so the page updates from the answer. */
export const STAFF_DOSSIER_FIELDS = gql`
  fragment StaffDossierFields on Dossier {
    id
    code
    channel
    status
    feeStatus
    deliveryMethod
    deliveryStatus
    processingDays
    submittedAt
    receivedAt
    dueAt
    settledAt
    returnedAt
    timeliness
    promisedAt
    postalTrackingNumber
    rating
    ratingComment
    nationalStatus
    nationalSync {
      state
      attempts
      lastSyncedAt
      lastError
    }
    result {
      signed
      signerName
      signedAt
    }
    overdue
    assistedBy
    supplementItems
    availableActions
    assignable
    handlerName
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
        mandatory
      }
    }
    unit {
      code
      name
      nameEn
      level
    }
    currentUnit {
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
    agency {
      code
      name
      nameEn
      counters
    }
    applicant {
      fullName
      idNumber
      phone
      address
      email
    }
    formDeclarations {
      requirementId
      name
      path
    }
    documents {
      id
      name
      role
      requirementId
      addedAt
      file {
        id
        mimeType
        size
        originalName
        digitised
      }
    }
    history {
      id
      action
      fromStatus
      toStatus
      actorName
      actorRole
      reason
      at
    }
    payments {
      id
      amount
      method
      status
      receiptNumber
      paidAt
    }
  }
`;

export const STAFF_DOSSIER = gql<{ dossier: StaffDossier | null }, { code: string }>`
  query StaffDossier($code: String!) {
    dossier(code: $code) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;
