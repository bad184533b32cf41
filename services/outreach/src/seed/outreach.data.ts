/**
 * Fixed facts the demo programme is built from: Đức Hòa's communes before 1 July 2025 and the seven communes of Tây
 * Ninh that succeeded them (GSO codes, as the procedures service loads them), names for people, topics and questions.
 * Everything about people here is invented.
 */

export const PROVINCE = '80';
export const DISTRICT = '802';
export const DISTRICT_PATH = `${PROVINCE}/${DISTRICT}`;
/** The two-tier administration begins: districts abolished, communes merged (Resolution 1682/NQ-UBTVQH15). */
const REFORM_DAY = '2025-07-01';

export interface SeedCommune {
  code: string;
  /** 'thị trấn' towns have neighbourhoods (khu phố); 'xã' communes have hamlets (ấp). */
  kind: 'thị trấn' | 'xã';
  name: string;
  slug: string;
  /** The path of its parent in its own period: the district before the reform, the province after. */
  parentPath?: string;
}

export const COMMUNES: readonly SeedCommune[] = [
  { code: '27931', kind: 'thị trấn', name: 'Hậu Nghĩa', slug: 'haunghia' },
  { code: '27934', kind: 'thị trấn', name: 'Hiệp Hòa', slug: 'tthiephoa' },
  { code: '27937', kind: 'thị trấn', name: 'Đức Hòa', slug: 'ttduchoa' },
  { code: '27940', kind: 'xã', name: 'Lộc Giang', slug: 'locgiang' },
  { code: '27943', kind: 'xã', name: 'An Ninh Đông', slug: 'anninhdong' },
  { code: '27946', kind: 'xã', name: 'An Ninh Tây', slug: 'anninhtay' },
  { code: '27949', kind: 'xã', name: 'Tân Mỹ', slug: 'tanmy' },
  { code: '27952', kind: 'xã', name: 'Hiệp Hòa', slug: 'xahiephoa' },
  { code: '27955', kind: 'xã', name: 'Đức Lập Thượng', slug: 'duclapthuong' },
  { code: '27958', kind: 'xã', name: 'Đức Lập Hạ', slug: 'duclapha' },
  { code: '27961', kind: 'xã', name: 'Tân Phú', slug: 'tanphu' },
  { code: '27964', kind: 'xã', name: 'Mỹ Hạnh Bắc', slug: 'myhanhbac' },
  { code: '27967', kind: 'xã', name: 'Đức Hòa Thượng', slug: 'duchoathuong' },
  { code: '27970', kind: 'xã', name: 'Hòa Khánh Tây', slug: 'hoakhanhtay' },
  { code: '27973', kind: 'xã', name: 'Hòa Khánh Đông', slug: 'hoakhanhdong' },
  { code: '27976', kind: 'xã', name: 'Mỹ Hạnh Nam', slug: 'myhanhnam' },
  { code: '27979', kind: 'xã', name: 'Hòa Khánh Nam', slug: 'hoakhanhnam' },
  { code: '27982', kind: 'xã', name: 'Đức Hòa Đông', slug: 'duchoadong' },
  { code: '27985', kind: 'xã', name: 'Đức Hòa Hạ', slug: 'duchoaha' },
  { code: '27988', kind: 'xã', name: 'Hựu Thạnh', slug: 'huuthanh' },
];

/** The seven communes of today that succeeded former Đức Hòa district. */
export const TODAY_COMMUNES: readonly SeedCommune[] = [
  { code: '27931', kind: 'xã', name: 'Hậu Nghĩa', slug: 'xahaunghia', parentPath: PROVINCE },
  { code: '27937', kind: 'xã', name: 'Đức Hòa', slug: 'xaduchoa', parentPath: PROVINCE },
  { code: '27943', kind: 'xã', name: 'An Ninh', slug: 'anninh', parentPath: PROVINCE },
  { code: '27952', kind: 'xã', name: 'Hiệp Hòa', slug: 'hiephoa', parentPath: PROVINCE },
  { code: '27964', kind: 'xã', name: 'Đức Lập', slug: 'duclap', parentPath: PROVINCE },
  { code: '27976', kind: 'xã', name: 'Mỹ Hạnh', slug: 'myhanh', parentPath: PROVINCE },
  { code: '27979', kind: 'xã', name: 'Hòa Khánh', slug: 'hoakhanh', parentPath: PROVINCE },
];

/**
 * Each old commune's successor. Đức Hòa Thượng (27967) was split between Đức Lập (27964) and Mỹ Hạnh (27976): a
 * record is indivisible, so its records go to the first successor in code order (docs/outreach.md).
 */
const SUCCESSOR: Readonly<Record<string, string>> = {
  '27931': '27931',
  '27949': '27931',
  '27955': '27931',
  '27937': '27937',
  '27985': '27937',
  '27988': '27937',
  '27940': '27943',
  '27943': '27943',
  '27946': '27943',
  '27934': '27952',
  '27952': '27952',
  '27961': '27952',
  '27958': '27964',
  '27964': '27964',
  '27967': '27964',
  '27976': '27976',
  '27982': '27976',
  '27970': '27979',
  '27973': '27979',
  '27979': '27979',
};

/** The commune a record of `day` names: the old commune before the reform, its successor from 1 July 2025. */
export function communeOn(old: SeedCommune, day: string): SeedCommune {
  if (day < REFORM_DAY) return old;
  return TODAY_COMMUNES.find((c) => c.code === SUCCESSOR[old.code])!;
}

/** The unit that ran district-wide work on `day`: the district before the reform, the province after. */
export function districtOn(day: string): { code: string; path: string } {
  return day < REFORM_DAY ? { code: DISTRICT, path: DISTRICT_PATH } : { code: PROVINCE, path: PROVINCE };
}

export const communePath = (c: SeedCommune) => `${c.parentPath ?? DISTRICT_PATH}/${c.code}`;
export const fullName = (c: SeedCommune) => `${c.kind === 'xã' ? 'xã' : 'thị trấn'} ${c.name}`;
/** "Ấp 3" or "Khu phố 3". */
export const hamlet = (c: SeedCommune, n: number) => `${c.kind === 'xã' ? 'Ấp' : 'Khu phố'} ${n}`;

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Lý'];
export const MALE = {
  middle: ['Văn', 'Minh', 'Thanh', 'Hoàng', 'Quốc', 'Hữu', 'Đức', 'Tấn'],
  given: ['An', 'Bảo', 'Dũng', 'Hải', 'Hiếu', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Trí', 'Tuấn', 'Vinh'],
};
export const FEMALE = {
  middle: ['Thị', 'Ngọc', 'Thanh', 'Thị Kim', 'Thị Mỹ', 'Bích'],
  given: ['Châu', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Lan', 'Linh', 'Mai', 'Nga', 'Phương', 'Tâm', 'Thảo', 'Trang', 'Uyên', 'Vy', 'Yến'],
};

export const OFFICIAL_POSITIONS = ['Công chức Văn phòng – Thống kê', 'Công chức Tư pháp – Hộ tịch', 'Công chức Địa chính – Xây dựng', 'Công chức Văn hóa – Xã hội', 'Phó Chủ tịch UBND'];

export const MATERIALS = {
  portal: 'Hướng dẫn nộp hồ sơ trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)',
  vneid: 'Hướng dẫn kích hoạt tài khoản định danh điện tử VNeID mức 2',
  payment: 'Hướng dẫn thanh toán lệ phí trực tuyến',
  slides: 'Bài giảng: Dịch vụ công trực tuyến toàn trình và một phần (Nghị định 42/2022/NĐ-CP)',
  digitise: 'Quy trình số hóa hồ sơ, kết quả tại Bộ phận một cửa',
  video: 'Video: Đăng ký khai sinh trực tuyến trong 5 bước',
};

/** The procedures citizens most ask about (codes of the catalogue's seed). */
export const ASKED_PROCEDURES = ['1.001193', '1.000656', '1.004837', '1.004873', '2.000815'];

export const QUESTIONS: readonly { text: string; procedure: number | null }[] = [
  { text: 'Hỏi cách đăng ký tài khoản trên Cổng Dịch vụ công quốc gia bằng VNeID', procedure: null },
  { text: 'Cần những giấy tờ gì để đăng ký khai sinh trực tuyến cho con', procedure: 0 },
  { text: 'Không tải lên được ảnh chụp giấy chứng sinh (báo lỗi định dạng tệp)', procedure: 0 },
  { text: 'Hỏi lệ phí và thời gian giải quyết khi nộp trực tuyến', procedure: 1 },
  { text: 'Hồ sơ đã nộp 2 ngày nhưng chưa thấy cán bộ tiếp nhận', procedure: 2 },
  { text: 'Cách thanh toán lệ phí trực tuyến bằng ứng dụng ngân hàng', procedure: 3 },
  { text: 'Quên mật khẩu tài khoản VNeID, không đăng nhập được', procedure: null },
  { text: 'Muốn nhận kết quả qua bưu điện thì chọn ở đâu', procedure: 4 },
  { text: 'Được yêu cầu bổ sung hồ sơ nhưng không biết bổ sung thế nào', procedure: 2 },
  { text: 'Người cao tuổi không dùng điện thoại thông minh, nhờ nộp giúp', procedure: 1 },
];

export const ANSWERS = [
  'Đã hướng dẫn từng bước trên điện thoại của người dân.',
  'Đã gửi video hướng dẫn trong nhóm Zalo và gọi lại xác nhận.',
  'Đã hướng dẫn chụp lại giấy tờ ở định dạng PDF/JPG dưới 10 MB.',
  'Đã kiểm tra, hồ sơ đang chờ tiếp nhận; đã nhắc cán bộ một cửa.',
  'Tình nguyện viên đã hỗ trợ nộp trực tuyến với sự đồng ý của người dân.',
];
