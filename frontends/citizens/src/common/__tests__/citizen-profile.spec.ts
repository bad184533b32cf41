import type { Session } from '@motcua/ui';
import { describe, expect, it } from 'vitest';
import { applicantDefaults, fillEmpty } from '../citizen-profile';

const session = (identity: Session['user']['identity']): Session => ({
  token: 't',
  user: { id: 'u', username: 'citizen', name: 'Nguyễn Văn An', roles: ['CITIZEN'], unit: null, identity, expiresAt: new Date() },
});
const VNEID = { personalIdNumber: '080090001234', birthdate: '1990-01-01', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa' };

describe("a citizen's form starts filled", () => {
  it('with what they kept, else what their sign-in vouched for, else nothing', () => {
    expect(applicantDefaults(session(null), null)).toEqual({ idNumber: '', phone: '', address: '', email: '' });
    expect(applicantDefaults(session(VNEID), null)).toEqual({ idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa', email: '' });
    const kept = { idNumber: null, phone: '0987654321', address: null, email: 'an@example.vn' };
    expect(applicantDefaults(session(VNEID), kept)).toEqual({ idNumber: '080090001234', phone: '0987654321', address: 'Khu phố 1, xã Hậu Nghĩa', email: 'an@example.vn' });
  });

  it('never over what was typed', () => {
    const typed = { fullName: 'Nguyễn Văn An', idNumber: '079203001234', phone: ' ', address: '', email: '' };
    expect(fillEmpty(typed, { idNumber: '080090001234', phone: '0912345678', address: 'Ấp 2', email: '' })).toEqual({ ...typed, phone: '0912345678', address: 'Ấp 2' });
  });
});
