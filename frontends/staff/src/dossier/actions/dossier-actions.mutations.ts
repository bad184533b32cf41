import { gql } from 'urql';
import { STAFF_DOSSIER_FIELDS, type StaffDossier } from '../dossier.query';

/** Each step of a dossier's life, answered with the whole dossier so the page shows the new state at once. */
type Result<K extends string> = { [P in K]: StaffDossier };

export const RECEIVE_DOSSIER = gql<Result<'receiveDossier'>, { code: string }>`
  mutation ReceiveDossier($code: String!) {
    receiveDossier(code: $code) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const REQUEST_SUPPLEMENT = gql<Result<'requestSupplement'>, { code: string; items: string[]; note: string | null }>`
  mutation RequestSupplement($code: String!, $items: [String!]!, $note: String) {
    requestSupplement(code: $code, items: $items, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const ANSWER_SUPPLEMENT = gql<Result<'answerSupplement'>, { code: string; documents: { requirementId: string; fileId: string }[]; note: string | null }>`
  mutation AnswerSupplement($code: String!, $documents: [DocumentInput!]!, $note: String) {
    answerSupplement(code: $code, documents: $documents, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const REFUSE_DOSSIER = gql<Result<'refuseDossier'>, { code: string; reason: string }>`
  mutation RefuseDossier($code: String!, $reason: String!) {
    refuseDossier(code: $code, reason: $reason) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const WITHDRAW_DOSSIER = gql<Result<'withdrawDossier'>, { code: string; reason: string | null }>`
  mutation WithdrawDossier($code: String!, $reason: String) {
    withdrawDossier(code: $code, reason: $reason) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const START_PROCESSING = gql<Result<'startProcessing'>, { code: string; note: string | null }>`
  mutation StartProcessing($code: String!, $note: String) {
    startProcessing(code: $code, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const RECORD_STEP = gql<Result<'recordStep'>, { code: string; note: string }>`
  mutation RecordStep($code: String!, $note: String!) {
    recordStep(code: $code, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const ASSIGN_HANDLER = gql<Result<'assignHandler'>, { code: string; handlerSubject: string; note: string | null }>`
  mutation AssignHandler($code: String!, $handlerSubject: String!, $note: String) {
    assignHandler(code: $code, handlerSubject: $handlerSubject, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const UNIT_HANDLERS = gql<{ unitHandlers: { subject: string; fullName: string }[] }, Record<string, never>>`
  query UnitHandlers {
    unitHandlers {
      subject
      fullName
    }
  }
`;

export const TRANSFER_DOSSIER = gql<Result<'transferDossier'>, { code: string; toUnitCode: string; note: string | null }>`
  mutation TransferDossier($code: String!, $toUnitCode: String!, $note: String) {
    transferDossier(code: $code, toUnitCode: $toUnitCode, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const APPROVE_DOSSIER = gql<Result<'approveDossier'>, { code: string; resultFileIds: string[]; note: string | null }>`
  mutation ApproveDossier($code: String!, $resultFileIds: [ID!]!, $note: String) {
    approveDossier(code: $code, resultFileIds: $resultFileIds, note: $note) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const APOLOGISE_FOR_DELAY = gql<Result<'apologiseForDelay'>, { code: string; newDate: string; reason: string }>`
  mutation ApologiseForDelay($code: String!, $newDate: DateTimeISO!, $reason: String!) {
    apologiseForDelay(code: $code, newDate: $newDate, reason: $reason) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const STOP_PROCESSING = gql<Result<'stopProcessing'>, { code: string; reason: string }>`
  mutation StopProcessing($code: String!, $reason: String!) {
    stopProcessing(code: $code, reason: $reason) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

/** How the hall board will name the dossier: the masked name and code tail the call will carry. */
export const BOARD_ENTRY = gql<{ dossier: { code: string; boardEntry: { maskedName: string; codeTail: string } | null } | null }, { code: string }>`
  query BoardEntry($code: String!) {
    dossier(code: $code) {
      code
      boardEntry {
        maskedName
        codeTail
      }
    }
  }
`;

export const CALL_FOR_PICKUP = gql<Result<'callForPickup'>, { code: string; counter: number }>`
  mutation CallForPickup($code: String!, $counter: Int!) {
    callForPickup(code: $code, counter: $counter) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const RETURN_RESULT = gql<Result<'returnResult'>, { code: string; receivedBy: string }>`
  mutation ReturnResult($code: String!, $receivedBy: String!) {
    returnResult(code: $code, receivedBy: $receivedBy) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const WAIVE_FEE = gql<Result<'waiveFee'>, { code: string; reason: string }>`
  mutation WaiveFee($code: String!, $reason: String!) {
    waiveFee(code: $code, reason: $reason) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;

export const REPORT_POSTAL_DELIVERY = gql<Result<'reportPostalDelivery'>, { trackingNumber: string; receivedBy: string }>`
  mutation ReportPostalDelivery($trackingNumber: String!, $receivedBy: String!) {
    reportPostalDelivery(trackingNumber: $trackingNumber, receivedBy: $receivedBy) {
      ...StaffDossierFields
    }
  }
  ${STAFF_DOSSIER_FIELDS}
`;
