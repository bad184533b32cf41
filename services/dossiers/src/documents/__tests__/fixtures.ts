import type { DossierDocumentData, RegisterRow } from '../types';

/** Local (UTC+7) wall-clock time → instant. */
export const vn = (isoLocal: string): Date => new Date(`${isoLocal}+07:00`);

export const CODE = 'H41.25-250312-0012';
export const LOOKUP_URL = `https://motcua.duchoa.longan.gov.vn/tra-cuu/${CODE}`;

export function dossier(overrides: Partial<DossierDocumentData> = {}): DossierDocumentData {
  return {
    agency: {
      name: 'Ủy ban nhân dân huyện Đức Hòa',
      unitName: 'Trung tâm Phục vụ hành chính công',
      place: 'Đức Hòa',
      address: 'Khu phố 1, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An',
      phone: '0272 3850 123',
    },
    code: CODE,
    lookupUrl: LOOKUP_URL,
    procedureName: 'Đăng ký thành lập hộ kinh doanh',
    applicant: {
      fullName: 'Nguyễn Văn An',
      idNumber: '080085001234',
      phone: '0909 123 456',
      email: 'nguyenvanan@example.vn',
      address: 'Ấp Bình Tiền 2, xã Đức Hòa Hạ, huyện Đức Hòa, tỉnh Long An',
    },
    receivedAt: vn('2025-03-12T08:30:00'),
    dueAt: vn('2025-03-19T16:00:00'),
    documents: [
      { name: 'Giấy đề nghị đăng ký hộ kinh doanh', original: true, copies: 1 },
      { name: 'Bản sao Căn cước của chủ hộ kinh doanh', original: false, copies: 1 },
      { name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', original: false, copies: 1 },
    ],
    deliveryMethod: 'PICKUP',
    officer: { fullName: 'Trần Thị Bích Ngọc' },
    processingDays: 5,
    feeVnd: 100_000,
    registerEntry: { book: '03/2025', seq: 412 },
    ...overrides,
  };
}

export const SUPPLEMENT = {
  missingItems: [
    { name: 'Giấy đề nghị đăng ký hộ kinh doanh', detail: 'Ghi đầy đủ ngành, nghề kinh doanh và ký, ghi rõ họ tên chủ hộ' },
    'Văn bản ủy quyền của các thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh',
  ],
  reason: 'Hồ sơ chưa đầy đủ thành phần theo quy định',
  supplementDueAt: vn('2025-03-20T17:00:00'),
  issuedAt: vn('2025-03-12T09:00:00'),
};

export const REFUSAL = {
  reason: 'Địa điểm kinh doanh đề nghị đăng ký thuộc khu vực quy hoạch không được phép kinh doanh ngành nghề này',
  issuedAt: vn('2025-03-12T09:10:00'),
};

export const APOLOGY = {
  reason: 'Cần xác minh thực địa địa điểm kinh doanh, chưa hoàn thành trong thời hạn',
  newDueAt: vn('2025-03-24T16:00:00'),
  issuedAt: vn('2025-03-18T10:00:00'),
  documentNumber: '27/PXL-TTHCC',
  signer: { title: 'KT. Giám đốc', subtitle: 'Phó Giám đốc', fullName: 'Võ Thanh Hải' },
};

export const STOP = {
  stopRequestedAt: vn('2025-03-14T14:00:00'),
  stoppedAt: vn('2025-03-14T15:30:00'),
  reason: 'Gia đình thay đổi kế hoạch kinh doanh',
  issuedAt: vn('2025-03-14T15:30:00'),
  documentNumber: '08/TB-TTHCC',
  settlementNote: 'Lệ phí đã nộp được hoàn trả theo quy định',
};

export const CONTROL = {
  handlingAgency: 'Phòng Tài chính - Kế hoạch huyện Đức Hòa',
  coordinatingAgencies: ['Chi cục Thuế khu vực Đức Hòa - Đức Huệ'],
  issuedAt: vn('2025-03-12T08:45:00'),
  steps: [
    {
      from: { unit: 'Trung tâm Phục vụ hành chính công', fullName: 'Trần Thị Bích Ngọc' },
      to: { unit: 'Phòng Tài chính - Kế hoạch', fullName: 'Lê Minh Tuấn' },
      handedOverAt: vn('2025-03-12T09:15:00'),
      dueAt: vn('2025-03-17T17:00:00'),
      completedAt: vn('2025-03-14T10:00:00'),
    },
    {
      from: { unit: 'Phòng Tài chính - Kế hoạch', fullName: 'Lê Minh Tuấn' },
      to: { unit: 'Lãnh đạo Phòng Tài chính - Kế hoạch', fullName: 'Phạm Quốc Hùng' },
      handedOverAt: vn('2025-03-14T10:00:00'),
      dueAt: vn('2025-03-18T17:00:00'),
      completedAt: vn('2025-03-18T15:00:00'),
    },
    {
      from: { unit: 'Lãnh đạo Phòng Tài chính - Kế hoạch', fullName: 'Phạm Quốc Hùng' },
      to: { unit: 'Trung tâm Phục vụ hành chính công', fullName: 'Trần Thị Bích Ngọc' },
      handedOverAt: vn('2025-03-18T15:00:00'),
      dueAt: vn('2025-03-19T10:00:00'),
      completedAt: vn('2025-03-19T11:30:00'),
      note: 'Chậm ký duyệt',
    },
  ],
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Thanh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hạnh', 'Hương', 'Khoa', 'Lộc', 'Mỹ', 'Nhung', 'Phúc', 'Quyên', 'Sơn', 'Thảo', 'Uyên', 'Việt', 'Xuân', 'Yến'];
const PROCEDURES = [
  'Đăng ký thành lập hộ kinh doanh',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ',
  'Đăng ký khai sinh',
  'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng',
];
const COMMUNES = ['Hậu Nghĩa', 'Hiệp Hòa', 'Đức Lập Thượng', 'Mỹ Hạnh Nam', 'Hòa Khánh Tây', 'Lộc Giang'];

/** `count` register rows in March 2025, each with a distinct code and name. */
export function registerRows(count: number): RegisterRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = 3 + (i % 20);
    const dd = String(day).padStart(2, '0');
    const receivedAt = vn(`2025-03-${dd}T${String(7 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00`);
    const returned = i % 3 === 0;
    return {
      code: `H41.25-2503${dd}-${String(i + 1).padStart(4, '0')}`,
      procedureName: PROCEDURES[i % PROCEDURES.length]!,
      dossierSets: 1,
      applicantName: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
      applicantAddress: `${COMMUNES[i % COMMUNES.length]}, Đức Hòa`,
      applicantPhone: `0909 ${String(100000 + i * 37).slice(0, 3)} ${String(100 + i).padStart(3, '0')}`,
      handlingAgency: i % 2 ? 'Phòng Tư pháp' : 'Phòng Tài chính - Kế hoạch',
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + 5 * 86_400_000),
      transferredAt: new Date(receivedAt.getTime() + 2 * 3_600_000),
      resultReceivedAt: returned ? new Date(receivedAt.getTime() + 4 * 86_400_000) : null,
      returnedAt: returned ? new Date(receivedAt.getTime() + 4 * 86_400_000 + 3_600_000) : null,
      deliveryMethod: (['PICKUP', 'ONLINE', 'POST'] as const)[i % 3],
      ...(i % 7 === 0 ? { note: 'Nộp qua Cổng Dịch vụ công' } : {}),
    };
  });
}
