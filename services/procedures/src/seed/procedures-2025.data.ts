import { CERTIFICATION_BASIS, CIVIL_STATUS_BASIS, LAND_BASIS, SOCIAL_ALLOWANCE_BASIS } from './procedures.data';
import type { MovedBySeed, Reform2025Seed, StepSeed } from './seed-types';

/**
 * Version 2 of every procedure: the rules from 1 July 2025, when districts were abolished (two-tier local
 * government) and the decentralisation decrees took effect. Procedures moved from district to commune or to
 * provincial bodies; every dossier centre of the province receives regardless of administrative boundary
 * (Decree 118/2025/NĐ-CP). docs/procedures-2025.md gives the decree and article used for each procedure and
 * what could not be confirmed from public sources.
 */
export const REFORM_2025_FROM = '2025-07-01';

type Level2025 = 'PROVINCE' | 'COMMUNE';

function step(role: StepSeed['role'], name: string, nameEn: string, days: number, level: Level2025): StepSeed {
  return { role, name, nameEn, days, level };
}

/** Decree 118/2025: the one-stop desk of a commune is its Public Administration Service Centre. */
export const communeCentreIntake = (days = 0): StepSeed =>
  step('INTAKE', 'Trung tâm Phục vụ hành chính công cấp xã tiếp nhận, kiểm tra hồ sơ', 'Commune Public Administration Service Centre receives and checks the dossier', days, 'COMMUNE');

/** Any centre of the province receives a provincial body's procedure and sends it on (Decree 118/2025). */
const landIntake = (): StepSeed =>
  step(
    'INTAKE',
    'Trung tâm Phục vụ hành chính công cấp xã hoặc cấp tỉnh tiếp nhận hồ sơ, chuyển Chi nhánh Văn phòng đăng ký đất đai',
    'A commune or the provincial Public Administration Service Centre receives the dossier and sends it to the land registration office branch',
    0,
    'COMMUNE',
  );

const communeChair = (days: number, what: string, whatEn: string): StepSeed =>
  step('APPROVER', `Chủ tịch (Phó Chủ tịch) UBND cấp xã ${what}`, `Commune People's Committee chair ${whatEn}`, days, 'COMMUNE');

const branch = (days: number, what: string, whatEn: string): StepSeed => step('HANDLER', `Chi nhánh Văn phòng đăng ký đất đai ${what}`, `Land registration office branch ${whatEn}`, days, 'PROVINCE');

const branchHead = (days: number, what: string, whatEn: string): StepSeed =>
  step('APPROVER', `Lãnh đạo Chi nhánh Văn phòng đăng ký đất đai ${what}`, `Head of the land registration office branch ${whatEn}`, days, 'PROVINCE');

// ---------------------------------------------------------------------------------------------
// Bodies and decrees.

const COMMUNE_COMMITTEE = { settlingBody: 'Ủy ban nhân dân cấp xã', settlingBodyEn: "Commune People's Committee" };
const LAND_BRANCH = { settlingBody: 'Chi nhánh Văn phòng đăng ký đất đai', settlingBodyEn: 'Land registration office branch' };
/** Decree 168/2025, art. 20(2): the commune business registration office is a division of the commune committee. */
const COMMUNE_BUSINESS_OFFICE = {
  settlingBody: 'Phòng Kinh tế (phường: Phòng Kinh tế, Hạ tầng và Đô thị) thuộc Ủy ban nhân dân cấp xã',
  settlingBodyEn: "Economic Division (in wards: Economic, Infrastructure and Urban Division) of the commune People's Committee",
};

const DECREE_120 = 'Nghị định số 120/2025/NĐ-CP';
const DECREE_140 = 'Nghị định số 140/2025/NĐ-CP';
const DECREE_147 = 'Nghị định số 147/2025/NĐ-CP';
const DECREE_151 = 'Nghị định số 151/2025/NĐ-CP';
const DECREE_168 = 'Nghị định số 168/2025/NĐ-CP';

const movedBy = (decree: string, article: string, articleConfirmed = true): MovedBySeed => ({ decree, article, articleConfirmed });

const CIVIL_STATUS_2025 = [...CIVIL_STATUS_BASIS, DECREE_120];
const CERTIFICATION_2025 = [...CERTIFICATION_BASIS, DECREE_120];
/** Decree 226/2025/NĐ-CP amended Decree 151/2025 from 15 August 2025. */
const LAND_2025 = [...LAND_BASIS.filter((b) => !b.includes('85/2019')), DECREE_151, 'Nghị định số 226/2025/NĐ-CP', 'Thông tư số 85/2019/TT-BTC'];
/** Decree 168/2025 replaced Decree 01/2021 on business registration. */
const HOUSEHOLD_BUSINESS_2025 = [DECREE_168];

/** A commune procedure that stayed at the commune, received anywhere in the province. */
const stayedAtCommune = (legalBasis: string[], acrossBoundary = true): Reform2025Seed => ({
  settlingLevel: 'COMMUNE',
  ...COMMUNE_COMMITTEE,
  acrossBoundary,
  legalBasis,
});

const householdBusiness = (legalBasis: string[]): Reform2025Seed => ({
  settlingLevel: 'COMMUNE',
  ...COMMUNE_BUSINESS_OFFICE,
  acrossBoundary: true,
  legalBasis,
  movedBy: movedBy(DECREE_168, 'Điều 20 khoản 2 (cơ quan đăng ký kinh doanh cấp xã)'),
  steps: [
    communeCentreIntake(),
    step('HANDLER', 'Phòng Kinh tế UBND cấp xã thẩm định hồ sơ đăng ký hộ kinh doanh', "The commune committee's Economic Division reviews the filing", 2, 'COMMUNE'),
    step('APPROVER', 'Lãnh đạo Phòng Kinh tế UBND cấp xã ký kết quả', 'Head of the Economic Division signs the result', 1, 'COMMUNE'),
  ],
});

/** Decree 120/2025, art. 4: every civil-status registration, foreign element included, is the commune's. */
const foreignCivilStatus = (legalBasis: string[], handlerDays: number, approverDays: number, what: string, whatEn: string, intakeDays = 0): Reform2025Seed => ({
  settlingLevel: 'COMMUNE',
  ...COMMUNE_COMMITTEE,
  acrossBoundary: true,
  legalBasis,
  movedBy: movedBy(DECREE_120, 'Điều 4'),
  steps: [
    communeCentreIntake(intakeDays),
    step(
      'HANDLER',
      'Công chức Tư pháp - Hộ tịch thẩm tra, xác minh hồ sơ, ghi Sổ hộ tịch',
      'Justice and civil-status officer verifies the dossier and records it in the register',
      handlerDays,
      'COMMUNE',
    ),
    communeChair(approverDays, what, whatEn),
  ],
});

/** A land registration change: handled and signed by the provincial land registration office's branch. */
const landBranch = (steps: StepSeed[]): Reform2025Seed => ({
  settlingLevel: 'PROVINCE',
  ...LAND_BRANCH,
  acrossBoundary: true,
  legalBasis: LAND_2025,
  movedBy: movedBy(DECREE_151, 'Phụ lục I (trình tự, thủ tục đăng ký biến động); Luật Đất đai 2024, Điều 136', false),
  steps: [landIntake(), ...steps],
});

// ---------------------------------------------------------------------------------------------

export const REFORM_2025: Record<string, Reform2025Seed> = {
  // Civil status and certification were the commune's before and stay so.
  '1.001193': stayedAtCommune(CIVIL_STATUS_2025),
  '1.000656': stayedAtCommune(CIVIL_STATUS_2025),
  '1.000894': stayedAtCommune([...CIVIL_STATUS_2025, 'Luật Hôn nhân và gia đình số 52/2014/QH13']),
  '1.004873': stayedAtCommune(CIVIL_STATUS_2025),
  '1.004884': stayedAtCommune(CIVIL_STATUS_2025),
  '1.005461': stayedAtCommune(CIVIL_STATUS_2025),
  '1.004746': stayedAtCommune(CIVIL_STATUS_2025),
  '1.004859': stayedAtCommune(CIVIL_STATUS_2025),
  '1.001022': stayedAtCommune(CIVIL_STATUS_2025),
  '1.000689': stayedAtCommune(CIVIL_STATUS_2025),
  '1.004837': stayedAtCommune(CIVIL_STATUS_2025),
  '2.000635': stayedAtCommune([...CIVIL_STATUS_2025, 'Thông tư số 281/2016/TT-BTC']),
  '2.000815': stayedAtCommune(CERTIFICATION_2025),
  '2.000884': stayedAtCommune(CERTIFICATION_2025),
  '2.001035': stayedAtCommune(CERTIFICATION_2025),
  '2.001019': stayedAtCommune([...CERTIFICATION_2025, 'Bộ luật Dân sự số 91/2015/QH13']),

  // Social protection.
  '1.001776': {
    settlingLevel: 'COMMUNE',
    ...COMMUNE_COMMITTEE,
    acrossBoundary: true,
    legalBasis: ['Luật Người cao tuổi số 39/2009/QH12', 'Luật Người khuyết tật số 51/2010/QH12', ...SOCIAL_ALLOWANCE_BASIS, DECREE_147],
    movedBy: movedBy(DECREE_147, 'Điều 5 khoản 1'),
    // Decree 147/2025: the commune chair reviews, checks against the population database and decides within 10 working days.
    processingDays: 10,
    steps: [
      communeCentreIntake(),
      step(
        'HANDLER',
        'Công chức văn hóa - xã hội cấp xã xét duyệt, đối chiếu Cơ sở dữ liệu quốc gia về dân cư',
        'Commune social-affairs officer reviews the case against the National Population Database',
        7,
        'COMMUNE',
      ),
      communeChair(3, 'quyết định trợ cấp', 'decides the allowance'),
    ],
  },
  '1.001731': stayedAtCommune(SOCIAL_ALLOWANCE_BASIS),
  // The commune's assessment council meets the person: kept to the commune of residence (assumed, see the doc).
  '1.001699': stayedAtCommune(['Luật Người khuyết tật số 51/2010/QH12', 'Nghị định số 28/2012/NĐ-CP', 'Thông tư số 01/2019/TT-BLĐTBXH'], false),
  '1.001653': stayedAtCommune(['Luật Người khuyết tật số 51/2010/QH12', 'Nghị định số 28/2012/NĐ-CP', 'Thông tư số 01/2019/TT-BLĐTBXH']),

  // The mediation council of the commune where the land lies (Land Law 2024, art. 235): kept to that commune (assumed).
  '1.012812': stayedAtCommune(['Luật Đất đai số 31/2024/QH15', 'Nghị định số 102/2024/NĐ-CP', DECREE_151], false),

  // Civil status with a foreign element: from the district to the commune.
  '2.000528': foreignCivilStatus(CIVIL_STATUS_2025, 1, 0, 'ký Giấy khai sinh', 'signs the birth certificate'),
  '2.000806': foreignCivilStatus([...CIVIL_STATUS_2025, 'Luật Hôn nhân và gia đình số 52/2014/QH13'], 11, 3, 'ký Giấy chứng nhận kết hôn', 'signs the marriage certificate', 1),

  // Household businesses: from the district's Finance and Planning Office to the commune's business registration office.
  '1.001612': householdBusiness([...HOUSEHOLD_BUSINESS_2025, 'Thông tư số 85/2019/TT-BTC']),
  '2.000720': householdBusiness([...HOUSEHOLD_BUSINESS_2025, 'Thông tư số 85/2019/TT-BTC']),
  '1.001570': householdBusiness(HOUSEHOLD_BUSINESS_2025),
  '1.001266': householdBusiness(HOUSEHOLD_BUSINESS_2025),

  '1.009994': {
    settlingLevel: 'COMMUNE',
    ...COMMUNE_COMMITTEE,
    acrossBoundary: true,
    legalBasis: ['Luật Xây dựng số 50/2014/QH13', 'Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng', 'Nghị định số 175/2024/NĐ-CP', DECREE_140, 'Thông tư số 85/2019/TT-BTC'],
    movedBy: movedBy(DECREE_140, 'Điều 4 khoản 1 (thẩm quyền theo Điều 103 khoản 2, 3 Luật Xây dựng)'),
    steps: [
      communeCentreIntake(1),
      step('HANDLER', 'Phòng Kinh tế UBND cấp xã thẩm định hồ sơ, kiểm tra thực địa', "The commune committee's Economic Division appraises the dossier and inspects the site", 11, 'COMMUNE'),
      communeChair(3, 'ký giấy phép xây dựng', 'signs the permit'),
    ],
  },

  // Land: first registration and allocation/change of purpose for individuals to the commune chair;
  // registration of changes to the provincial land registration office's branch.
  '1.013978': {
    settlingLevel: 'COMMUNE',
    ...COMMUNE_COMMITTEE,
    acrossBoundary: true,
    legalBasis: LAND_2025,
    movedBy: movedBy(DECREE_151, 'Điều 5 khoản 1 điểm h (Luật Đất đai 2024, Điều 136 khoản 1 điểm b)'),
    steps: [
      communeCentreIntake(),
      step(
        'HANDLER',
        'Phòng Kinh tế UBND cấp xã xác nhận hiện trạng, nguồn gốc, thời điểm sử dụng đất và niêm yết công khai',
        "The commune committee's Economic Division confirms the current use, origin and start of use, and posts the notice",
        5,
        'COMMUNE',
      ),
      branch(8, 'kiểm tra hồ sơ, trích đo, gửi thông tin xác định nghĩa vụ tài chính', 'checks, surveys and sends data for financial obligations'),
      step('HANDLER', 'Phòng Kinh tế UBND cấp xã thẩm định, trình ký', "The commune committee's Economic Division appraises and submits for signature", 4, 'COMMUNE'),
      communeChair(3, 'ký Giấy chứng nhận', 'signs the certificate'),
    ],
  },
  '1.013831': landBranch([
    branch(5, 'kiểm tra hồ sơ, gửi thông tin sang cơ quan thuế', 'checks the dossier and sends data to the tax office'),
    branch(3, 'chỉnh lý hồ sơ địa chính, cập nhật cơ sở dữ liệu', 'updates the cadastral records and database'),
    branchHead(2, 'ký xác nhận biến động hoặc cấp Giấy chứng nhận mới', 'confirms the change or issues a new certificate'),
  ]),
  '1.012786': landBranch([
    branch(7, 'kiểm tra hồ sơ, đăng tin mất Giấy chứng nhận, chuẩn bị Giấy chứng nhận mới', 'checks, publishes the loss and prepares the new certificate'),
    branchHead(3, 'ký cấp lại Giấy chứng nhận', 'signs the new certificate'),
  ]),
  '1.012784': landBranch([
    branch(10, 'đo đạc, kiểm tra điều kiện tách, hợp thửa', 'surveys and checks the conditions for subdivision or merger'),
    branch(2, 'chỉnh lý hồ sơ địa chính', 'updates the cadastral records'),
    branchHead(3, 'ký cấp Giấy chứng nhận cho các thửa đất mới', 'signs the certificates for the new parcels'),
  ]),
  '1.013949': {
    settlingLevel: 'COMMUNE',
    ...COMMUNE_COMMITTEE,
    acrossBoundary: true,
    legalBasis: LAND_2025,
    movedBy: movedBy(DECREE_151, 'Điều 5 khoản 1 (thẩm quyền của UBND cấp huyện theo Điều 123 khoản 2 Luật Đất đai)', false),
    steps: [
      communeCentreIntake(),
      step(
        'HANDLER',
        'Phòng Kinh tế UBND cấp xã thẩm tra hồ sơ, kiểm tra thực địa, xác định điều kiện',
        "The commune committee's Economic Division reviews the dossier and inspects the site",
        10,
        'COMMUNE',
      ),
      communeChair(3, 'ra quyết định cho phép chuyển mục đích sử dụng đất', 'decides on the change of purpose'),
      branch(2, 'chỉnh lý hồ sơ địa chính, Giấy chứng nhận', 'updates the cadastral records and the certificate'),
    ],
  },
};
