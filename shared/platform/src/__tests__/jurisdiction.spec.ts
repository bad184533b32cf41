import { describe, expect, it } from 'vitest';
import { CASEWORK_ROLES, type Principal, type Role } from '../auth/roles';
import { assertJurisdiction, inJurisdiction } from '../context';
import { AppError } from '../errors';

const person = (roles: Role[], unitCode: string | null = '27931'): Principal => ({ subject: `s-${roles.join('-')}`, roles, unitCode }) as Principal;

function refusal(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (err) {
    return err instanceof AppError ? err.code : 'not an AppError';
  }
}

describe('the one jurisdiction rule', () => {
  it('lets an officer act in their own unit only, and an admin everywhere', () => {
    expect(inJurisdiction(person(['INTAKE']), ['27931', '27937'])).toBe(true);
    expect(inJurisdiction(person(['INTAKE']), ['27937'])).toBe(false);
    expect(inJurisdiction(person(['ADMIN'], null), ['27937'])).toBe(true);
    expect(inJurisdiction(person(['INTAKE'], null), [null])).toBe(false);
  });

  it('counts officials among the officers unless the question is about casework', () => {
    const official = person(['OFFICIAL']);
    expect(inJurisdiction(official, ['27931'])).toBe(true);
    expect(inJurisdiction(official, ['27931'], CASEWORK_ROLES)).toBe(false);
    expect(refusal(() => assertJurisdiction(official, ['27931'], CASEWORK_ROLES))).toBe('FORBIDDEN');
    expect(refusal(() => assertJurisdiction(official, ['27931']))).toBeNull();
  });

  it('refuses a citizen as FORBIDDEN and another unit’s officer as OUT_OF_JURISDICTION', () => {
    expect(refusal(() => assertJurisdiction(person(['CITIZEN'], null), ['27931']))).toBe('FORBIDDEN');
    expect(refusal(() => assertJurisdiction(person(['HANDLER'], '27937'), ['27931'], CASEWORK_ROLES))).toBe('OUT_OF_JURISDICTION');
    expect(refusal(() => assertJurisdiction(person(['HANDLER']), ['27931'], CASEWORK_ROLES))).toBeNull();
  });
});
