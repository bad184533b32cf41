import type { DocumentSeed, FeeSeed, FormFieldSeed, FormFieldType, ProcedureSeed, SettlingLevel, StepSeed } from './seed-types';

/**
 * The procedure catalogue of Đức Hòa district and its communes, as it stood before the 2025
 * reorganisation (district level still exists; Land Law 2024 and its decrees in force). These are the
 * rules of version 1, valid until 30 June 2025; what changed on 1 July 2025 is in procedures-2025.data.ts.
 *
 * Codes are the national procedure codes of the National Public Service Portal (dichvucong.gov.vn).
 * Processing times are the legal times in working days. Where a figure is not national but set by
 * Long An's People's Council (most lệ phí), the amount here is an assumption and says so in `note`.
 *
 * Citizen-facing text is Vietnamese with full diacritics; `…En` is ASCII English.
 */

// ---------------------------------------------------------------------------------------------
// Small builders: they keep each procedure readable and the defaults (original, 1 copy, mandatory)
// in one place.

interface DocOptions {
  original?: boolean;
  copies?: number;
  mandatory?: boolean;
  template?: string;
}

function doc(key: string, name: string, nameEn: string, o: DocOptions = {}): DocumentSeed {
  const d: DocumentSeed = {
    key,
    name,
    nameEn,
    original: o.original ?? true,
    copies: o.copies ?? 1,
    mandatory: o.mandatory ?? true,
  };
  if (o.template) d.template = o.template;
  return d;
}

function field(key: string, label: string, labelEn: string, type: FormFieldType, required = true, options?: string[]): FormFieldSeed {
  const f: FormFieldSeed = { key, label, labelEn, type, required };
  if (options) f.options = options;
  return f;
}

function step(role: StepSeed['role'], name: string, nameEn: string, days: number, level: SettlingLevel): StepSeed {
  return { role, name, nameEn, days, level };
}

const intake = (level: SettlingLevel, days = 0): StepSeed =>
  step(
    'INTAKE',
    level === 'COMMUNE' ? 'Bộ phận Một cửa UBND cấp xã tiếp nhận, kiểm tra hồ sơ' : 'Trung tâm Phục vụ hành chính công huyện tiếp nhận, kiểm tra hồ sơ',
    level === 'COMMUNE' ? 'Commune one-stop desk receives and checks the dossier' : 'District Public Administration Centre receives and checks the dossier',
    days,
    level,
  );

const communeApprover = (days: number, what = 'ký, trả kết quả'): StepSeed =>
  step('APPROVER', `Chủ tịch (Phó Chủ tịch) UBND cấp xã ${what}`, "Commune People's Committee chair signs", days, 'COMMUNE');

const districtApprover = (days: number, name: string, nameEn: string): StepSeed => step('APPROVER', name, nameEn, days, 'DISTRICT');

/** Civil-status procedures at the commune: desk → justice/civil-status officer → chair. */
const civilStatusCommuneSteps = (handlerDays: number, approverDays: number): StepSeed[] => [
  intake('COMMUNE'),
  step('HANDLER', 'Công chức Tư pháp - Hộ tịch thẩm tra, ghi Sổ hộ tịch', 'Justice and civil-status officer verifies and records in the civil-status register', handlerDays, 'COMMUNE'),
  communeApprover(approverDays),
];

/** Certification at the commune: the officer compares and writes the attestation; the chair signs. */
const certificationSteps = (handlerDays: number, approverDays: number): StepSeed[] => [
  intake('COMMUNE'),
  step(
    'HANDLER',
    'Công chức Tư pháp - Hộ tịch kiểm tra, ghi lời chứng, vào sổ chứng thực',
    'Justice officer checks, writes the attestation and records it in the certification register',
    handlerDays,
    'COMMUNE',
  ),
  communeApprover(approverDays, 'ký chứng thực, đóng dấu'),
];

const householdBusinessSteps: StepSeed[] = [
  intake('DISTRICT'),
  step('HANDLER', 'Phòng Tài chính - Kế hoạch thẩm định hồ sơ đăng ký hộ kinh doanh', 'Finance and Planning Office reviews the household business filing', 2, 'DISTRICT'),
  districtApprover(1, 'Lãnh đạo Phòng Tài chính - Kế hoạch ký kết quả', 'Head of the Finance and Planning Office signs the result'),
];

// ---------------------------------------------------------------------------------------------
// Legal bases shared by a field.

export const CIVIL_STATUS_BASIS = [
  'Luật Hộ tịch số 60/2014/QH13',
  'Nghị định số 123/2015/NĐ-CP',
  'Nghị định số 87/2020/NĐ-CP',
  'Thông tư số 04/2020/TT-BTP',
  'Thông tư số 01/2022/TT-BTP',
  'Thông tư số 85/2019/TT-BTC',
];

export const CERTIFICATION_BASIS = ['Nghị định số 23/2015/NĐ-CP', 'Nghị định số 45/2020/NĐ-CP', 'Thông tư số 01/2020/TT-BTP', 'Thông tư số 226/2016/TT-BTC'];

export const SOCIAL_ALLOWANCE_BASIS = ['Nghị định số 20/2021/NĐ-CP', 'Nghị định số 76/2024/NĐ-CP'];

const DISABILITY_BASIS = ['Luật Người khuyết tật số 51/2010/QH12', 'Nghị định số 28/2012/NĐ-CP', 'Thông tư số 01/2019/TT-BLĐTBXH'];

const HOUSEHOLD_BUSINESS_BASIS = ['Nghị định số 01/2021/NĐ-CP', 'Thông tư số 01/2021/TT-BKHĐT', 'Thông tư số 02/2023/TT-BKHĐT'];

export const LAND_BASIS = ['Luật Đất đai số 31/2024/QH15', 'Nghị định số 101/2024/NĐ-CP', 'Nghị định số 102/2024/NĐ-CP', 'Thông tư số 85/2019/TT-BTC'];

// ---------------------------------------------------------------------------------------------
// Fees. National amounts are exact; amounts set by Long An's People's Council were not checked
// against its resolutions and are marked "Giả định" (assumption) in their note.

const LONG_AN_SETS_IT = 'Mức thu do HĐND tỉnh Long An quyết định (Thông tư 85/2019/TT-BTC).';
const ONLINE_HALF_ASSUMED = 'Giả định: giảm 50% khi nộp trực tuyến theo chính sách khuyến khích dịch vụ công trực tuyến của tỉnh.';
const CIVIL_STATUS_EXEMPT = 'Miễn cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật (Luật Hộ tịch, Điều 11).';

/** Commune-level civil-status charge (lệ phí hộ tịch) — amount assumed. */
function communeCivilStatusCharge(what: string, whatEn: string): FeeSeed {
  return {
    name: `Lệ phí ${what}`,
    nameEn: `Charge for ${whatEn}`,
    kind: 'CHARGE',
    basis: 'FIXED',
    amountVnd: 5_000,
    onlineAmountVnd: 2_500,
    note: `${LONG_AN_SETS_IT} Giả định: 5.000 đồng/việc tại UBND cấp xã. ${ONLINE_HALF_ASSUMED} ${CIVIL_STATUS_EXEMPT}`,
  };
}

/** Copy certification, Circular 226/2016/TT-BTC: 2,000 VND/page for pages 1–2, 1,000 from page 3, capped at 200,000 per copy. */
const COPY_CERTIFICATION_FEES: FeeSeed[] = [
  {
    name: 'Phí chứng thực bản sao từ bản chính (trang thứ nhất và thứ hai)',
    nameEn: 'Copy certification fee (first and second page)',
    kind: 'FEE',
    basis: 'PER_PAGE',
    amountVnd: 2_000,
    toPage: 2,
    perCopy: true,
    note: 'Áp dụng cho 2 trang đầu của mỗi bản sao. Tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC).',
  },
  {
    name: 'Phí chứng thực bản sao từ bản chính (từ trang thứ ba trở lên)',
    nameEn: 'Copy certification fee (third page onwards)',
    kind: 'FEE',
    basis: 'PER_PAGE',
    amountVnd: 1_000,
    fromPage: 3,
    perCopy: true,
    note: 'Tính cho mỗi trang từ trang thứ ba của mỗi bản sao. Tổng phí không quá 200.000 đồng/bản (Thông tư 226/2016/TT-BTC).',
  },
];

const HOUSEHOLD_BUSINESS_CHARGE: FeeSeed = {
  name: 'Lệ phí đăng ký hộ kinh doanh',
  nameEn: 'Household business registration charge',
  kind: 'CHARGE',
  basis: 'FIXED',
  amountVnd: 100_000,
  onlineAmountVnd: 50_000,
  note: `${LONG_AN_SETS_IT} 100.000 đồng/lần cấp là mức phổ biến. ${ONLINE_HALF_ASSUMED}`,
};

const landCertificateCharge = (basis: FeeSeed['basis']): FeeSeed => ({
  name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất',
  nameEn: 'Land use rights certificate charge',
  kind: 'CHARGE',
  basis,
  amountVnd: 25_000,
  note: `${LONG_AN_SETS_IT} Giả định: 25.000 đồng/giấy đối với cá nhân (chỉ có quyền sử dụng đất). Thuế, lệ phí trước bạ, tiền sử dụng đất (nếu có) là nghĩa vụ tài chính riêng, không thuộc khoản này.`,
});

const LAND_DOSSIER_APPRAISAL_FEE: FeeSeed = {
  name: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất',
  nameEn: 'Land certificate dossier appraisal fee',
  kind: 'FEE',
  basis: 'FIXED',
  amountVnd: 100_000,
  note: `${LONG_AN_SETS_IT} Giả định: 100.000 đồng/hồ sơ đối với cá nhân.`,
};

// ---------------------------------------------------------------------------------------------
// Shared form-field option lists.

const SEX = ['Nam', 'Nữ'];
const LAND_USE_PURPOSES = [
  'Đất ở tại nông thôn',
  'Đất ở tại đô thị',
  'Đất trồng lúa',
  'Đất trồng cây hằng năm khác',
  'Đất trồng cây lâu năm',
  'Đất nuôi trồng thủy sản',
  'Đất thương mại, dịch vụ',
  'Khác',
];

const parcelFields = (): FormFieldSeed[] => [field('so-thua', 'Số thửa đất', 'Parcel number', 'text'), field('so-to-ban-do', 'Số tờ bản đồ', 'Map sheet number', 'text')];

// ---------------------------------------------------------------------------------------------

export const PROCEDURES: ProcedureSeed[] = [
  // ===== Hộ tịch — commune =====================================================================
  {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    nameEn: 'Birth registration',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 1, // Luật Hộ tịch, Điều 16: ngay sau khi nhận đủ giấy tờ.
    feePaidBeforeProcessing: false,
    fees: [], // Free when registered on time (Luật Hộ tịch, Điều 11).
    documents: [
      doc('to-khai', 'Tờ khai đăng ký khai sinh', 'Birth registration form', {
        template: 'Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)',
      }),
      doc(
        'giay-chung-sinh',
        'Giấy chứng sinh (không có thì thay bằng văn bản của người làm chứng hoặc giấy cam đoan về việc sinh)',
        'Medical birth certificate (or a witness statement or sworn declaration of the birth)',
      ),
      doc('van-ban-uy-quyen', 'Văn bản ủy quyền (khi nộp thay cha, mẹ)', "Power of attorney (when filing on the parents' behalf)", {
        mandatory: false,
      }),
    ],
    formFields: [
      field('ho-ten-tre', 'Họ, chữ đệm và tên của trẻ', "Child's full name", 'text'),
      field('ngay-sinh', 'Ngày, tháng, năm sinh', 'Date of birth', 'date'),
      field('gioi-tinh', 'Giới tính', 'Sex', 'select', true, SEX),
      field('noi-sinh', 'Nơi sinh', 'Place of birth', 'text'),
      field('ho-ten-me', 'Họ, chữ đệm và tên người mẹ', "Mother's full name", 'text'),
      field('ho-ten-cha', 'Họ, chữ đệm và tên người cha', "Father's full name", 'text', false),
    ],
    steps: civilStatusCommuneSteps(1, 0),
    resultType: 'Giấy khai sinh',
    resultTypeEn: 'Birth certificate',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.000656',
    name: 'Đăng ký khai tử',
    nameEn: 'Death registration',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 1, // Luật Hộ tịch, Điều 34: ngay sau khi nhận giấy tờ.
    feePaidBeforeProcessing: false,
    fees: [], // Free when registered within 15 days of the death (Luật Hộ tịch, Điều 11).
    documents: [
      doc('to-khai', 'Tờ khai đăng ký khai tử', 'Death registration form', {
        template: 'Tờ khai đăng ký khai tử (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-bao-tu', 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', 'Notice of death or a document replacing it'),
    ],
    formFields: [
      field('ho-ten-nguoi-chet', 'Họ, chữ đệm và tên người chết', 'Full name of the deceased', 'text'),
      field('ngay-chet', 'Ngày chết', 'Date of death', 'date'),
      field('noi-chet', 'Nơi chết', 'Place of death', 'text'),
      field('nguyen-nhan-chet', 'Nguyên nhân chết', 'Cause of death', 'text', false),
      field('quan-he', 'Quan hệ với người chết', 'Relationship to the deceased', 'select', true, ['Vợ/chồng', 'Con', 'Cha/mẹ', 'Người thân thích khác', 'Đại diện cơ quan, tổ chức']),
    ],
    steps: civilStatusCommuneSteps(1, 0),
    resultType: 'Trích lục khai tử',
    resultTypeEn: 'Death registration extract',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.000894',
    name: 'Đăng ký kết hôn',
    nameEn: 'Marriage registration',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    // Both parties must appear to sign the register and receive the certificate (Luật Hộ tịch, Điều 18).
    onlineLevel: 'PARTIAL',
    processingDays: 1, // Luật Hộ tịch, Điều 18: ngay; up to 5 working days when verification is needed.
    feePaidBeforeProcessing: false,
    fees: [], // Free for Vietnamese citizens residing in Vietnam (Luật Hộ tịch, Điều 11).
    documents: [
      doc('to-khai', 'Tờ khai đăng ký kết hôn', 'Marriage registration form', {
        template: 'Tờ khai đăng ký kết hôn (Thông tư 04/2020/TT-BTP)',
      }),
      doc(
        'xac-nhan-tthn',
        'Giấy xác nhận tình trạng hôn nhân (khi đăng ký tại xã không phải nơi thường trú của bên nam hoặc bên nữ)',
        'Certificate of marital status (when registering outside the permanent residence of either party)',
        { mandatory: false },
      ),
    ],
    formFields: [
      field('ho-ten-nam', 'Họ, chữ đệm và tên bên nam', "Groom's full name", 'text'),
      field('ngay-sinh-nam', 'Ngày sinh bên nam', "Groom's date of birth", 'date'),
      field('ho-ten-nu', 'Họ, chữ đệm và tên bên nữ', "Bride's full name", 'text'),
      field('ngay-sinh-nu', 'Ngày sinh bên nữ', "Bride's date of birth", 'date'),
      field('ngay-de-nghi-trao', 'Ngày đề nghị trao Giấy chứng nhận kết hôn', 'Preferred date for handing over the certificate', 'date', false),
    ],
    steps: civilStatusCommuneSteps(1, 0),
    resultType: 'Giấy chứng nhận kết hôn',
    resultTypeEn: 'Marriage certificate',
    legalBasis: [...CIVIL_STATUS_BASIS, 'Luật Hôn nhân và gia đình số 52/2014/QH13'],
  },
  {
    code: '1.004873',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    nameEn: 'Issuance of a certificate of marital status',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 3, // Nghị định 123/2015/NĐ-CP, Điều 22.
    feePaidBeforeProcessing: true,
    fees: [communeCivilStatusCharge('cấp Giấy xác nhận tình trạng hôn nhân', 'a certificate of marital status')],
    documents: [
      doc('to-khai', 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Application for a certificate of marital status', {
        template: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-to-ly-hon', 'Giấy tờ chứng minh việc ly hôn hoặc vợ/chồng đã chết (nếu đã từng kết hôn)', "Proof of divorce or of the spouse's death (if previously married)", {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('muc-dich', 'Mục đích sử dụng Giấy xác nhận', 'Purpose of the certificate', 'text'),
      field('tinh-trang-hon-nhan', 'Tình trạng hôn nhân hiện tại', 'Current marital status', 'select', true, ['Chưa đăng ký kết hôn với ai', 'Đã ly hôn', 'Vợ/chồng đã chết', 'Đang có vợ/chồng']),
      field('nguoi-du-dinh-ket-hon', 'Họ tên người dự định kết hôn (nếu dùng để kết hôn)', 'Name of the intended spouse (if for marriage)', 'text', false),
      field('noi-cu-tru-truoc-day', 'Nơi cư trú trước đây (nếu đã thay đổi)', 'Previous places of residence (if any)', 'textarea', false),
    ],
    steps: civilStatusCommuneSteps(2, 1),
    resultType: 'Giấy xác nhận tình trạng hôn nhân',
    resultTypeEn: 'Certificate of marital status',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.004884',
    name: 'Đăng ký lại khai sinh',
    nameEn: 'Re-registration of a birth',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 5, // Nghị định 123/2015/NĐ-CP, Điều 27 (+5 when verification is needed).
    feePaidBeforeProcessing: true,
    fees: [communeCivilStatusCharge('đăng ký lại khai sinh', 're-registering a birth')],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký lại khai sinh', 'Birth re-registration form', {
        template: 'Tờ khai đăng ký lại khai sinh (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-to-ca-nhan', 'Bản sao giấy tờ, hồ sơ cá nhân có thông tin về nội dung khai sinh', 'Copies of personal records showing the birth details', { original: false }),
    ],
    formFields: [
      field('ho-ten', 'Họ, chữ đệm và tên người được khai sinh', 'Full name of the person', 'text'),
      field('ngay-sinh', 'Ngày, tháng, năm sinh', 'Date of birth', 'date'),
      field('noi-dang-ky-truoc-day', 'Nơi đã đăng ký khai sinh trước đây', 'Where the birth was first registered', 'text'),
      field('ho-ten-me', 'Họ, chữ đệm và tên người mẹ', "Mother's full name", 'text', false),
      field('ho-ten-cha', 'Họ, chữ đệm và tên người cha', "Father's full name", 'text', false),
    ],
    steps: civilStatusCommuneSteps(4, 1),
    resultType: 'Giấy khai sinh',
    resultTypeEn: 'Birth certificate',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.005461',
    name: 'Đăng ký lại khai tử',
    nameEn: 'Re-registration of a death',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 5, // Nghị định 123/2015/NĐ-CP, Điều 28.
    feePaidBeforeProcessing: true,
    fees: [communeCivilStatusCharge('đăng ký lại khai tử', 're-registering a death')],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký lại khai tử', 'Death re-registration form', {
        template: 'Tờ khai đăng ký lại khai tử (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-to-khai-tu', 'Bản sao Giấy chứng tử hoặc giấy tờ liên quan đến việc khai tử trước đây', 'Copy of the old death certificate or other records of the earlier registration', {
        original: false,
      }),
    ],
    formFields: [
      field('ho-ten-nguoi-chet', 'Họ, chữ đệm và tên người chết', 'Full name of the deceased', 'text'),
      field('ngay-chet', 'Ngày chết', 'Date of death', 'date'),
      field('noi-dang-ky-truoc-day', 'Nơi đã đăng ký khai tử trước đây', 'Where the death was first registered', 'text'),
    ],
    steps: civilStatusCommuneSteps(4, 1),
    resultType: 'Trích lục khai tử',
    resultTypeEn: 'Death registration extract',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.004746',
    name: 'Đăng ký lại kết hôn',
    nameEn: 'Re-registration of a marriage',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'PARTIAL', // Both spouses must appear (Nghị định 123/2015/NĐ-CP, Điều 27).
    processingDays: 5,
    feePaidBeforeProcessing: true,
    fees: [communeCivilStatusCharge('đăng ký lại kết hôn', 're-registering a marriage')],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký lại kết hôn', 'Marriage re-registration form', {
        template: 'Tờ khai đăng ký lại kết hôn (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-to-ket-hon', 'Bản sao Giấy chứng nhận kết hôn cũ hoặc hồ sơ, giấy tờ có thông tin về việc kết hôn', 'Copy of the old marriage certificate or records showing the marriage', {
        original: false,
      }),
    ],
    formFields: [
      field('ho-ten-chong', 'Họ, chữ đệm và tên người chồng', "Husband's full name", 'text'),
      field('ho-ten-vo', 'Họ, chữ đệm và tên người vợ', "Wife's full name", 'text'),
      field('noi-dang-ky-truoc-day', 'Nơi đã đăng ký kết hôn trước đây', 'Where the marriage was first registered', 'text'),
      field('ngay-dang-ky-truoc-day', 'Ngày đã đăng ký kết hôn (nếu nhớ)', 'Date of the earlier registration (if known)', 'date', false),
    ],
    steps: civilStatusCommuneSteps(4, 1),
    resultType: 'Giấy chứng nhận kết hôn',
    resultTypeEn: 'Marriage certificate',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    // At the commune: changes and corrections for people under 14, additions, re-determination of ethnicity.
    code: '1.004859',
    name: 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc',
    nameEn: 'Change, correction or completion of civil status data; re-determination of ethnicity',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 3, // Luật Hộ tịch, Điều 28 (additions are done on the spot).
    feePaidBeforeProcessing: true,
    fees: [communeCivilStatusCharge('thay đổi, cải chính, bổ sung thông tin hộ tịch', 'amending civil status data')],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', 'Application to change, correct or complete civil status data', {
        template: 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-to-can-cu', 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung', 'Documents supporting the amendment', {
        original: false,
      }),
      doc('giay-to-ho-tich-goc', 'Bản chính giấy tờ hộ tịch cần sửa (nếu có)', 'Original civil status document to be amended (if any)', {
        mandatory: false,
      }),
    ],
    formFields: [
      field('loai-yeu-cau', 'Loại yêu cầu', 'Kind of request', 'select', true, ['Thay đổi', 'Cải chính', 'Bổ sung', 'Xác định lại dân tộc']),
      field('giay-to-can-sua', 'Giấy tờ hộ tịch cần sửa', 'Civil status document concerned', 'select', true, ['Giấy khai sinh', 'Giấy chứng nhận kết hôn', 'Trích lục khai tử', 'Khác']),
      field('noi-dung-hien-tai', 'Nội dung hiện ghi', 'Current entry', 'textarea'),
      field('noi-dung-de-nghi', 'Nội dung đề nghị ghi', 'Requested entry', 'textarea'),
      field('ly-do', 'Lý do', 'Reason', 'textarea'),
    ],
    steps: civilStatusCommuneSteps(2, 1),
    resultType: 'Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch',
    resultTypeEn: 'Extract recording the amendment of civil status data',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.001022',
    name: 'Đăng ký nhận cha, mẹ, con',
    nameEn: 'Registration of recognition of a parent or child',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'PARTIAL', // Both the recognising and the recognised party must appear (Luật Hộ tịch, Điều 25).
    processingDays: 3, // Luật Hộ tịch, Điều 25 (+5 when verification is needed).
    feePaidBeforeProcessing: true,
    fees: [communeCivilStatusCharge('đăng ký nhận cha, mẹ, con', 'registering the recognition of a parent or child')],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký nhận cha, mẹ, con', 'Parent-child recognition form', {
        template: 'Tờ khai đăng ký nhận cha, mẹ, con (Thông tư 04/2020/TT-BTP)',
      }),
      doc('chung-cu', 'Văn bản, chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản giám định ADN hoặc giấy tờ khác)', 'Evidence of the parent-child relationship (DNA test report or other documents)'),
    ],
    formFields: [
      field('nguoi-nhan', 'Họ, chữ đệm và tên người nhận', 'Full name of the recognising person', 'text'),
      field('nguoi-duoc-nhan', 'Họ, chữ đệm và tên người được nhận', 'Full name of the person recognised', 'text'),
      field('quan-he', 'Quan hệ', 'Relationship', 'select', true, ['Nhận cha', 'Nhận mẹ', 'Nhận con']),
      field('ngay-sinh-nguoi-duoc-nhan', 'Ngày sinh người được nhận', 'Date of birth of the person recognised', 'date'),
    ],
    steps: civilStatusCommuneSteps(2, 1),
    resultType: 'Trích lục đăng ký nhận cha, mẹ, con',
    resultTypeEn: 'Extract of the parent-child recognition',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.000689',
    name: 'Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con',
    nameEn: 'Birth registration combined with recognition of the father or mother',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'PARTIAL',
    processingDays: 3, // Nghị định 123/2015/NĐ-CP, Điều 15: the recognition part sets the time.
    feePaidBeforeProcessing: true,
    // Birth registration itself is free; only the recognition is charged.
    fees: [communeCivilStatusCharge('đăng ký nhận cha, mẹ, con', 'registering the recognition of a parent or child')],
    documents: [
      doc('to-khai-khai-sinh', 'Tờ khai đăng ký khai sinh', 'Birth registration form', {
        template: 'Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)',
      }),
      doc('to-khai-nhan', 'Tờ khai đăng ký nhận cha, mẹ, con', 'Parent-child recognition form', {
        template: 'Tờ khai đăng ký nhận cha, mẹ, con (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-chung-sinh', 'Giấy chứng sinh hoặc giấy tờ thay thế', 'Medical birth certificate or a replacement document'),
      doc('chung-cu', 'Văn bản, chứng cứ chứng minh quan hệ cha, mẹ, con', 'Evidence of the parent-child relationship'),
    ],
    formFields: [
      field('ho-ten-tre', 'Họ, chữ đệm và tên của trẻ', "Child's full name", 'text'),
      field('ngay-sinh', 'Ngày, tháng, năm sinh', 'Date of birth', 'date'),
      field('gioi-tinh', 'Giới tính', 'Sex', 'select', true, SEX),
      field('ho-ten-me', 'Họ, chữ đệm và tên người mẹ', "Mother's full name", 'text'),
      field('ho-ten-nguoi-nhan', 'Họ, chữ đệm và tên người nhận là cha (hoặc mẹ)', 'Full name of the person recognising the child', 'text'),
    ],
    steps: civilStatusCommuneSteps(2, 1),
    resultType: 'Giấy khai sinh; Trích lục đăng ký nhận cha, mẹ, con',
    resultTypeEn: 'Birth certificate and parent-child recognition extract',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '1.004837',
    name: 'Đăng ký giám hộ',
    nameEn: 'Guardianship registration',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 3, // Luật Hộ tịch, Điều 20–21.
    feePaidBeforeProcessing: false,
    fees: [], // Free (Luật Hộ tịch, Điều 11).
    documents: [
      doc('to-khai', 'Tờ khai đăng ký giám hộ', 'Guardianship registration form', {
        template: 'Tờ khai đăng ký giám hộ (Thông tư 04/2020/TT-BTP)',
      }),
      doc(
        'van-ban-cu-giam-ho',
        'Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện làm giám hộ đương nhiên',
        'Deed appointing the guardian, or proof of the conditions for statutory guardianship',
      ),
    ],
    formFields: [
      field('nguoi-giam-ho', 'Họ, chữ đệm và tên người giám hộ', "Guardian's full name", 'text'),
      field('nguoi-duoc-giam-ho', 'Họ, chữ đệm và tên người được giám hộ', "Ward's full name", 'text'),
      field('ngay-sinh-nguoi-duoc-giam-ho', 'Ngày sinh người được giám hộ', "Ward's date of birth", 'date'),
      field('loai-giam-ho', 'Hình thức giám hộ', 'Kind of guardianship', 'select', true, ['Giám hộ cử', 'Giám hộ đương nhiên']),
    ],
    steps: civilStatusCommuneSteps(2, 1),
    resultType: 'Trích lục đăng ký giám hộ',
    resultTypeEn: 'Guardianship registration extract',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '2.000635',
    name: 'Cấp bản sao Trích lục hộ tịch',
    nameEn: 'Issuance of a copy of a civil status extract',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 1,
    feePaidBeforeProcessing: true,
    fees: [
      {
        name: 'Phí cấp bản sao trích lục hộ tịch',
        nameEn: 'Fee for a copy of a civil status extract',
        kind: 'FEE',
        basis: 'PER_COPY',
        amountVnd: 8_000,
        note: 'Phí khai thác, sử dụng thông tin trong Cơ sở dữ liệu hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch (Thông tư 281/2016/TT-BTC).',
      },
    ],
    documents: [
      doc('to-khai', 'Tờ khai cấp bản sao trích lục hộ tịch', 'Application for a copy of a civil status extract', {
        template: 'Tờ khai cấp bản sao trích lục hộ tịch (Thông tư 04/2020/TT-BTP)',
      }),
      doc('uy-quyen', 'Văn bản ủy quyền (khi yêu cầu cấp bản sao cho người khác)', 'Power of attorney (when requesting a copy for someone else)', { mandatory: false }),
    ],
    formFields: [
      field('loai-trich-luc', 'Loại sự kiện hộ tịch', 'Kind of civil status event', 'select', true, ['Khai sinh', 'Kết hôn', 'Khai tử', 'Khác']),
      field('ho-ten-nguoi-duoc-cap', 'Họ, chữ đệm và tên người được cấp bản sao', 'Full name on the record', 'text'),
      field('ngay-dang-ky', 'Ngày đăng ký sự kiện (nếu biết)', 'Date of registration (if known)', 'date', false),
      field('so-ban', 'Số bản sao yêu cầu', 'Number of copies', 'number'),
    ],
    steps: civilStatusCommuneSteps(1, 0),
    resultType: 'Bản sao trích lục hộ tịch',
    resultTypeEn: 'Copy of the civil status extract',
    legalBasis: [...CIVIL_STATUS_BASIS, 'Thông tư số 281/2016/TT-BTC'],
  },

  // ===== Chứng thực — commune ==================================================================
  {
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    nameEn: 'Certification of copies from originals issued or certified by Vietnamese authorities',
    field: 'Chứng thực',
    fieldEn: 'Certification',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    // The electronic copy can be requested online, but the original must be shown at the desk.
    onlineLevel: 'PARTIAL',
    processingDays: 1, // Nghị định 23/2015/NĐ-CP, Điều 7: trong ngày (sau 15 giờ thì ngày làm việc tiếp theo).
    feePaidBeforeProcessing: false,
    fees: COPY_CERTIFICATION_FEES,
    documents: [
      doc('ban-chinh', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'Original of the document to be copied'),
      doc('ban-sao', 'Bản sao cần chứng thực (nếu người yêu cầu tự chuẩn bị)', 'The copies to certify (if brought by the applicant)', {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('ten-giay-to', 'Tên giấy tờ, văn bản', 'Document title', 'text'),
      field('co-quan-cap', 'Cơ quan cấp', 'Issuing authority', 'text', false),
      field('so-trang', 'Số trang của bản chính', 'Number of pages', 'number'),
      field('so-ban', 'Số bản sao cần chứng thực', 'Number of certified copies', 'number'),
    ],
    steps: certificationSteps(1, 0),
    resultType: 'Bản sao có chứng thực',
    resultTypeEn: 'Certified copy',
    legalBasis: CERTIFICATION_BASIS,
  },
  {
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    nameEn: 'Certification of signatures on documents (including fingerprints, and persons unable to sign or fingerprint)',
    field: 'Chứng thực',
    fieldEn: 'Certification',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'NONE', // The person must sign in front of the certifying officer.
    processingDays: 1,
    feePaidBeforeProcessing: false,
    fees: [
      {
        name: 'Phí chứng thực chữ ký',
        nameEn: 'Signature certification fee',
        kind: 'FEE',
        basis: 'FIXED',
        amountVnd: 10_000,
        note: '10.000 đồng/trường hợp; một trường hợp là một hoặc nhiều chữ ký trong cùng một giấy tờ (Thông tư 226/2016/TT-BTC).',
      },
    ],
    documents: [doc('giay-to-can-ky', 'Giấy tờ, văn bản mà người yêu cầu chứng thực sẽ ký', 'The document to be signed')],
    formFields: [
      field('ten-giay-to', 'Tên giấy tờ, văn bản', 'Document title', 'text'),
      field('hinh-thuc', 'Hình thức', 'Form of signing', 'select', true, ['Ký', 'Điểm chỉ', 'Không thể ký, không thể điểm chỉ']),
      field('so-ban', 'Số bản cần chứng thực', 'Number of copies', 'number'),
    ],
    steps: certificationSteps(1, 0),
    resultType: 'Giấy tờ, văn bản đã được chứng thực chữ ký',
    resultTypeEn: 'Document with certified signature',
    legalBasis: CERTIFICATION_BASIS,
  },
  {
    code: '2.001035',
    name: 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
    nameEn: 'Certification of contracts and transactions on movable property, land use rights and houses',
    field: 'Chứng thực',
    fieldEn: 'Certification',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'NONE', // The parties sign in front of the certifying officer.
    processingDays: 2, // Nghị định 23/2015/NĐ-CP, Điều 37.
    feePaidBeforeProcessing: false,
    fees: [
      {
        name: 'Phí chứng thực hợp đồng, giao dịch',
        nameEn: 'Contract certification fee',
        kind: 'FEE',
        basis: 'FIXED',
        amountVnd: 50_000,
        note: '50.000 đồng/hợp đồng, giao dịch (Thông tư 226/2016/TT-BTC).',
      },
    ],
    documents: [
      doc('du-thao-hop-dong', 'Dự thảo hợp đồng, giao dịch', 'Draft contract or transaction'),
      doc(
        'giay-to-tai-san',
        'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (kèm bản chính để đối chiếu)',
        'Copy of the ownership or land use certificate (original shown for comparison)',
        { original: false },
      ),
    ],
    formFields: [
      field('loai-hop-dong', 'Loại hợp đồng, giao dịch', 'Kind of contract', 'select', true, [
        'Chuyển nhượng quyền sử dụng đất',
        'Tặng cho quyền sử dụng đất',
        'Thế chấp quyền sử dụng đất',
        'Mua bán, tặng cho nhà ở',
        'Mua bán, tặng cho động sản',
        'Khác',
      ]),
      field('ben-a', 'Bên A (họ tên)', 'Party A (name)', 'text'),
      field('ben-b', 'Bên B (họ tên)', 'Party B (name)', 'text'),
      field('tai-san', 'Mô tả tài sản', 'Description of the property', 'textarea'),
      field('so-ban', 'Số bản cần chứng thực', 'Number of copies', 'number'),
    ],
    steps: certificationSteps(1, 1),
    resultType: 'Hợp đồng, giao dịch đã được chứng thực',
    resultTypeEn: 'Certified contract',
    legalBasis: CERTIFICATION_BASIS,
  },
  {
    code: '2.001019',
    name: 'Chứng thực di chúc',
    nameEn: 'Certification of a will',
    field: 'Chứng thực',
    fieldEn: 'Certification',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'NONE', // The testator signs in front of the certifying officer.
    processingDays: 2, // Nghị định 23/2015/NĐ-CP, Điều 37.
    feePaidBeforeProcessing: false,
    fees: [
      {
        name: 'Phí chứng thực di chúc',
        nameEn: 'Will certification fee',
        kind: 'FEE',
        basis: 'FIXED',
        amountVnd: 50_000,
        note: '50.000 đồng/di chúc (Thông tư 226/2016/TT-BTC).',
      },
    ],
    documents: [
      doc('du-thao-di-chuc', 'Dự thảo di chúc', 'Draft will'),
      doc(
        'giay-to-tai-san',
        'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản (nếu di chúc liên quan đến tài sản phải đăng ký)',
        'Copy of the ownership certificate (if the will concerns registered property)',
        { original: false, mandatory: false },
      ),
    ],
    formFields: [
      field('nguoi-lap-di-chuc', 'Họ, chữ đệm và tên người lập di chúc', "Testator's full name", 'text'),
      field('tai-san', 'Tài sản định đoạt trong di chúc', 'Property disposed of', 'textarea'),
      field('so-ban', 'Số bản cần chứng thực', 'Number of copies', 'number'),
    ],
    steps: certificationSteps(1, 1),
    resultType: 'Di chúc đã được chứng thực',
    resultTypeEn: 'Certified will',
    legalBasis: [...CERTIFICATION_BASIS, 'Bộ luật Dân sự số 91/2015/QH13'],
  },

  // ===== Bảo trợ xã hội ========================================================================
  {
    // Received and reviewed at the commune; the district chair decides (Nghị định 20/2021/NĐ-CP, Điều 8).
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    nameEn: 'Granting, adjusting or ending monthly social allowances and monthly care support',
    field: 'Bảo trợ xã hội',
    fieldEn: 'Social protection',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Ủy ban nhân dân cấp huyện',
    settlingBodyEn: "District People's Committee",
    onlineLevel: 'FULL',
    processingDays: 20, // 10 (commune, incl. 2 days' public posting) + 7 (district office) + 3 (district chair).
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('to-khai', 'Tờ khai đề nghị trợ giúp xã hội (theo mẫu tương ứng với từng đối tượng)', "Application for social assistance (form for the applicant's category)", {
        template: 'Mẫu số 1a–1đ, Nghị định 20/2021/NĐ-CP',
      }),
      doc('xac-nhan-khuyet-tat', 'Bản sao Giấy xác nhận khuyết tật (đối với người khuyết tật)', 'Copy of the disability certificate (for persons with disabilities)', {
        original: false,
        mandatory: false,
      }),
      doc('giay-to-khac', 'Giấy tờ khác chứng minh thuộc đối tượng hưởng (nếu có)', 'Other proof of eligibility (if any)', {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('yeu-cau', 'Yêu cầu', 'Request', 'select', true, ['Thực hiện trợ cấp', 'Điều chỉnh mức trợ cấp', 'Thôi hưởng trợ cấp']),
      field('doi-tuong', 'Nhóm đối tượng', 'Beneficiary category', 'select', true, [
        'Trẻ em không có nguồn nuôi dưỡng',
        'Người cao tuổi',
        'Người khuyết tật',
        'Người đơn thân thuộc hộ nghèo đang nuôi con',
        'Người nhiễm HIV/AIDS thuộc hộ nghèo',
        'Khác',
      ]),
      field('ho-ten-doi-tuong', 'Họ, chữ đệm và tên người hưởng', "Beneficiary's full name", 'text'),
      field('ngay-sinh', 'Ngày sinh người hưởng', "Beneficiary's date of birth", 'date'),
      field('so-tai-khoan', 'Số tài khoản nhận trợ cấp (nếu có)', 'Bank account for payments (if any)', 'text', false),
    ],
    steps: [
      intake('COMMUNE'),
      step(
        'HANDLER',
        'Công chức Lao động - Thương binh và Xã hội, Hội đồng xét duyệt cấp xã xét duyệt, niêm yết công khai',
        'Commune social-affairs officer and review council assess and post the list publicly',
        10,
        'COMMUNE',
      ),
      step(
        'HANDLER',
        'Phòng Lao động - Thương binh và Xã hội huyện thẩm định, trình Chủ tịch UBND huyện',
        'District Labour, Invalids and Social Affairs Office appraises and submits to the district chair',
        7,
        'DISTRICT',
      ),
      districtApprover(3, 'Chủ tịch UBND huyện quyết định trợ cấp', "District People's Committee chair decides"),
    ],
    resultType: 'Quyết định trợ cấp xã hội hàng tháng',
    resultTypeEn: 'Decision on the monthly social allowance',
    legalBasis: ['Luật Người cao tuổi số 39/2009/QH12', 'Luật Người khuyết tật số 51/2010/QH12', ...SOCIAL_ALLOWANCE_BASIS],
  },
  {
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    nameEn: 'Funeral cost support for social protection beneficiaries',
    field: 'Bảo trợ xã hội',
    fieldEn: 'Social protection',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 3, // Nghị định 20/2021/NĐ-CP, Điều 11.
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('to-khai', 'Tờ khai đề nghị hỗ trợ chi phí mai táng', 'Application for funeral cost support', {
        template: 'Mẫu số 04, Nghị định 20/2021/NĐ-CP',
      }),
      doc('trich-luc-khai-tu', 'Bản sao Giấy chứng tử hoặc Trích lục khai tử', 'Copy of the death certificate or death extract', {
        original: false,
      }),
    ],
    formFields: [
      field('ho-ten-nguoi-chet', 'Họ, chữ đệm và tên người chết', 'Full name of the deceased', 'text'),
      field('ngay-chet', 'Ngày chết', 'Date of death', 'date'),
      field('doi-tuong', 'Người chết thuộc diện', 'Category of the deceased', 'select', true, [
        'Đang hưởng trợ cấp xã hội hàng tháng',
        'Trẻ em dưới 16 tuổi',
        'Người thuộc hộ nghèo, hộ cận nghèo',
        'Khác',
      ]),
      field('nguoi-to-chuc-mai-tang', 'Họ tên người tổ chức mai táng', 'Person who arranged the funeral', 'text'),
    ],
    steps: [
      intake('COMMUNE'),
      step('HANDLER', 'Công chức Lao động - Thương binh và Xã hội thẩm tra hồ sơ', 'Commune social-affairs officer checks the dossier', 2, 'COMMUNE'),
      communeApprover(1, 'quyết định hỗ trợ'),
    ],
    resultType: 'Quyết định hỗ trợ chi phí mai táng',
    resultTypeEn: 'Decision on funeral cost support',
    legalBasis: SOCIAL_ALLOWANCE_BASIS,
  },
  {
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    nameEn: 'Assessment or re-assessment of the degree of disability and issuance of a disability certificate',
    field: 'Bảo trợ xã hội',
    fieldEn: 'Social protection',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'PARTIAL', // The council assesses the person directly.
    processingDays: 25, // Thông tư 01/2019/TT-BLĐTBXH: 20 days to assess + 5 days to issue.
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('don-de-nghi', 'Đơn đề nghị xác định mức độ khuyết tật', 'Application for disability assessment', {
        template: 'Mẫu số 01, Thông tư 01/2019/TT-BLĐTBXH',
      }),
      doc('ho-so-y-te', 'Bản sao bệnh án, giấy tờ khám, điều trị, phẫu thuật hoặc giấy tờ liên quan đến khuyết tật (nếu có)', 'Copies of medical records related to the disability (if any)', {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('ho-ten', 'Họ, chữ đệm và tên người được xác định', 'Full name of the person assessed', 'text'),
      field('ngay-sinh', 'Ngày sinh', 'Date of birth', 'date'),
      field('yeu-cau', 'Yêu cầu', 'Request', 'select', true, ['Xác định lần đầu', 'Xác định lại']),
      field('dang-khuyet-tat', 'Dạng khuyết tật', 'Kind of disability', 'select', true, [
        'Khuyết tật vận động',
        'Khuyết tật nghe, nói',
        'Khuyết tật nhìn',
        'Khuyết tật thần kinh, tâm thần',
        'Khuyết tật trí tuệ',
        'Khuyết tật khác',
      ]),
    ],
    steps: [
      intake('COMMUNE'),
      step('HANDLER', 'Hội đồng xác định mức độ khuyết tật cấp xã tổ chức đánh giá', 'Commune disability assessment council assesses the person', 20, 'COMMUNE'),
      communeApprover(5, 'cấp Giấy xác nhận khuyết tật'),
    ],
    resultType: 'Giấy xác nhận khuyết tật',
    resultTypeEn: 'Disability certificate',
    legalBasis: DISABILITY_BASIS,
  },
  {
    code: '1.001653',
    name: 'Đổi, cấp lại Giấy xác nhận khuyết tật',
    nameEn: 'Replacement or re-issuance of a disability certificate',
    field: 'Bảo trợ xã hội',
    fieldEn: 'Social protection',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'FULL',
    processingDays: 5, // Thông tư 01/2019/TT-BLĐTBXH.
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('don-de-nghi', 'Đơn đề nghị đổi, cấp lại Giấy xác nhận khuyết tật', 'Application to replace or re-issue the disability certificate'),
      doc('giay-cu', 'Giấy xác nhận khuyết tật cũ (trường hợp đổi do hư hỏng, sai thông tin)', 'The old certificate (when replacing a damaged or incorrect one)', {
        mandatory: false,
      }),
    ],
    formFields: [
      field('ho-ten', 'Họ, chữ đệm và tên', 'Full name', 'text'),
      field('ngay-sinh', 'Ngày sinh', 'Date of birth', 'date'),
      field('ly-do', 'Lý do', 'Reason', 'select', true, ['Bị mất', 'Hư hỏng', 'Thay đổi thông tin cá nhân']),
      field('so-giay-cu', 'Số Giấy xác nhận khuyết tật đã cấp (nếu biết)', 'Number of the earlier certificate (if known)', 'text', false),
    ],
    steps: [
      intake('COMMUNE'),
      step('HANDLER', 'Công chức Lao động - Thương binh và Xã hội kiểm tra hồ sơ', 'Commune social-affairs officer checks the dossier', 4, 'COMMUNE'),
      communeApprover(1, 'cấp Giấy xác nhận khuyết tật'),
    ],
    resultType: 'Giấy xác nhận khuyết tật',
    resultTypeEn: 'Disability certificate',
    legalBasis: DISABILITY_BASIS,
  },

  // ===== Đất đai — commune ======================================================================
  {
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    nameEn: 'Mediation of land disputes',
    field: 'Đất đai',
    fieldEn: 'Land',
    settlingLevel: 'COMMUNE',
    settlingBody: 'Ủy ban nhân dân cấp xã',
    settlingBodyEn: "Commune People's Committee",
    onlineLevel: 'PARTIAL', // The parties attend the mediation meeting.
    // Luật Đất đai 2024, Điều 235: not more than 30 days. The law counts days; the catalogue models
    // working days, so this is slightly lenient.
    processingDays: 30,
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('don', 'Đơn đề nghị hòa giải tranh chấp đất đai', 'Request for land dispute mediation'),
      doc('tai-lieu', 'Giấy tờ, tài liệu liên quan đến tranh chấp (nếu có)', 'Documents related to the dispute (if any)', {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('ben-tranh-chap', 'Họ tên bên tranh chấp còn lại', 'Name of the other party', 'text'),
      field('dia-chi-thua-dat', 'Địa chỉ thửa đất', 'Address of the parcel', 'text'),
      field('so-thua', 'Số thửa đất (nếu biết)', 'Parcel number (if known)', 'text', false),
      field('so-to-ban-do', 'Số tờ bản đồ (nếu biết)', 'Map sheet number (if known)', 'text', false),
      field('noi-dung', 'Nội dung tranh chấp', 'What the dispute is about', 'textarea'),
    ],
    steps: [
      intake('COMMUNE'),
      step('HANDLER', 'Hội đồng hòa giải tranh chấp đất đai cấp xã xác minh, tổ chức họp hòa giải', 'Commune land mediation council investigates and holds the mediation meeting', 28, 'COMMUNE'),
      communeApprover(2, 'ký biên bản hòa giải, gửi các bên'),
    ],
    resultType: 'Biên bản hòa giải tranh chấp đất đai',
    resultTypeEn: 'Minutes of the land dispute mediation',
    legalBasis: ['Luật Đất đai số 31/2024/QH15', 'Nghị định số 102/2024/NĐ-CP'],
  },

  // ===== Hộ tịch có yếu tố nước ngoài — district ================================================
  {
    code: '2.000528',
    name: 'Đăng ký khai sinh có yếu tố nước ngoài',
    nameEn: 'Birth registration with a foreign element',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Ủy ban nhân dân cấp huyện',
    settlingBodyEn: "District People's Committee",
    onlineLevel: 'PARTIAL',
    processingDays: 1, // Luật Hộ tịch, Điều 36: ngay sau khi nhận đủ giấy tờ.
    feePaidBeforeProcessing: true,
    fees: [
      {
        name: 'Lệ phí đăng ký khai sinh có yếu tố nước ngoài',
        nameEn: 'Charge for birth registration with a foreign element',
        kind: 'CHARGE',
        basis: 'FIXED',
        amountVnd: 50_000,
        onlineAmountVnd: 25_000,
        note: `${LONG_AN_SETS_IT} Giả định: 50.000 đồng/việc tại UBND cấp huyện. ${ONLINE_HALF_ASSUMED} ${CIVIL_STATUS_EXEMPT}`,
      },
    ],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký khai sinh', 'Birth registration form', {
        template: 'Tờ khai đăng ký khai sinh (Thông tư 04/2020/TT-BTP)',
      }),
      doc('giay-chung-sinh', 'Giấy chứng sinh hoặc giấy tờ thay thế', 'Medical birth certificate or a replacement document'),
      doc(
        'thoa-thuan-quoc-tich',
        'Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (khi cha hoặc mẹ là người nước ngoài)',
        "Parents' written agreement on the child's nationality (when one parent is a foreigner)",
        { mandatory: false },
      ),
    ],
    formFields: [
      field('ho-ten-tre', 'Họ, chữ đệm và tên của trẻ', "Child's full name", 'text'),
      field('ngay-sinh', 'Ngày, tháng, năm sinh', 'Date of birth', 'date'),
      field('gioi-tinh', 'Giới tính', 'Sex', 'select', true, SEX),
      field('quoc-tich-tre', 'Quốc tịch của trẻ', "Child's nationality", 'text'),
      field('ho-ten-me', 'Họ, chữ đệm và tên người mẹ', "Mother's full name", 'text'),
      field('ho-ten-cha', 'Họ, chữ đệm và tên người cha', "Father's full name", 'text', false),
    ],
    steps: [
      intake('DISTRICT'),
      step('HANDLER', 'Phòng Tư pháp kiểm tra, ghi Sổ hộ tịch', 'District Justice Office checks and records in the register', 1, 'DISTRICT'),
      districtApprover(0, 'Chủ tịch UBND huyện ký Giấy khai sinh', "District People's Committee chair signs the birth certificate"),
    ],
    resultType: 'Giấy khai sinh',
    resultTypeEn: 'Birth certificate',
    legalBasis: CIVIL_STATUS_BASIS,
  },
  {
    code: '2.000806',
    name: 'Đăng ký kết hôn có yếu tố nước ngoài',
    nameEn: 'Marriage registration with a foreign element',
    field: 'Hộ tịch',
    fieldEn: 'Civil status',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Ủy ban nhân dân cấp huyện',
    settlingBodyEn: "District People's Committee",
    onlineLevel: 'PARTIAL', // Both parties must appear to receive the certificate (Luật Hộ tịch, Điều 38).
    processingDays: 15, // Luật Hộ tịch, Điều 38.
    feePaidBeforeProcessing: true,
    fees: [
      {
        name: 'Lệ phí đăng ký kết hôn có yếu tố nước ngoài',
        nameEn: 'Charge for marriage registration with a foreign element',
        kind: 'CHARGE',
        basis: 'FIXED',
        amountVnd: 1_000_000,
        onlineAmountVnd: 500_000,
        note: `${LONG_AN_SETS_IT} Giả định: 1.000.000 đồng/việc tại UBND cấp huyện. ${ONLINE_HALF_ASSUMED} ${CIVIL_STATUS_EXEMPT}`,
      },
    ],
    documents: [
      doc('to-khai', 'Tờ khai đăng ký kết hôn', 'Marriage registration form', {
        template: 'Tờ khai đăng ký kết hôn (Thông tư 04/2020/TT-BTP)',
      }),
      doc(
        'tthn-nguoi-nuoc-ngoai',
        'Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp (đã hợp pháp hóa lãnh sự, dịch sang tiếng Việt)',
        "Foreign party's proof of marital status issued abroad (legalised and translated into Vietnamese)",
      ),
      doc(
        'giay-kham-suc-khoe',
        'Giấy xác nhận của tổ chức y tế có thẩm quyền về việc không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình',
        'Medical certificate that the party has no mental illness impairing awareness or self-control',
        { copies: 2 },
      ),
      doc('ho-chieu', 'Bản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của người nước ngoài', "Copy of the foreign party's passport or equivalent", {
        original: false,
      }),
    ],
    formFields: [
      field('ho-ten-ben-viet-nam', 'Họ, chữ đệm và tên bên là công dân Việt Nam', 'Full name of the Vietnamese party', 'text'),
      field('ho-ten-ben-nuoc-ngoai', 'Họ và tên bên là người nước ngoài', 'Full name of the foreign party', 'text'),
      field('quoc-tich', 'Quốc tịch của bên là người nước ngoài', 'Nationality of the foreign party', 'text'),
      field('so-ho-chieu', 'Số hộ chiếu của bên là người nước ngoài', "Foreign party's passport number", 'text'),
      field('ngay-de-nghi-trao', 'Ngày đề nghị trao Giấy chứng nhận kết hôn', 'Preferred date for handing over the certificate', 'date', false),
    ],
    steps: [
      intake('DISTRICT', 1),
      step('HANDLER', 'Phòng Tư pháp nghiên cứu, thẩm tra, xác minh hồ sơ', 'District Justice Office examines and verifies the dossier', 11, 'DISTRICT'),
      districtApprover(3, 'Chủ tịch UBND huyện ký Giấy chứng nhận kết hôn', "District People's Committee chair signs the marriage certificate"),
    ],
    resultType: 'Giấy chứng nhận kết hôn',
    resultTypeEn: 'Marriage certificate',
    legalBasis: [...CIVIL_STATUS_BASIS, 'Luật Hôn nhân và gia đình số 52/2014/QH13'],
  },

  // ===== Hộ kinh doanh — district ===============================================================
  {
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    nameEn: 'Household business registration',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    fieldEn: 'Household businesses',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện',
    settlingBodyEn: 'District Finance and Planning Office',
    onlineLevel: 'FULL',
    processingDays: 3, // Nghị định 01/2021/NĐ-CP, Điều 87.
    feePaidBeforeProcessing: true,
    fees: [HOUSEHOLD_BUSINESS_CHARGE],
    documents: [
      doc('giay-de-nghi', 'Giấy đề nghị đăng ký hộ kinh doanh', 'Household business registration application', {
        template: 'Phụ lục III-1, Thông tư 01/2021/TT-BKHĐT (sửa đổi bởi Thông tư 02/2023/TT-BKHĐT)',
      }),
      doc(
        'bien-ban-hop',
        'Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (khi các thành viên hộ gia đình cùng đăng ký)',
        'Copy of the family meeting minutes on setting up the business (when family members register together)',
        { original: false, mandatory: false },
      ),
      doc(
        'uy-quyen-chu-ho',
        'Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)',
        "Copy of the family members' authorisation of the business owner (if any)",
        { original: false, mandatory: false },
      ),
    ],
    formFields: [
      field('ten-ho-kinh-doanh', 'Tên hộ kinh doanh', 'Business name', 'text'),
      field('dia-chi-kinh-doanh', 'Địa chỉ trụ sở hộ kinh doanh', 'Business address', 'text'),
      field('nganh-nghe', 'Ngành, nghề kinh doanh', 'Lines of business', 'textarea'),
      field('von-kinh-doanh', 'Vốn kinh doanh (đồng)', 'Capital (VND)', 'number'),
      field('so-lao-dong', 'Số lượng lao động dự kiến', 'Expected number of workers', 'number', false),
    ],
    steps: householdBusinessSteps,
    resultType: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    resultTypeEn: 'Household business registration certificate',
    legalBasis: [...HOUSEHOLD_BUSINESS_BASIS, 'Thông tư số 85/2019/TT-BTC'],
  },
  {
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    nameEn: 'Registration of changes to a household business registration',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    fieldEn: 'Household businesses',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện',
    settlingBodyEn: 'District Finance and Planning Office',
    onlineLevel: 'FULL',
    processingDays: 3, // Nghị định 01/2021/NĐ-CP, Điều 90.
    feePaidBeforeProcessing: true,
    fees: [
      {
        ...HOUSEHOLD_BUSINESS_CHARGE,
        note: `${LONG_AN_SETS_IT} Giả định: thu như khi cấp mới vì một Giấy chứng nhận mới được cấp. ${ONLINE_HALF_ASSUMED}`,
      },
    ],
    documents: [
      doc('thong-bao', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'Notice of changes to the household business registration', {
        template: 'Phụ lục III-2, Thông tư 01/2021/TT-BKHĐT (sửa đổi bởi Thông tư 02/2023/TT-BKHĐT)',
      }),
      doc(
        'bien-ban-hop',
        'Bản sao biên bản họp thành viên hộ gia đình (khi hộ kinh doanh do các thành viên hộ gia đình đăng ký)',
        'Copy of the family meeting minutes (when the business is registered by family members)',
        { original: false, mandatory: false },
      ),
    ],
    formFields: [
      field('ma-so-ho-kinh-doanh', 'Mã số hộ kinh doanh', 'Household business number', 'text'),
      field('noi-dung-thay-doi', 'Nội dung thay đổi', 'What changes', 'select', true, ['Tên hộ kinh doanh', 'Địa chỉ trụ sở', 'Ngành, nghề kinh doanh', 'Vốn kinh doanh', 'Chủ hộ kinh doanh', 'Khác']),
      field('chi-tiet', 'Chi tiết nội dung thay đổi', 'Details of the change', 'textarea'),
    ],
    steps: householdBusinessSteps,
    resultType: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    resultTypeEn: 'Household business registration certificate',
    legalBasis: [...HOUSEHOLD_BUSINESS_BASIS, 'Thông tư số 85/2019/TT-BTC'],
  },
  {
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh',
    nameEn: 'Suspension of a household business, or resumption before the notified date',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    fieldEn: 'Household businesses',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện',
    settlingBodyEn: 'District Finance and Planning Office',
    onlineLevel: 'FULL',
    processingDays: 3, // Nghị định 01/2021/NĐ-CP, Điều 91.
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('thong-bao', 'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo', 'Notice of suspension, or of resumption before the notified date', {
        template: 'Phụ lục III-3, Thông tư 01/2021/TT-BKHĐT (sửa đổi bởi Thông tư 02/2023/TT-BKHĐT)',
      }),
    ],
    formFields: [
      field('ma-so-ho-kinh-doanh', 'Mã số hộ kinh doanh', 'Household business number', 'text'),
      field('loai', 'Nội dung thông báo', 'Notice', 'select', true, ['Tạm ngừng kinh doanh', 'Tiếp tục kinh doanh trước thời hạn']),
      field('tu-ngay', 'Từ ngày', 'From', 'date'),
      field('den-ngay', 'Đến ngày', 'Until', 'date', false),
      field('ly-do', 'Lý do', 'Reason', 'textarea', false),
    ],
    steps: householdBusinessSteps,
    resultType: 'Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh',
    resultTypeEn: 'Confirmation of the suspension (or resumption) of the household business',
    legalBasis: HOUSEHOLD_BUSINESS_BASIS,
  },
  {
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    nameEn: 'Termination of a household business',
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    fieldEn: 'Household businesses',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Phòng Tài chính - Kế hoạch thuộc Ủy ban nhân dân cấp huyện',
    settlingBodyEn: 'District Finance and Planning Office',
    onlineLevel: 'FULL',
    processingDays: 3, // Nghị định 01/2021/NĐ-CP, Điều 92.
    feePaidBeforeProcessing: false,
    fees: [],
    documents: [
      doc('thong-bao', 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'Notice of termination of the household business', {
        template: 'Phụ lục III-4, Thông tư 01/2021/TT-BKHĐT (sửa đổi bởi Thông tư 02/2023/TT-BKHĐT)',
      }),
      doc('giay-chung-nhan', 'Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh', 'Original household business registration certificate'),
      doc('thong-bao-thue', 'Bản sao thông báo của cơ quan thuế về việc chấm dứt hiệu lực mã số thuế (nếu có)', 'Copy of the tax office notice closing the tax code (if any)', {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('ma-so-ho-kinh-doanh', 'Mã số hộ kinh doanh', 'Household business number', 'text'),
      field('ngay-cham-dut', 'Ngày chấm dứt hoạt động', 'Date of termination', 'date'),
      field('ly-do', 'Lý do', 'Reason', 'textarea', false),
    ],
    steps: householdBusinessSteps,
    resultType: 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh',
    resultTypeEn: 'Notice confirming the termination of the household business',
    legalBasis: HOUSEHOLD_BUSINESS_BASIS,
  },

  // ===== Xây dựng — district ===================================================================
  {
    code: '1.009994',
    name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    nameEn: 'Construction permit for a new individual house',
    field: 'Hoạt động xây dựng',
    fieldEn: 'Construction',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Ủy ban nhân dân cấp huyện',
    settlingBodyEn: "District People's Committee",
    onlineLevel: 'PARTIAL',
    processingDays: 15, // Luật Xây dựng, Điều 102: 15 days for individual houses.
    feePaidBeforeProcessing: true,
    fees: [
      {
        name: 'Lệ phí cấp giấy phép xây dựng',
        nameEn: 'Construction permit charge',
        kind: 'CHARGE',
        basis: 'FIXED',
        amountVnd: 50_000,
        note: `${LONG_AN_SETS_IT} Giả định: 50.000 đồng/giấy phép đối với nhà ở riêng lẻ.`,
      },
    ],
    documents: [
      doc('don-de-nghi', 'Đơn đề nghị cấp giấy phép xây dựng', 'Construction permit application', {
        template: 'Mẫu số 01, Phụ lục II (Nghị định về quản lý dự án đầu tư xây dựng)',
      }),
      doc('giay-to-dat', 'Bản sao giấy tờ chứng minh quyền sử dụng đất', 'Copy of the land use rights documents', { original: false }),
      doc(
        'ban-ve-thiet-ke',
        'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, phương án móng, đấu nối hạ tầng)',
        'Design drawings (plans, sections, elevations, foundations, utility connections)',
        { copies: 2 },
      ),
      doc(
        'cam-ket-lien-ke',
        'Bản cam kết bảo đảm an toàn đối với công trình liền kề (khi công trình có công trình liền kề)',
        'Undertaking on the safety of adjacent buildings (when there are adjacent buildings)',
        { mandatory: false },
      ),
    ],
    formFields: [
      field('dia-chi-cong-trinh', 'Địa chỉ công trình', 'Site address', 'text'),
      ...parcelFields(),
      field('dien-tich-xay-dung', 'Diện tích xây dựng tầng 1 (m²)', 'Ground-floor footprint (m2)', 'number'),
      field('tong-dien-tich-san', 'Tổng diện tích sàn (m²)', 'Total floor area (m2)', 'number'),
      field('so-tang', 'Số tầng', 'Number of storeys', 'number'),
    ],
    steps: [
      intake('DISTRICT', 1),
      step('HANDLER', 'Phòng Kinh tế và Hạ tầng thẩm định hồ sơ, kiểm tra thực địa', 'District Economy and Infrastructure Office appraises the dossier and inspects the site', 11, 'DISTRICT'),
      districtApprover(3, 'Lãnh đạo UBND huyện ký giấy phép xây dựng', "District People's Committee signs the permit"),
    ],
    resultType: 'Giấy phép xây dựng',
    resultTypeEn: 'Construction permit',
    legalBasis: ['Luật Xây dựng số 50/2014/QH13', 'Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng', 'Nghị định số 175/2024/NĐ-CP', 'Thông tư số 85/2019/TT-BTC'],
  },

  // ===== Đất đai — district =====================================================================
  {
    // 1.013978 is the portal code this procedure is published under; the district (UBND cấp huyện)
    // issued first-time certificates to individuals until the 2025 reorganisation (Luật Đất đai 2024, Điều 136).
    code: '1.013978',
    name: 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài',
    nameEn: 'First-time land registration and land use rights certificate for households, individuals, communities and overseas Vietnamese',
    field: 'Đất đai',
    fieldEn: 'Land',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Ủy ban nhân dân cấp huyện',
    settlingBodyEn: "District People's Committee",
    onlineLevel: 'PARTIAL',
    // Nghị định 101/2024/NĐ-CP, Điều 22: not more than 20 working days, not counting the time the
    // applicant takes to pay financial obligations.
    processingDays: 20,
    feePaidBeforeProcessing: false,
    fees: [landCertificateCharge('FIXED'), LAND_DOSSIER_APPRAISAL_FEE],
    documents: [
      doc('don-dang-ky', 'Đơn đăng ký đất đai, tài sản gắn liền với đất', 'Land and attached assets registration form', {
        template: 'Mẫu số 04/ĐK, Nghị định 101/2024/NĐ-CP',
      }),
      doc('giay-to-dat', 'Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai (nếu có)', 'Land use rights papers under Article 137 of the Land Law (if any)', {
        original: false,
        mandatory: false,
      }),
      doc('trich-do', 'Mảnh trích đo bản đồ địa chính thửa đất (nếu có)', 'Cadastral extract survey of the parcel (if any)', {
        mandatory: false,
      }),
      doc('nghia-vu-tai-chinh', 'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ về miễn, giảm nghĩa vụ tài chính (nếu có)', 'Receipts for financial obligations or proof of exemption (if any)', {
        original: false,
        mandatory: false,
      }),
    ],
    formFields: [
      field('dia-chi-thua-dat', 'Địa chỉ thửa đất', 'Address of the parcel', 'text'),
      ...parcelFields(),
      field('dien-tich', 'Diện tích (m²)', 'Area (m2)', 'number'),
      field('muc-dich-su-dung', 'Mục đích sử dụng đất', 'Land use purpose', 'select', true, LAND_USE_PURPOSES),
      field('nguon-goc', 'Nguồn gốc, thời điểm sử dụng đất', 'Origin and start of land use', 'textarea'),
    ],
    steps: [
      intake('DISTRICT'),
      step(
        'HANDLER',
        'UBND cấp xã xác nhận hiện trạng, nguồn gốc, thời điểm sử dụng đất và niêm yết công khai',
        'Commune confirms the current use, origin and start of use, and posts the notice',
        5,
        'COMMUNE',
      ),
      step(
        'HANDLER',
        'Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ sơ, trích đo, gửi thông tin xác định nghĩa vụ tài chính',
        'Land registration branch office checks, surveys and sends data for financial obligations',
        8,
        'DISTRICT',
      ),
      step('HANDLER', 'Phòng Tài nguyên và Môi trường thẩm định, trình ký', 'District Natural Resources and Environment Office appraises and submits for signature', 4, 'DISTRICT'),
      districtApprover(3, 'UBND huyện ký Giấy chứng nhận', "District People's Committee signs the certificate"),
    ],
    resultType: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    resultTypeEn: 'Certificate of land use rights and ownership of attached assets',
    legalBasis: LAND_BASIS,
  },
  {
    // Official title continues with cho thuê, cho thuê lại, góp vốn and other cases; shortened to the common ones.
    code: '1.013831',
    name: 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    nameEn: 'Registration of changes in land use rights on exchange, transfer, inheritance, donation or capital contribution',
    field: 'Đất đai',
    fieldEn: 'Land',
    // Handled by the provincial land registration office's branch in the district; received at the district centre.
    settlingLevel: 'DISTRICT',
    settlingBody: 'Chi nhánh Văn phòng đăng ký đất đai',
    settlingBodyEn: 'Land registration office branch',
    onlineLevel: 'PARTIAL',
    processingDays: 10, // Nghị định 101/2024/NĐ-CP, Điều 22 (excluding the time to pay taxes).
    feePaidBeforeProcessing: false,
    fees: [LAND_DOSSIER_APPRAISAL_FEE, landCertificateCharge('FIXED')],
    documents: [
      doc('don-dang-ky-bien-dong', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất', 'Application to register a change in land rights', {
        template: 'Mẫu số 11/ĐK, Nghị định 101/2024/NĐ-CP',
      }),
      doc(
        'hop-dong',
        'Hợp đồng, văn bản về chuyển đổi, chuyển nhượng, thừa kế, tặng cho, góp vốn đã công chứng hoặc chứng thực',
        'Notarised or certified contract or deed of exchange, transfer, inheritance, donation or contribution',
      ),
      doc('giay-chung-nhan', 'Bản gốc Giấy chứng nhận đã cấp', 'Original of the certificate already issued'),
      doc('to-khai-thue-tncn', 'Tờ khai thuế thu nhập cá nhân', 'Personal income tax return'),
      doc('to-khai-le-phi-truoc-ba', 'Tờ khai lệ phí trước bạ nhà, đất', 'Registration fee declaration for house and land'),
    ],
    formFields: [
      field('hinh-thuc', 'Hình thức biến động', 'Kind of change', 'select', true, ['Chuyển nhượng', 'Tặng cho', 'Thừa kế', 'Chuyển đổi', 'Góp vốn']),
      field('ben-chuyen-quyen', 'Họ tên bên chuyển quyền', 'Transferor', 'text'),
      field('ben-nhan-quyen', 'Họ tên bên nhận quyền', 'Transferee', 'text'),
      ...parcelFields(),
      field('so-phat-hanh-gcn', 'Số phát hành Giấy chứng nhận', 'Serial number of the certificate', 'text'),
    ],
    steps: [
      intake('DISTRICT'),
      step(
        'HANDLER',
        'Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ sơ, gửi thông tin sang cơ quan thuế',
        'Land registration branch office checks the dossier and sends data to the tax office',
        5,
        'DISTRICT',
      ),
      step(
        'HANDLER',
        'Chi nhánh Văn phòng đăng ký đất đai chỉnh lý hồ sơ địa chính, cập nhật cơ sở dữ liệu',
        'Land registration branch office updates the cadastral records and database',
        3,
        'DISTRICT',
      ),
      districtApprover(
        2,
        'Lãnh đạo Chi nhánh Văn phòng đăng ký đất đai ký xác nhận biến động hoặc trình cấp Giấy chứng nhận mới',
        'Head of the land registration branch confirms the change or has a new certificate issued',
      ),
    ],
    resultType: 'Giấy chứng nhận đã xác nhận biến động hoặc Giấy chứng nhận mới',
    resultTypeEn: 'Certificate endorsed with the change, or a new certificate',
    legalBasis: LAND_BASIS,
  },
  {
    code: '1.012786',
    name: 'Cấp lại Giấy chứng nhận do bị mất',
    nameEn: 'Re-issuance of a lost land use rights certificate',
    field: 'Đất đai',
    fieldEn: 'Land',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Chi nhánh Văn phòng đăng ký đất đai',
    settlingBodyEn: 'Land registration office branch',
    onlineLevel: 'PARTIAL',
    processingDays: 10, // Nghị định 101/2024/NĐ-CP, Điều 22.
    feePaidBeforeProcessing: false,
    fees: [landCertificateCharge('FIXED')],
    documents: [
      doc('don', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (đề nghị cấp lại Giấy chứng nhận)', 'Application for re-issuance of the certificate', {
        template: 'Mẫu số 11/ĐK, Nghị định 101/2024/NĐ-CP',
      }),
    ],
    formFields: [
      field('dia-chi-thua-dat', 'Địa chỉ thửa đất', 'Address of the parcel', 'text'),
      ...parcelFields(),
      field('so-phat-hanh-gcn', 'Số phát hành Giấy chứng nhận đã mất (nếu biết)', 'Serial number of the lost certificate (if known)', 'text', false),
      field('hoan-canh-mat', 'Hoàn cảnh bị mất', 'How it was lost', 'textarea'),
    ],
    steps: [
      intake('DISTRICT'),
      step(
        'HANDLER',
        'Chi nhánh Văn phòng đăng ký đất đai kiểm tra hồ sơ, đăng tin mất Giấy chứng nhận, chuẩn bị Giấy chứng nhận mới',
        'Land registration branch office checks, publishes the loss and prepares the new certificate',
        7,
        'DISTRICT',
      ),
      districtApprover(3, 'Ký cấp lại Giấy chứng nhận', 'The new certificate is signed'),
    ],
    resultType: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    resultTypeEn: 'Certificate of land use rights and ownership of attached assets',
    legalBasis: LAND_BASIS,
  },
  {
    code: '1.012784',
    name: 'Tách thửa hoặc hợp thửa đất',
    nameEn: 'Subdivision or merger of land parcels',
    field: 'Đất đai',
    fieldEn: 'Land',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Chi nhánh Văn phòng đăng ký đất đai',
    settlingBodyEn: 'Land registration office branch',
    onlineLevel: 'PARTIAL',
    processingDays: 15, // Nghị định 101/2024/NĐ-CP, Điều 22.
    feePaidBeforeProcessing: false,
    // One certificate per resulting parcel.
    fees: [landCertificateCharge('PER_COPY')],
    documents: [
      doc('don', 'Đơn đề nghị tách thửa đất, hợp thửa đất', 'Application to subdivide or merge parcels'),
      doc('giay-chung-nhan', 'Bản gốc Giấy chứng nhận đã cấp', 'Original of the certificate already issued'),
      doc('ban-ve', 'Bản vẽ tách thửa đất, hợp thửa đất (nếu đã có)', 'Subdivision or merger drawing (if already made)', { mandatory: false }),
    ],
    formFields: [
      field('loai', 'Yêu cầu', 'Request', 'select', true, ['Tách thửa', 'Hợp thửa']),
      ...parcelFields(),
      field('dien-tich', 'Diện tích thửa đất hiện tại (m²)', 'Current area (m2)', 'number'),
      field('so-thua-sau', 'Số thửa sau khi tách, hợp', 'Number of parcels afterwards', 'number'),
      field('ly-do', 'Lý do', 'Reason', 'textarea', false),
    ],
    steps: [
      intake('DISTRICT'),
      step(
        'HANDLER',
        'Chi nhánh Văn phòng đăng ký đất đai đo đạc, kiểm tra điều kiện tách, hợp thửa',
        'Land registration branch office surveys and checks the conditions for subdivision or merger',
        10,
        'DISTRICT',
      ),
      step('HANDLER', 'Chỉnh lý hồ sơ địa chính', 'Cadastral records are updated', 2, 'DISTRICT'),
      districtApprover(3, 'Ký cấp Giấy chứng nhận cho các thửa đất mới', 'Certificates for the new parcels are signed'),
    ],
    resultType: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    resultTypeEn: 'Certificates of land use rights for the resulting parcels',
    legalBasis: LAND_BASIS,
  },
  {
    // The portal publishes allocation, lease and change of purpose as one procedure. Until the 2025
    // reorganisation the district decided changes of purpose for individuals (Luật Đất đai 2024, Điều 123).
    code: '1.013949',
    name: 'Giao đất, cho thuê đất, chuyển mục đích sử dụng đất đối với trường hợp giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; trường hợp giao đất, cho thuê đất thông qua đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất; giao đất và giao rừng; cho thuê đất và cho thuê rừng, gia hạn sử dụng đất khi hết thời hạn sử dụng đất',
    nameEn: 'Land allocation, land lease and change of land use purpose (without auction or tender, or after an investor tender), with forest allocation or lease, and extension of the land use term',
    field: 'Đất đai',
    fieldEn: 'Land',
    settlingLevel: 'DISTRICT',
    settlingBody: 'Ủy ban nhân dân cấp huyện',
    settlingBodyEn: "District People's Committee",
    onlineLevel: 'PARTIAL',
    // ASSUMED: no national figure found for individuals' change of purpose; 15 working days, not
    // counting the time to pay land use levy.
    processingDays: 15,
    feePaidBeforeProcessing: false,
    fees: [], // Land use levy is a financial obligation assessed by the tax office, not a procedure fee.
    documents: [
      doc('don', 'Đơn xin chuyển mục đích sử dụng đất (hoặc đơn xin giao đất, thuê đất)', 'Application for change of land use purpose (or for allocation or lease)'),
      doc('giay-chung-nhan', 'Bản gốc Giấy chứng nhận đã cấp (trường hợp chuyển mục đích)', 'Original certificate (for a change of purpose)', {
        mandatory: false,
      }),
    ],
    formFields: [
      field('dia-chi-thua-dat', 'Địa chỉ thửa đất', 'Address of the parcel', 'text'),
      ...parcelFields(),
      field('dien-tich-xin-chuyen', 'Diện tích xin chuyển mục đích (m²)', 'Area concerned (m2)', 'number'),
      field('muc-dich-hien-tai', 'Mục đích sử dụng hiện tại', 'Current land use purpose', 'select', true, LAND_USE_PURPOSES),
      field('muc-dich-xin-chuyen', 'Mục đích sử dụng xin chuyển sang', 'Requested land use purpose', 'select', true, LAND_USE_PURPOSES),
    ],
    steps: [
      intake('DISTRICT'),
      step(
        'HANDLER',
        'Phòng Tài nguyên và Môi trường thẩm tra hồ sơ, kiểm tra thực địa, xác định điều kiện',
        'District Natural Resources and Environment Office reviews the dossier and inspects the site',
        10,
        'DISTRICT',
      ),
      districtApprover(3, 'UBND huyện ra quyết định cho phép chuyển mục đích sử dụng đất', "District People's Committee decides on the change of purpose"),
      step(
        'HANDLER',
        'Chi nhánh Văn phòng đăng ký đất đai chỉnh lý hồ sơ địa chính, Giấy chứng nhận',
        'Land registration branch office updates the cadastral records and the certificate',
        2,
        'DISTRICT',
      ),
    ],
    resultType: 'Quyết định cho phép chuyển mục đích sử dụng đất',
    resultTypeEn: 'Decision permitting the change of land use purpose',
    legalBasis: LAND_BASIS,
  },
];
