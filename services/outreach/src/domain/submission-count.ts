/**
 * How a `dossier.status-changed` event counts for outreach. Each dossier enters the system exactly once, by SUBMIT
 * (online, or presented at the counter and then refused) or by RECEIVE_AT_COUNTER (paper accepted on the spot);
 * later moves do not count. A dossier a volunteer helped with is counted once, on its SUBMIT.
 */

type SubmissionKind = 'ONLINE' | 'IN_PERSON';

export interface StatusChange {
  code: string;
  procedureCode: string;
  unitCode: string;
  channel: string;
  action: string;
  at: Date;
  assistedBySubject: string | null;
  assistedByName: string | null;
}

export interface Submission {
  kind: SubmissionKind;
  /** The volunteer's account, when one helped. */
  helper: { subject: string; name: string } | null;
}

export function submissionOf(change: StatusChange): Submission | null {
  if (change.action === 'RECEIVE_AT_COUNTER') return { kind: 'IN_PERSON', helper: null };
  if (change.action !== 'SUBMIT') return null;
  const helper = change.assistedBySubject ? { subject: change.assistedBySubject, name: change.assistedByName ?? change.assistedBySubject } : null;
  return { kind: change.channel === 'ONLINE' ? 'ONLINE' : 'IN_PERSON', helper };
}

/** The event's payload, checked: null when it lacks what counting needs (such an event is acknowledged and ignored). */
export function parseStatusChange(payload: Record<string, unknown>): StatusChange | null {
  const text = (key: string) => (typeof payload[key] === 'string' && payload[key] ? (payload[key] as string) : null);
  const [code, procedureCode, unitCode, channel, action, at] = ['code', 'procedureCode', 'unitCode', 'channel', 'action', 'at'].map(text);
  if (!code || !procedureCode || !unitCode || !channel || !action || !at) return null;
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return null;
  return { code, procedureCode, unitCode, channel, action, at: instant, assistedBySubject: text('assistedBySubject'), assistedByName: text('assistedByName') };
}
