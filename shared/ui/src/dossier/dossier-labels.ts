import { defineMessages } from '../i18n/i18n';

/** GraphQL enums of a dossier's tracks (the business status is in domain.ts and the shared dictionary). */
export type Channel = 'ONLINE' | 'COUNTER' | 'POST';
export type DeliveryMethod = 'ONLINE' | 'PICKUP' | 'POST';
export type DeliveryStatus = 'NOT_READY' | 'READY' | 'IN_TRANSIT' | 'DELIVERED';
export type FeeStatus = 'NONE' | 'DUE' | 'PAID' | 'REFUNDED';
export type DocumentRole = 'APPLICATION' | 'SUPPLEMENT' | 'RESULT';
export type NotificationChannel = 'SMS' | 'ZALO' | 'EMAIL';
export type Timeliness = 'EARLY' | 'ON_TIME' | 'LATE';
export type DossierAction =
  | 'SUBMIT'
  | 'RECEIVE'
  | 'RECEIVE_AT_COUNTER'
  | 'REQUEST_SUPPLEMENT'
  | 'SUPPLEMENT'
  | 'REFUSE'
  | 'REQUIRE_FEE'
  | 'FEE_PAID'
  | 'START_PROCESSING'
  | 'TRANSFER'
  | 'RECORD_STEP'
  | 'APPROVE'
  | 'REJECT'
  | 'RETURN_RESULT'
  | 'WITHDRAW'
  | 'STOP';

/**
 * Labels of those enums and of the audit trail's actions, in both languages. An app spreads them into its own
 * dictionary (`{ ...dossierLabels.vi, … }`) or calls `useT(dossierLabels)`.
 */
export const dossierLabels = defineMessages({
  vi: {
    'channel.ONLINE': 'Trực tuyến',
    'channel.COUNTER': 'Tại quầy',
    'channel.POST': 'Qua bưu chính',
    'deliveryMethod.ONLINE': 'Nhận bản điện tử',
    'deliveryMethod.PICKUP': 'Nhận tại quầy',
    'deliveryMethod.POST': 'Gửi qua bưu chính',
    'deliveryStatus.NOT_READY': 'Chưa có kết quả',
    'deliveryStatus.READY': 'Kết quả sẵn sàng',
    'deliveryStatus.IN_TRANSIT': 'Đang chuyển phát',
    'deliveryStatus.DELIVERED': 'Đã giao',
    'feeStatus.NONE': 'Không thu phí',
    'feeStatus.DUE': 'Chưa nộp phí',
    'feeStatus.PAID': 'Đã nộp phí',
    'feeStatus.REFUNDED': 'Đã hoàn phí',
    'documentRole.APPLICATION': 'Thành phần hồ sơ',
    'documentRole.SUPPLEMENT': 'Bổ sung',
    'documentRole.RESULT': 'Kết quả',
    'notificationChannel.SMS': 'SMS',
    'notificationChannel.ZALO': 'Zalo',
    'notificationChannel.EMAIL': 'Thư điện tử',
    'timeliness.EARLY': 'Trước hạn',
    'timeliness.ON_TIME': 'Đúng hạn',
    'timeliness.LATE': 'Quá hạn',
    'action.SUBMIT': 'Nộp hồ sơ',
    'action.RECEIVE': 'Tiếp nhận hồ sơ',
    'action.RECEIVE_AT_COUNTER': 'Tiếp nhận tại quầy',
    'action.REQUEST_SUPPLEMENT': 'Yêu cầu bổ sung',
    'action.SUPPLEMENT': 'Bổ sung hồ sơ',
    'action.REFUSE': 'Từ chối tiếp nhận',
    'action.REQUIRE_FEE': 'Yêu cầu nộp phí',
    'action.FEE_PAID': 'Đã nộp phí',
    'action.START_PROCESSING': 'Bắt đầu xử lý',
    'action.TRANSFER': 'Chuyển hồ sơ',
    'action.RECORD_STEP': 'Ghi nhận bước xử lý',
    'action.APPROVE': 'Phê duyệt kết quả',
    'action.REJECT': 'Từ chối giải quyết',
    'action.RETURN_RESULT': 'Trả kết quả',
    'action.WITHDRAW': 'Rút hồ sơ',
    'action.STOP': 'Dừng xử lý',
    'action.CALL_FOR_PICKUP': 'Mời nhận kết quả',
    'action.APOLOGISE': 'Xin lỗi và đề nghị gia hạn',
    'action.ASSIGN': 'Phân công xử lý',
    'action.SUCCESSION': 'Chuyển giao cho đơn vị kế thừa',
    'action.RATE': 'Đánh giá',
  },
  en: {
    'channel.ONLINE': 'Online',
    'channel.COUNTER': 'At the counter',
    'channel.POST': 'By post',
    'deliveryMethod.ONLINE': 'Electronic copy',
    'deliveryMethod.PICKUP': 'Pick up at the counter',
    'deliveryMethod.POST': 'By public post',
    'deliveryStatus.NOT_READY': 'No result yet',
    'deliveryStatus.READY': 'Result ready',
    'deliveryStatus.IN_TRANSIT': 'In transit',
    'deliveryStatus.DELIVERED': 'Delivered',
    'feeStatus.NONE': 'No fee',
    'feeStatus.DUE': 'Fee due',
    'feeStatus.PAID': 'Fee paid',
    'feeStatus.REFUNDED': 'Fee refunded',
    'documentRole.APPLICATION': 'Application document',
    'documentRole.SUPPLEMENT': 'Supplement',
    'documentRole.RESULT': 'Result',
    'notificationChannel.SMS': 'SMS',
    'notificationChannel.ZALO': 'Zalo',
    'notificationChannel.EMAIL': 'E-mail',
    'timeliness.EARLY': 'Early',
    'timeliness.ON_TIME': 'On time',
    'timeliness.LATE': 'Late',
    'action.SUBMIT': 'Submitted',
    'action.RECEIVE': 'Received',
    'action.RECEIVE_AT_COUNTER': 'Received at the counter',
    'action.REQUEST_SUPPLEMENT': 'Supplement requested',
    'action.SUPPLEMENT': 'Supplemented',
    'action.REFUSE': 'Refused at intake',
    'action.REQUIRE_FEE': 'Fee required',
    'action.FEE_PAID': 'Fee paid',
    'action.START_PROCESSING': 'Processing started',
    'action.TRANSFER': 'Transferred',
    'action.RECORD_STEP': 'Step recorded',
    'action.APPROVE': 'Result approved',
    'action.REJECT': 'Refused during processing',
    'action.RETURN_RESULT': 'Result returned',
    'action.WITHDRAW': 'Withdrawn',
    'action.STOP': 'Processing stopped',
    'action.CALL_FOR_PICKUP': 'Called to pick up',
    'action.APOLOGISE': 'Apology and request to extend',
    'action.ASSIGN': 'Assigned to a handler',
    'action.SUCCESSION': 'Handed to the successor unit',
    'action.RATE': 'Rated',
  },
});

export type DossierLabelKey = keyof typeof dossierLabels.vi;
