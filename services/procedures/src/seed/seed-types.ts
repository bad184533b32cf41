/**
 * Shapes of the procedure catalogue's seed data. Plain data, no persistence concerns.
 *
 * Vietnamese text is stored NFC-normalised, with full diacritics (it is shown to citizens);
 * English text (`…En`) is plain ASCII.
 */

/** DISTRICT only in versions that ended on 30 June 2025, when districts were abolished. */
export type SettlingLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

/** Decree 42/2022/NĐ-CP: full-process online (old level 4) / partial (old level 3) / not online. */
type OnlineLevel = 'FULL' | 'PARTIAL' | 'NONE';

/** Law on Fees and Charges 97/2015/QH13: phí (FEE, pays for a service) / lệ phí (CHARGE, a state levy). */
type FeeKind = 'FEE' | 'CHARGE';

type FeeBasis = 'FIXED' | 'PER_PAGE' | 'PER_COPY';

export interface FeeSeed {
  name: string;
  nameEn: string;
  kind: FeeKind;
  basis: FeeBasis;
  /** Integer VND. */
  amountVnd: number;
  /** Discounted amount when submitted online, if any (integer VND, ≤ amountVnd). */
  onlineAmountVnd?: number;
  /** PER_PAGE tiers: the pages this rule prices (1-based, inclusive), counted in each copy when perCopy. */
  fromPage?: number;
  toPage?: number;
  perCopy?: boolean;
  note?: string;
}

export interface DocumentSeed {
  /** Stable id within the procedure, e.g. 'to-khai'. */
  key: string;
  name: string;
  nameEn: string;
  /** Bản chính (true) vs bản sao (false). */
  original: boolean;
  copies: number;
  mandatory: boolean;
  /** Form number or the form's official name and source, e.g. 'Mẫu số 04/ĐK'. */
  template?: string;
}

export type FormFieldType = 'text' | 'date' | 'number' | 'select' | 'textarea';

export interface FormFieldSeed {
  key: string;
  label: string;
  labelEn: string;
  type: FormFieldType;
  required: boolean;
  options?: string[];
}

export interface StepSeed {
  role: 'INTAKE' | 'HANDLER' | 'APPROVER';
  name: string;
  nameEn: string;
  /** Working days allotted to the step; 0 for a step done on the spot. */
  days: number;
  /** Where the step happens: a procedure received at one level and settled at another transfers. */
  level: SettlingLevel;
}

export interface ProcedureSeed {
  /** National procedure code from the National Public Service Portal, e.g. '1.001193' (birth registration). */
  code: string;
  name: string;
  nameEn: string;
  /** Lĩnh vực, in Vietnamese, e.g. 'Hộ tịch'. */
  field: string;
  fieldEn: string;
  /** The rules below are those of version 1 (valid until 30 June 2025); version 2 is in procedures-2025.data.ts. */
  settlingLevel: SettlingLevel;
  /** The body that decides, e.g. 'Ủy ban nhân dân cấp huyện', 'Chi nhánh Văn phòng đăng ký đất đai'. */
  settlingBody: string;
  settlingBodyEn: string;
  onlineLevel: OnlineLevel;
  /** Legal time in working days; 0 is not allowed — same-day procedures use 1. */
  processingDays: number;
  feePaidBeforeProcessing: boolean;
  fees: FeeSeed[];
  documents: DocumentSeed[];
  formFields: FormFieldSeed[];
  steps: StepSeed[];
  resultType: string;
  resultTypeEn: string;
  legalBasis: string[];
}

/** The decree (and its article) that moved a procedure to another level or body on 1 July 2025. */
export interface MovedBySeed {
  decree: string;
  article: string;
  /** false when the article could not be confirmed from public sources (docs/procedures-2025.md says what). */
  articleConfirmed: boolean;
}

/** What changed for a procedure on 1 July 2025; anything not given is as in version 1. */
export interface Reform2025Seed {
  settlingLevel: 'PROVINCE' | 'COMMUNE';
  settlingBody: string;
  settlingBodyEn: string;
  /** Decree 118/2025/NĐ-CP: received at any commune or the provincial centre of the province. */
  acrossBoundary: boolean;
  legalBasis: string[];
  /** Absent: version 1's steps, received at the commune's Public Administration Service Centre. */
  steps?: StepSeed[];
  /** Present when the level or body changed. */
  movedBy?: MovedBySeed;
  processingDays?: number;
  fees?: FeeSeed[];
}

/** One version of a procedure's rules and the days it holds ('YYYY-MM-DD', validTo inclusive, null = in force). */
export interface VersionSeed {
  version: number;
  validFrom: string;
  validTo: string | null;
  settlingLevel: SettlingLevel;
  settlingBody: string;
  settlingBodyEn: string;
  acrossBoundary: boolean;
  processingDays: number;
  feePaidBeforeProcessing: boolean;
  fees: FeeSeed[];
  documents: DocumentSeed[];
  formFields: FormFieldSeed[];
  steps: StepSeed[];
  resultType: string;
  resultTypeEn: string;
  legalBasis: string[];
  movedBy?: MovedBySeed;
}
