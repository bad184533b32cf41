import type { Role } from './roles';

/**
 * What a level-2 electronic identity (VNeID, Decree 69/2024/NĐ-CP) tells about its holder: the 12-digit personal
 * identification number, date of birth, phone and permanent address, besides the full name.
 */
export interface ElectronicIdentity {
  personalIdNumber: string;
  /** ISO date (YYYY-MM-DD), as OpenID Connect's `birthdate` claim. */
  birthdate: string;
  phone: string;
  address: string;
}

export interface DemoAccount {
  subject: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitCode: string | null;
  /** The identity the local VNeID stand-in vouches for; accounts minted by tests have none. */
  identity?: ElectronicIdentity;
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
  {
    subject: 'demo-citizen',
    username: 'citizen',
    fullName: 'Nguyễn Văn An',
    roles: ['CITIZEN'],
    unitCode: null,
    identity: { personalIdNumber: '080090001234', birthdate: '1990-05-12', phone: '0912345678', address: 'Ấp Tân Hòa, xã Hậu Nghĩa, tỉnh Tây Ninh' },
  },
  {
    subject: 'demo-volunteer',
    username: 'volunteer',
    fullName: 'Trần Thị Bình',
    roles: ['VOLUNTEER'],
    unitCode: DEMO_UNITS.hauNghia,
    identity: { personalIdNumber: '080195002345', birthdate: '1995-09-02', phone: '0913456789', address: 'Ấp Lộc Thành, xã Hậu Nghĩa, tỉnh Tây Ninh' },
  },
  {
    subject: 'demo-intake',
    username: 'intake',
    fullName: 'Lê Thị Cúc',
    roles: ['INTAKE'],
    unitCode: DEMO_UNITS.hauNghia,
    identity: { personalIdNumber: '080188003456', birthdate: '1988-03-20', phone: '0914567890', address: 'Ấp Tân Phú, xã Hậu Nghĩa, tỉnh Tây Ninh' },
  },
  {
    subject: 'demo-handler',
    username: 'handler',
    fullName: 'Phạm Văn Dũng',
    roles: ['HANDLER'],
    unitCode: DEMO_UNITS.hauNghia,
    identity: { personalIdNumber: '080085004567', birthdate: '1985-11-07', phone: '0915678901', address: 'Ấp Bình Thủy, xã Hậu Nghĩa, tỉnh Tây Ninh' },
  },
  {
    subject: 'demo-approver',
    username: 'approver',
    fullName: 'Võ Minh Đức',
    roles: ['APPROVER'],
    unitCode: DEMO_UNITS.hauNghia,
    identity: { personalIdNumber: '080080005678', birthdate: '1980-01-15', phone: '0916789012', address: 'Ấp Nhơn Hòa, xã Hậu Nghĩa, tỉnh Tây Ninh' },
  },
  // A specialist of a provincial body (the land registration office branch): handles and signs what communes
  // transfer to the province.
  {
    subject: 'demo-province',
    username: 'province',
    fullName: 'Đặng Thị Giang',
    roles: ['HANDLER', 'APPROVER'],
    unitCode: DEMO_UNITS.province,
    identity: { personalIdNumber: '072187006789', birthdate: '1987-06-30', phone: '0917890123', address: 'Phường Tân Ninh, tỉnh Tây Ninh' },
  },
  {
    subject: 'demo-official',
    username: 'official',
    fullName: 'Huỳnh Thanh Hải',
    roles: ['OFFICIAL'],
    unitCode: DEMO_UNITS.province,
    identity: { personalIdNumber: '072078007890', birthdate: '1978-08-19', phone: '0918901234', address: 'Phường Tân Ninh, tỉnh Tây Ninh' },
  },
  {
    subject: 'demo-admin',
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    roles: ['ADMIN'],
    unitCode: DEMO_UNITS.province,
    identity: { personalIdNumber: '072192008901', birthdate: '1992-12-01', phone: '0919012345', address: 'Phường Tân Ninh, tỉnh Tây Ninh' },
  },
];
