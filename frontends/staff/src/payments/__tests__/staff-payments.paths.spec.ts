import { describe, expect, it } from 'vitest';
import { isStaffPaymentsPath, matchStaffPaymentsRoute, staffPaymentPaths } from '../staff-payments.paths';

describe('fee pages of the staff workspace', () => {
  it('matches each page, with or without a trailing slash', () => {
    expect(matchStaffPaymentsRoute(staffPaymentPaths.day)).toEqual({ page: 'day' });
    expect(matchStaffPaymentsRoute(`${staffPaymentPaths.cashBook}/`)).toEqual({ page: 'cashBook' });
    expect(matchStaffPaymentsRoute(staffPaymentPaths.mismatches)).toEqual({ page: 'mismatches' });
    expect(matchStaffPaymentsRoute(staffPaymentPaths.collect('000.21.25.h39-261127-0003'))).toEqual({ page: 'collect', code: '000.21.25.H39-261127-0003' });
    expect(matchStaffPaymentsRoute('/staff/thu-phi/khac')).toEqual({ page: 'notFound' });
  });

  it('leaves every other staff path to the workspace', () => {
    expect(isStaffPaymentsPath('/staff/thu-phi/so-quy')).toBe(true);
    expect(isStaffPaymentsPath('/staff/ho-so/ABC')).toBe(false);
    expect(isStaffPaymentsPath('/staff/thu-phi-khac')).toBe(false);
  });
});
