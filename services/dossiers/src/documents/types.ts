/**
 * The data the printable documents are rendered from. Plain values only (strings, numbers, Dates): the
 * module does no I/O and knows nothing of entities, so a resolver, a worker or a test can feed it.
 * Instants are `Date`s (UTC); the documents show them in Asia/Ho_Chi_Minh.
 */
import type { SettlementTimeliness } from '../domain/timeliness';

export type DocumentKind = 'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'stop-notice' | 'control-slip';

export type DeliveryMethod = 'ONLINE' | 'PICKUP' | 'POST';

export interface DocumentAgency {
  /**
   * The governing body, printed in capitals on the first header line, as it was on the document's date:
   * 'Ủy ban nhân dân xã Hậu Nghĩa' (from 1 July 2025), 'Ủy ban nhân dân huyện Đức Hòa' (before).
   */
  name: string;
  /** The issuing unit, capitals and bold on the second line: 'Trung tâm Phục vụ hành chính công'. */
  unitName: string;
  /** The place name (địa danh) of the place-and-date line: 'Đức Hòa'. */
  place: string;
  address: string;
  phone?: string;
}

interface DocumentPerson {
  fullName: string;
}

interface DocumentApplicant {
  /** A person or an organisation's name, as on the dossier. */
  fullName: string;
  /** Personal identification number (CCCD) or tax code; optional. */
  idNumber?: string;
  phone: string;
  email?: string;
  address: string;
}

interface SubmittedDocument {
  name: string;
  /** true: original (bản chính); false: copy (bản sao). */
  original: boolean;
  copies: number;
}

export interface MissingItem {
  /** What is missing or must be corrected: 'Tờ khai đăng ký khai sinh'. */
  name: string;
  /** What exactly to do: 'ký và ghi rõ họ tên người yêu cầu'. */
  detail?: string;
}

export interface ControlStepParty {
  /** Unit (agency, department, counter): 'Bộ phận Một cửa', 'Phòng Tư pháp'. */
  unit: string;
  fullName?: string;
}

/** One handover of the dossier: who gave it to whom and when, and how the receiving step went. */
export interface ControlStep {
  from: ControlStepParty;
  to: ControlStepParty;
  handedOverAt: Date;
  /** When the receiving step is due. */
  dueAt?: Date;
  /** When the receiving step finished (handed on, or the result was ready). */
  completedAt?: Date;
  /** Overrides the result computed from completedAt and dueAt. */
  result?: SettlementTimeliness;
  note?: string;
}

interface DocumentSigner {
  /** Capitals on the form: 'KT. GIÁM ĐỐC', 'THỦ TRƯỞNG CƠ QUAN'. */
  title: string;
  /** A second title line, e.g. 'PHÓ GIÁM ĐỐC' under 'KT. GIÁM ĐỐC'. */
  subtitle?: string;
  fullName?: string;
}

export interface DossierDocumentData {
  agency: DocumentAgency;
  /** The dossier code, printed and encoded as a Code 128 barcode. */
  code: string;
  /** Public lookup URL, encoded as the QR code. */
  lookupUrl: string;
  procedureName: string;
  applicant: DocumentApplicant;
  receivedAt: Date;
  /** The appointment (hẹn trả kết quả); null while the clock is paused or not yet set. */
  dueAt: Date | null;
  documents: SubmittedDocument[];
  deliveryMethod: DeliveryMethod;
  /** The officer who issues the document (receives, guides, draws up). */
  officer: DocumentPerson;
  /** Date of the place-and-date line; defaults to receivedAt for the receipt, otherwise the time of rendering. */
  issuedAt?: Date;
  /** Document number (số văn bản) for the letters (apology, stop notice): '15/TB-TTHCC'. */
  documentNumber?: string;
  /** The person who signs the letters (apology, stop notice); default: the head of the agency, name left blank. */
  signer?: DocumentSigner;

  // receipt
  /** Legal processing time in working days. */
  processingDays?: number;
  /** Number of sets (bộ) of the dossier; default 1. */
  dossierSets?: number;
  /** Fees and charges due, integer VND. */
  feeVnd?: number;
  /** Where a result goes by post, if not the applicant's address. */
  deliveryAddress?: string;
  /** Entry in the counter's register book. */
  registerEntry?: { book: string; seq: number };

  // supplement request
  missingItems?: Array<string | MissingItem>;
  /** The date by which the citizen should supplement, if one is set. */
  supplementDueAt?: Date;

  // supplement request (optional), refusal, apology, stop notice (optional)
  reason?: string;

  // apology
  newDueAt?: Date;

  // stop notice
  /** When the citizen asked to stop. */
  stopRequestedAt?: Date;
  /** When processing stopped; defaults to issuedAt. */
  stoppedAt?: Date;
  /** How paid fees and submitted papers are handled, one line. */
  settlementNote?: string;

  // control slip
  /** The unit that settles the dossier (cơ quan chủ trì giải quyết). */
  handlingAgency?: string;
  /** Units that take part (cơ quan phối hợp). */
  coordinatingAgencies?: string[];
  steps?: ControlStep[];
}

export interface RegisterRow {
  code: string;
  procedureName: string;
  dossierSets?: number;
  applicantName: string;
  applicantAddress?: string;
  applicantPhone?: string;
  /** The unit that settles it (cơ quan chủ trì giải quyết). */
  handlingAgency?: string;
  receivedAt: Date;
  dueAt: Date | null;
  /** Handed to the settling unit. */
  transferredAt?: Date | null;
  /** Result received back from the settling unit. */
  resultReceivedAt?: Date | null;
  /** Result returned to the citizen. */
  returnedAt?: Date | null;
  deliveryMethod?: DeliveryMethod;
  note?: string;
}

export interface RegisterData {
  /** The governing body, first header line. */
  agencyName: string;
  /** The unit keeping the register (the counter), second header line. */
  unitName: string;
  from: Date;
  to: Date;
  rows: RegisterRow[];
  /** Place name of the place-and-date line, of the unit keeping the register on its date: 'Hậu Nghĩa'. */
  place: string;
  /** Date of the place-and-date line; defaults to `to`. */
  issuedAt?: Date;
  /** Who prints the register (signature block). */
  officer?: DocumentPerson;
  /** Book number (quyển số). */
  book?: string;
}

/** Bad input for a document (a missing per-kind field): a programming error in the caller. */
export class DocumentDataError extends Error {
  override name = 'DocumentDataError';
}
