import type { Role } from './roles';

export interface DemoAccount {
  subject: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitCode: string | null;
}

/** The shared password of every demo account; the accounts exist only with the development issuer. */
export const DEMO_PASSWORD = 'demo123';

/** GSO administrative codes of the units the demo officers belong to (see the procedures seed). */
export const DEMO_UNITS = {
  district: '802',
  hauNghiaTown: '27931',
} as const;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { subject: 'demo-citizen', username: 'citizen', fullName: 'Nguyễn Văn An', roles: ['CITIZEN'], unitCode: null },
  { subject: 'demo-volunteer', username: 'volunteer', fullName: 'Trần Thị Bình', roles: ['VOLUNTEER'], unitCode: DEMO_UNITS.hauNghiaTown },
  { subject: 'demo-intake', username: 'intake', fullName: 'Lê Thị Cúc', roles: ['INTAKE'], unitCode: DEMO_UNITS.hauNghiaTown },
  { subject: 'demo-handler', username: 'handler', fullName: 'Phạm Văn Dũng', roles: ['HANDLER'], unitCode: DEMO_UNITS.hauNghiaTown },
  { subject: 'demo-approver', username: 'approver', fullName: 'Võ Minh Đức', roles: ['APPROVER'], unitCode: DEMO_UNITS.hauNghiaTown },
  // A specialist of a district office: handles and signs what communes transfer up (commune → district).
  { subject: 'demo-district', username: 'district', fullName: 'Đặng Thị Giang', roles: ['HANDLER', 'APPROVER'], unitCode: DEMO_UNITS.district },
  { subject: 'demo-official', username: 'official', fullName: 'Huỳnh Thanh Hải', roles: ['OFFICIAL'], unitCode: DEMO_UNITS.district },
  { subject: 'demo-admin', username: 'admin', fullName: 'Quản trị hệ thống', roles: ['ADMIN'], unitCode: DEMO_UNITS.district },
];
