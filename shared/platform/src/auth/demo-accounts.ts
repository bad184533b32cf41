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

/**
 * GSO administrative codes of the units the demo officers belong to, as in force since 1 July 2025: Tây Ninh
 * province (which took in Long An) and xã Hậu Nghĩa, one of the seven communes of former Đức Hòa district.
 */
export const DEMO_UNITS = {
  province: '80',
  hauNghia: '27931',
} as const;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { subject: 'demo-citizen', username: 'citizen', fullName: 'Nguyễn Văn An', roles: ['CITIZEN'], unitCode: null },
  { subject: 'demo-volunteer', username: 'volunteer', fullName: 'Trần Thị Bình', roles: ['VOLUNTEER'], unitCode: DEMO_UNITS.hauNghia },
  { subject: 'demo-intake', username: 'intake', fullName: 'Lê Thị Cúc', roles: ['INTAKE'], unitCode: DEMO_UNITS.hauNghia },
  { subject: 'demo-handler', username: 'handler', fullName: 'Phạm Văn Dũng', roles: ['HANDLER'], unitCode: DEMO_UNITS.hauNghia },
  { subject: 'demo-approver', username: 'approver', fullName: 'Võ Minh Đức', roles: ['APPROVER'], unitCode: DEMO_UNITS.hauNghia },
  // A specialist of a provincial body (the land registration office branch): handles and signs what communes
  // transfer to the province.
  { subject: 'demo-province', username: 'province', fullName: 'Đặng Thị Giang', roles: ['HANDLER', 'APPROVER'], unitCode: DEMO_UNITS.province },
  { subject: 'demo-official', username: 'official', fullName: 'Huỳnh Thanh Hải', roles: ['OFFICIAL'], unitCode: DEMO_UNITS.province },
  { subject: 'demo-admin', username: 'admin', fullName: 'Quản trị hệ thống', roles: ['ADMIN'], unitCode: DEMO_UNITS.province },
];
