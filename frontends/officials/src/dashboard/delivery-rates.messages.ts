import { defineMessages, dossierLabels } from '@motcua/ui';

export const deliveryRatesMessages = defineMessages({
  vi: {
    ...dossierLabels.vi,
    'delivery.heading': 'Tin nhắn đến được người dân',
    'delivery.description': 'Tin nhắn báo tình trạng hồ sơ theo kênh: số đã gửi, đã đến máy người nhận, lỗi. Thư điện tử không có báo nhận: được tính là đến khi máy chủ thư nhận.',
    'delivery.window': 'Số ngày gần nhất',
    'delivery.caption': 'Tin nhắn theo kênh',
    'delivery.channel': 'Kênh',
    'delivery.total': 'Tổng số',
    'delivery.delivered': 'Đã nhận',
    'delivery.failed': 'Lỗi',
    'delivery.queued': 'Đang chờ',
    'delivery.rate': 'Tỉ lệ đến nơi',
    'delivery.empty': 'Chưa có tin nhắn nào trong khoảng này.',
    loading: 'Đang tải…',
  },
  en: {
    ...dossierLabels.en,
    'delivery.heading': 'Messages that reached citizens',
    'delivery.description': 'Dossier status messages by channel: sent, received on the phone, failed. E-mail has no receipt: it counts as arrived once the mail server accepted it.',
    'delivery.window': 'Last days',
    'delivery.caption': 'Messages by channel',
    'delivery.channel': 'Channel',
    'delivery.total': 'Total',
    'delivery.delivered': 'Received',
    'delivery.failed': 'Failed',
    'delivery.queued': 'Waiting',
    'delivery.rate': 'Delivery rate',
    'delivery.empty': 'No messages in this period.',
    loading: 'Loading…',
  },
});
