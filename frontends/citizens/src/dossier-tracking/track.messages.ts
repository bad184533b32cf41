import { defineMessages } from '@motcua/ui';

export const trackMessages = defineMessages({
  vi: {
    title: 'Tra cứu hồ sơ',
    description: 'Nhập mã hồ sơ in trên phiếu tiếp nhận, hoặc quét mã QR trên phiếu. Không cần đăng nhập.',
    codeLabel: 'Mã hồ sơ',
    codeHint: 'Ví dụ: 000.21.25.H39-261126-0001',
    submit: 'Tra cứu',
    required: 'Vui lòng nhập mã hồ sơ.',
    resultTitle: 'Kết quả tra cứu',
    notFoundTitle: 'Không tìm thấy hồ sơ',
    notFound: ({ code }: { code: string }) => `Không có hồ sơ mã ${code}. Hãy kiểm tra lại mã trên phiếu tiếp nhận.`,
    privacy: 'Vì bảo vệ dữ liệu cá nhân, trang tra cứu chỉ hiện trạng thái và các mốc thời gian.',
    supplement: 'Cơ quan đề nghị bổ sung giấy tờ. Người nộp đăng nhập vào “Hồ sơ của tôi” để xem và bổ sung.',
    resultReady: 'Đã có kết quả. Người nộp xem cách nhận kết quả trong “Hồ sơ của tôi”.',
    seeMine: 'Xem chi tiết trong Hồ sơ của tôi',
  },
  en: {
    title: 'Track a dossier',
    description: 'Enter the dossier code printed on the receipt, or scan the QR code on it. No sign-in needed.',
    codeLabel: 'Dossier code',
    codeHint: 'For example: 000.21.25.H39-261126-0001',
    submit: 'Track',
    required: 'Please enter the dossier code.',
    resultTitle: 'Result',
    notFoundTitle: 'Dossier not found',
    notFound: ({ code }: { code: string }) => `There is no dossier with code ${code}. Please check the code on the receipt.`,
    privacy: 'To protect personal data, the public lookup shows only the status and the dates.',
    supplement: 'The office asked for more documents. The applicant signs in to “My dossiers” to see and supply them.',
    resultReady: 'The result is ready. The applicant sees how to receive it in “My dossiers”.',
    seeMine: 'See the details in My dossiers',
  },
});
