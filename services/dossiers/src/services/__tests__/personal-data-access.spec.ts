import type { Principal, Role } from '@motcua/platform';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../entities/dossier.entity';
import { canSeePersonalData } from '../dossier-access';

const dossier = { unitCode: '27931', currentUnitCode: '80', applicantSubject: 'demo-citizen', assistedBySubject: 'demo-volunteer' } as Dossier;
const who = (roles: Role[], unitCode: string | null, subject = 'someone'): Principal => ({ subject, roles, unitCode });

describe('canSeePersonalData', () => {
  it('answers the applicant, the volunteer who helped, officers of its units and admins', () => {
    expect(canSeePersonalData(who(['CITIZEN'], null, 'demo-citizen'), dossier)).toBe(true);
    expect(canSeePersonalData(who(['VOLUNTEER'], '27931', 'demo-volunteer'), dossier)).toBe(true);
    expect(canSeePersonalData(who(['INTAKE'], '27931'), dossier)).toBe(true);
    expect(canSeePersonalData(who(['HANDLER', 'APPROVER'], '80'), dossier)).toBe(true);
    expect(canSeePersonalData(who(['ADMIN'], '80'), dossier)).toBe(true);
  });

  it('never answers officials, even of a unit the dossier is at (issue 12, Decree 356/2025)', () => {
    expect(canSeePersonalData(who(['OFFICIAL'], '80'), dossier)).toBe(false);
    expect(canSeePersonalData(who(['OFFICIAL'], '27931'), dossier)).toBe(false);
  });

  it('never answers anyone else', () => {
    expect(canSeePersonalData(null, dossier)).toBe(false);
    expect(canSeePersonalData(who(['CITIZEN'], null), dossier)).toBe(false);
    expect(canSeePersonalData(who(['INTAKE'], '27937'), dossier)).toBe(false);
  });
});
