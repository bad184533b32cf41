/** GraphQL enums the apps display; the labels live in the shared dictionary (i18n/shared.messages.ts). */
export const ROLES = ['CITIZEN', 'VOLUNTEER', 'INTAKE', 'HANDLER', 'APPROVER', 'OFFICIAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** DISTRICT only in procedure versions that ended on 30 June 2025. */
export type SettlingLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type OnlineLevel = 'FULL' | 'PARTIAL' | 'NONE';
export const DOSSIER_STATUSES = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'SUPPLEMENT_REQUESTED', 'REFUSED', 'WAITING_FOR_FEE', 'IN_PROGRESS', 'RESULT_READY', 'RETURNED', 'WITHDRAWN', 'STOPPED'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** A status this build knows (a newer service may send one it does not: it is then shown as it comes). */
export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'string' && (DOSSIER_STATUSES as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type TrainingAudience = 'OFFICIALS' | 'VOLUNTEERS' | 'CITIZENS';
