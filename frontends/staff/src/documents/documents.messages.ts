import { defineMessages } from '@motcua/ui';

export const documentsMessages = defineMessages({
  vi: {
    'documents.view': 'Xem',
    'documents.viewNamed': ({ name }: { name: string }) => `Xem tệp ${name}`,
    'documents.loading': 'Đang tải tệp…',
    'print.receipt': 'Giấy tiếp nhận và hẹn trả kết quả',
    'print.control-slip': 'Phiếu kiểm soát quá trình giải quyết',
    'print.supplement-request': 'Phiếu yêu cầu bổ sung hồ sơ',
    'print.refusal': 'Phiếu từ chối tiếp nhận, giải quyết',
    'print.apology': 'Văn bản xin lỗi và đề nghị gia hạn',
    'print.stop-notice': 'Thông báo dừng xử lý hồ sơ',
  },
  en: {
    'documents.view': 'View',
    'documents.viewNamed': ({ name }: { name: string }) => `View ${name}`,
    'documents.loading': 'Loading the file…',
    'print.receipt': 'Receipt and appointment slip',
    'print.control-slip': 'Process control slip',
    'print.supplement-request': 'Supplement request',
    'print.refusal': 'Refusal letter',
    'print.apology': 'Apology and request to extend',
    'print.stop-notice': 'Notice of stopped processing',
  },
});
