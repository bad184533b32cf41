import type { ApplicantInput } from '../resolvers/intake.inputs';

/** Fictitious people of Hậu Nghĩa town (ID numbers use the Long An prefix 080 and are not real). */
export const DEMO_APPLICANTS: ApplicantInput[] = [
  { fullName: 'Nguyễn Văn An', idNumber: '080090001234', phone: '0912345678', address: 'Khu phố 1, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An', email: 'an.nguyen@example.vn' },
  { fullName: 'Lê Thị Hồng', idNumber: '080185004321', phone: '0987654321', address: 'Khu phố 3, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An', email: null },
  { fullName: 'Trần Văn Bảy', idNumber: '080070002468', phone: '0933111222', address: 'Ấp Lộc Hòa, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An', email: null },
  { fullName: 'Phạm Thị Mai', idNumber: '080195007531', phone: '0909888777', address: 'Khu phố 4, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An', email: 'mai.pham@example.vn' },
  { fullName: 'Võ Hoàng Long', idNumber: '080088003579', phone: '0977555444', address: 'Khu phố 2, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An', email: null },
];

/** A one-page PDF standing in for a scanned paper. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
