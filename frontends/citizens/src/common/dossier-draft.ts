import { PERSONAL_STORAGE_PREFIX, type DeliveryMethod } from '@motcua/ui';

/**
 * A dossier being filled in, kept in this browser only (localStorage), one per user and procedure. Files already
 * uploaded are kept by their ids, so coming back does not mean uploading them again.
 */
export interface DraftApplicant {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email: string;
}

export interface AttachedFile {
  fileId: string;
  name: string;
  size: number;
  mimeType: string;
}

export interface DossierDraft {
  version: 1;
  procedureCode: string;
  procedureName: string;
  savedAt: string;
  unitCode: string;
  /** The commune chosen to settle it, when received regardless of boundary (absent in older drafts). */
  competentUnitCode?: string;
  applicant: DraftApplicant;
  formData: Record<string, string>;
  documents: Record<string, AttachedFile>;
  deliveryMethod: DeliveryMethod | null;
  deliveryAddress: string;
  /** The submission's idempotency key (absent in older drafts): a retry after a lost answer sends it again. */
  submissionKey?: string;
}

const PREFIX = `${PERSONAL_STORAGE_PREFIX}citizens.draft.v1`;

function keyOf(userId: string, procedureCode: string): string {
  return `${PREFIX}:${userId}:${procedureCode}`;
}

function parse(raw: string | null): DossierDraft | null {
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as DossierDraft;
    return draft && draft.version === 1 && typeof draft.procedureCode === 'string' ? draft : null;
  } catch {
    return null;
  }
}

export function readDraft(userId: string, procedureCode: string): DossierDraft | null {
  try {
    return parse(window.localStorage.getItem(keyOf(userId, procedureCode)));
  } catch {
    return null;
  }
}

/** Returns false when the browser refuses to store it (private mode, full storage). */
export function writeDraft(userId: string, draft: DossierDraft): boolean {
  try {
    window.localStorage.setItem(keyOf(userId, draft.procedureCode), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(userId: string, procedureCode: string): void {
  try {
    window.localStorage.removeItem(keyOf(userId, procedureCode));
  } catch {
    // Nothing stored, nothing to remove.
  }
}

/** The user's drafts on this device, newest first. */
export function listDrafts(userId: string): DossierDraft[] {
  const drafts: DossierDraft[] = [];
  try {
    for (let index = 0; index < window.localStorage.length; index += 1) {
      const key = window.localStorage.key(index);
      if (!key?.startsWith(`${PREFIX}:${userId}:`)) continue;
      const draft = parse(window.localStorage.getItem(key));
      if (draft) drafts.push(draft);
    }
  } catch {
    return [];
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
