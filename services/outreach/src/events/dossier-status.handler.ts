import type { EventHandler } from '@motcua/platform';
import { parseStatusChange, submissionOf } from '../domain/submission-count';
import { vietnamMonth } from '@motcua/platform';

/**
 * `dossier.status-changed` from the dossiers service. Runs in the receiver's transaction, after the event's id has
 * been recorded in the inbox, so a replayed event changes nothing. A dossier submitted with a volunteer's help is
 * listed once (its code is the key); every submission adds to its unit's month, online or in person.
 * It touches only this service's tables: the unit's path (for jurisdiction) is filled in when the rows are first read
 * (see UnitPaths), so an event is never refused because another service is slow or still starting.
 */
export const dossierStatusChanged: EventHandler = async (em, payload) => {
  const change = parseStatusChange(payload);
  const submission = change && submissionOf(change);
  if (!change || !submission) return;
  let assisted = 0;
  if (submission.helper) {
    const inserted: unknown[] = await em.execute(
      `insert into outreach.assisted_dossier (dossier_code, helper_subject, helper_name, procedure_code, unit_code, submitted_at)
       values (?, ?, ?, ?, ?, ?) on conflict (dossier_code) do nothing returning dossier_code`,
      [change.code, submission.helper.subject, submission.helper.name, change.procedureCode, change.unitCode, change.at],
    );
    assisted = inserted.length;
  }
  await em.execute(
    `insert into outreach.submission_month as m (unit_code, month, online, in_person, assisted) values (?, ?, ?, ?, ?)
     on conflict (unit_code, month) do update set
       online = m.online + excluded.online, in_person = m.in_person + excluded.in_person, assisted = m.assisted + excluded.assisted`,
    [change.unitCode, vietnamMonth(change.at), submission.kind === 'ONLINE' ? 1 : 0, submission.kind === 'IN_PERSON' ? 1 : 0, assisted],
  );
};
