import type { DocumentKind } from './types';

/** Document titles (printed in capitals), and English names for the staff workspace's English UI. */
export const DOCUMENT_TITLES: Record<DocumentKind | 'register', { vi: string; en: string }> = {
  receipt: { vi: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', en: 'Dossier receipt and appointment slip' },
  'supplement-request': { vi: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'Request to supplement the dossier' },
  refusal: { vi: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', en: 'Refusal to accept the dossier' },
  apology: { vi: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết', en: 'Apology and request to extend the settlement time' },
  'stop-notice': { vi: 'Thông báo dừng giải quyết hồ sơ', en: 'Notice to stop processing the dossier' },
  'control-slip': { vi: 'Phiếu kiểm soát quá trình giải quyết hồ sơ', en: 'Process control slip' },
  register: { vi: 'Sổ theo dõi hồ sơ', en: 'Dossier register book' },
};

/**
 * Which form each document follows. Circular 03/2025/TT-VPCP (Appendix I, guiding Decree 118/2025/NĐ-CP)
 * numbers its forms 01–07 and names them as the titles above; the layouts follow the structure of Circular
 * 01/2018/TT-VPCP's forms, since only the list of the 03/2025 forms could be checked (docs/printable-documents.md).
 */
export const DOCUMENT_FORMS: Record<DocumentKind | 'register', { form: string; structureFrom: string }> = {
  receipt: { form: 'Mẫu số 01', structureFrom: 'Mẫu số 01, Thông tư 01/2018/TT-VPCP' },
  'supplement-request': { form: 'Mẫu số 02', structureFrom: 'Mẫu số 02, Thông tư 01/2018/TT-VPCP' },
  refusal: { form: 'Mẫu số 03', structureFrom: 'Mẫu số 03, Thông tư 01/2018/TT-VPCP' },
  apology: { form: 'Mẫu số 04', structureFrom: 'Mẫu số 04, Thông tư 01/2018/TT-VPCP, worded as a request to extend' },
  'stop-notice': { form: 'Mẫu số 05', structureFrom: 'administrative notice layout (Nghị định 30/2020/NĐ-CP); no 01/2018 counterpart' },
  'control-slip': { form: 'Mẫu số 06', structureFrom: 'Mẫu số 05, Thông tư 01/2018/TT-VPCP' },
  register: { form: 'Mẫu số 07', structureFrom: 'Mẫu số 06, Thông tư 01/2018/TT-VPCP' },
};
