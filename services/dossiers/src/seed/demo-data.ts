import type { ApplicantInput } from '../resolvers/intake.inputs';

/** Fictitious people of xã Hậu Nghĩa (ID numbers use the prefix 080 of their birth province, Long An, and are not real). */
export const DEMO_APPLICANTS: ApplicantInput[] = [
  { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, xã Hậu Nghĩa, tỉnh Tây Ninh', email: 'an.nguyen@example.vn' },
  { fullName: 'Lê Thị Hồng', idNumber: '080185004321', phone: '0987654321', address: 'Khu phố 3, xã Hậu Nghĩa, tỉnh Tây Ninh', email: null },
  { fullName: 'Trần Văn Bảy', idNumber: '080070002468', phone: '0933111222', address: 'Ấp Lộc Hòa, xã Hậu Nghĩa, tỉnh Tây Ninh', email: null },
  { fullName: 'Phạm Thị Mai', idNumber: '080195007531', phone: '0909888777', address: 'Khu phố 4, xã Hậu Nghĩa, tỉnh Tây Ninh', email: 'mai.pham@example.vn' },
  { fullName: 'Võ Hoàng Long', idNumber: '080088003579', phone: '0977555444', address: 'Khu phố 2, xã Hậu Nghĩa, tỉnh Tây Ninh', email: null },
];

/** A one-page PDF standing in for a scanned paper. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
