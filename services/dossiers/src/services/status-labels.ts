import { DossierStatus } from '../domain/dossier-state';

/** How each state reads to people, in both languages (slips, notifications, errors). */
export const STATUS_LABELS: Record<DossierStatus, { vi: string; en: string }> = {
  [DossierStatus.DRAFT]: { vi: 'Nháp', en: 'Draft' },
  [DossierStatus.SUBMITTED]: { vi: 'Đã nộp, chờ tiếp nhận', en: 'Submitted, awaiting receipt' },
  [DossierStatus.RECEIVED]: { vi: 'Đã tiếp nhận', en: 'Received' },
  [DossierStatus.SUPPLEMENT_REQUESTED]: { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  [DossierStatus.REFUSED]: { vi: 'Từ chối', en: 'Refused' },
  [DossierStatus.WAITING_FOR_FEE]: { vi: 'Chờ nộp phí', en: 'Waiting for the fee' },
  [DossierStatus.IN_PROGRESS]: { vi: 'Đang xử lý', en: 'In progress' },
  [DossierStatus.RESULT_READY]: { vi: 'Đã có kết quả', en: 'Result ready' },
  [DossierStatus.RETURNED]: { vi: 'Đã trả kết quả', en: 'Result returned' },
  [DossierStatus.WITHDRAWN]: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  [DossierStatus.STOPPED]: { vi: 'Dừng xử lý', en: 'Processing stopped' },
};
