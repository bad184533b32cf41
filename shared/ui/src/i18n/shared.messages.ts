import type { DossierStatus, OnlineLevel, Role, SettlingLevel, TrainingAudience } from '../domain';

type Labels<T extends string, P extends string> = { [K in T as `${P}.${K}`]: string };

/**
 * Strings every app uses. Declared without `defineMessages` (which lives in i18n.ts and imports this file), but
 * checked the same way by the type below.
 */
type SharedShape = {
  productName: string;
  'lang.label': string;
  'lang.vi': string;
  'lang.en': string;
  'session.signIn': string;
  'session.signOut': string;
  'session.signedInAs': string;
  'session.unit': (params: { unit: string }) => string;
  'login.title': string;
  'login.intro': string;
  'login.providerIntro': string;
  'login.provider': string;
  'login.username': string;
  'login.password': string;
  'login.submit': string;
  'login.submitting': string;
  'login.required': string;
  loading: string;
  'error.title': string;
  'error.code': string;
  'error.retry': string;
  'error.appCrashed': string;
  'pagination.label': string;
  'pagination.previous': string;
  'pagination.next': string;
  'pagination.page': (params: { page: number; pageCount: number }) => string;
  'gate.forbiddenTitle': string;
  'gate.forbidden': string;
} & Labels<Role, 'role'> &
  Labels<TrainingAudience, 'audience'> &
  Labels<DossierStatus, 'dossierStatus'> &
  Labels<OnlineLevel, 'onlineLevel'> &
  Labels<SettlingLevel, 'settlingLevel'>;

const vi: SharedShape = {
  productName: 'Một Cửa',
  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'session.signIn': 'Đăng nhập',
  'session.signOut': 'Đăng xuất',
  'session.signedInAs': 'Đang đăng nhập',
  'session.unit': ({ unit }) => `Đơn vị: ${unit}`,
  'login.title': 'Đăng nhập',
  'login.intro': 'Môi trường phát triển: đăng nhập bằng tài khoản mẫu.',
  'login.providerIntro': 'Dùng tài khoản định danh điện tử VNeID (mức 2) của bạn.',
  'login.provider': 'Tiếp tục với VNeID',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.required': 'Vui lòng nhập thông tin này.',
  loading: 'Đang tải…',
  'error.title': 'Đã có lỗi',
  'error.code': 'Mã lỗi',
  'error.retry': 'Thử lại',
  'error.appCrashed': 'Phần này của trang gặp sự cố. Vui lòng tải lại trang.',
  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.page': ({ page, pageCount }) => `Trang ${page}/${pageCount}`,
  'gate.forbiddenTitle': 'Không có quyền truy cập',
  'gate.forbidden': 'Tài khoản này không dùng được khu vực này. Hãy đăng nhập bằng tài khoản khác.',
  'role.CITIZEN': 'Công dân',
  'role.VOLUNTEER': 'Tình nguyện viên',
  'role.INTAKE': 'Cán bộ tiếp nhận',
  'role.HANDLER': 'Cán bộ xử lý',
  'role.APPROVER': 'Lãnh đạo phê duyệt',
  'role.OFFICIAL': 'Lãnh đạo',
  'role.ADMIN': 'Quản trị',
  'audience.OFFICIALS': 'Cán bộ, công chức',
  'audience.VOLUNTEERS': 'Tình nguyện viên',
  'audience.CITIZENS': 'Người dân',
  'dossierStatus.DRAFT': 'Nháp',
  'dossierStatus.SUBMITTED': 'Đã nộp',
  'dossierStatus.RECEIVED': 'Đã tiếp nhận',
  'dossierStatus.SUPPLEMENT_REQUESTED': 'Yêu cầu bổ sung',
  'dossierStatus.REFUSED': 'Từ chối',
  'dossierStatus.WAITING_FOR_FEE': 'Chờ nộp phí',
  'dossierStatus.IN_PROGRESS': 'Đang xử lý',
  'dossierStatus.RESULT_READY': 'Có kết quả',
  'dossierStatus.RETURNED': 'Đã trả kết quả',
  'dossierStatus.WITHDRAWN': 'Đã rút',
  'dossierStatus.STOPPED': 'Dừng xử lý',
  'onlineLevel.FULL': 'Toàn trình',
  'onlineLevel.PARTIAL': 'Một phần',
  'onlineLevel.NONE': 'Trực tiếp',
  'settlingLevel.PROVINCE': 'Cấp tỉnh',
  'settlingLevel.COMMUNE': 'Cấp xã',
  'settlingLevel.DISTRICT': 'Cấp huyện (trước 01/7/2025)',
};

const en: SharedShape = {
  productName: 'Một Cửa',
  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'session.signIn': 'Sign in',
  'session.signOut': 'Sign out',
  'session.signedInAs': 'Signed in',
  'session.unit': ({ unit }) => `Unit: ${unit}`,
  'login.title': 'Sign in',
  'login.intro': 'Development: sign in with a demo account.',
  'login.providerIntro': 'Use your VNeID electronic identity (level 2).',
  'login.provider': 'Continue with VNeID',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.required': 'Please fill this in.',
  loading: 'Loading…',
  'error.title': 'Something went wrong',
  'error.code': 'Error code',
  'error.retry': 'Try again',
  'error.appCrashed': 'This part of the page ran into a problem. Please reload the page.',
  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.page': ({ page, pageCount }) => `Page ${page} of ${pageCount}`,
  'gate.forbiddenTitle': 'No access',
  'gate.forbidden': 'This account cannot use this area. Please sign in with another account.',
  'role.CITIZEN': 'Citizen',
  'role.VOLUNTEER': 'Volunteer',
  'role.INTAKE': 'Intake officer',
  'role.HANDLER': 'Handler',
  'role.APPROVER': 'Approver',
  'role.OFFICIAL': 'Official',
  'role.ADMIN': 'Administrator',
  'audience.OFFICIALS': 'Officials',
  'audience.VOLUNTEERS': 'Volunteers',
  'audience.CITIZENS': 'Citizens',
  'dossierStatus.DRAFT': 'Draft',
  'dossierStatus.SUBMITTED': 'Submitted',
  'dossierStatus.RECEIVED': 'Received',
  'dossierStatus.SUPPLEMENT_REQUESTED': 'Supplement requested',
  'dossierStatus.REFUSED': 'Refused',
  'dossierStatus.WAITING_FOR_FEE': 'Waiting for fee',
  'dossierStatus.IN_PROGRESS': 'In progress',
  'dossierStatus.RESULT_READY': 'Result ready',
  'dossierStatus.RETURNED': 'Result returned',
  'dossierStatus.WITHDRAWN': 'Withdrawn',
  'dossierStatus.STOPPED': 'Stopped',
  'onlineLevel.FULL': 'Full online',
  'onlineLevel.PARTIAL': 'Partly online',
  'onlineLevel.NONE': 'In person',
  'settlingLevel.PROVINCE': 'Province',
  'settlingLevel.COMMUNE': 'Commune level',
  'settlingLevel.DISTRICT': 'District level (before 1 July 2025)',
};

export type SharedMessages = SharedShape;
export const sharedMessages: { vi: SharedShape; en: SharedShape } = { vi, en };
