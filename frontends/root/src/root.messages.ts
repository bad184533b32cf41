import { defineMessages } from '@motcua/ui';

export const rootMessages = defineMessages({
  vi: {
    documentTitle: 'Một Cửa — Dịch vụ công một cửa',
    tagline: 'Dịch vụ công một cửa',
    skipToContent: 'Bỏ qua, đến nội dung chính',
    'nav.label': 'Khu vực',
    'nav.citizens': 'Thủ tục',
    'nav.staff': 'Cán bộ một cửa',
    'nav.officials': 'Lãnh đạo',
    'account.label': 'Tài khoản',
    'login.close': 'Đóng',
    signInFailed: 'Đăng nhập không thành công hoặc đã bị huỷ. Vui lòng thử lại.',
    footer: 'Hệ thống một cửa điện tử — tiếp nhận hồ sơ và trả kết quả thủ tục hành chính.',
  },
  en: {
    documentTitle: 'Một Cửa — One-stop public services',
    tagline: 'One-stop public services',
    skipToContent: 'Skip to main content',
    'nav.label': 'Sections',
    'nav.citizens': 'Procedures',
    'nav.staff': 'Intake desk',
    'nav.officials': 'Leadership',
    'account.label': 'Account',
    'login.close': 'Close',
    signInFailed: 'Signing in did not succeed or was cancelled. Please try again.',
    footer: 'One-stop electronic system — receiving dossiers and returning the results of administrative procedures.',
  },
});
