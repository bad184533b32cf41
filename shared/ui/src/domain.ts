/** GraphQL enums the apps display; the labels live in the shared dictionary (i18n/shared.messages.ts). */
export const ROLES = ['CITIZEN', 'VOLUNTEER', 'INTAKE', 'HANDLER', 'APPROVER', 'OFFICIAL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export type SettlingLevel = 'COMMUNE' | 'DISTRICT';
export type OnlineLevel = 'FULL' | 'PARTIAL' | 'NONE';
export type DossierStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RECEIVED'
  | 'SUPPLEMENT_REQUESTED'
  | 'REFUSED'
  | 'WAITING_FOR_FEE'
  | 'IN_PROGRESS'
  | 'RESULT_READY'
  | 'RETURNED'
  | 'WITHDRAWN'
  | 'STOPPED';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export type TrainingAudience = 'OFFICIALS' | 'VOLUNTEERS' | 'CITIZENS';
