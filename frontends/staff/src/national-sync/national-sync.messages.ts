import { defineMessages } from '@motcua/ui';

export const nationalSyncMessages = defineMessages({
  vi: {
    'sync.title': 'Đồng bộ Cổng Dịch vụ công quốc gia',
    'sync.description': 'Hồ sơ của đơn vị mà Cổng Dịch vụ công quốc gia chưa nhận: lý do Cổng trả lời, số lần thử. Sửa nguyên nhân rồi đồng bộ lại.',
    'sync.empty': 'Mọi hồ sơ của đơn vị đã được đồng bộ.',
    'sync.loading': 'Đang tải…',
    'sync.caption': 'Hồ sơ đồng bộ không thành công',
    'sync.code': 'Mã hồ sơ',
    'sync.error': 'Lý do',
    'sync.attempts': 'Số lần thử',
    'sync.retry': 'Đồng bộ lại',
    'sync.retried': ({ code }: { code: string }) => `Đã xếp hàng đồng bộ lại hồ sơ ${code}.`,
  },
  en: {
    'sync.title': 'National public service portal sync',
    'sync.description': "The unit's dossiers the national portal has not taken: the portal's answer and the number of tries. Fix the cause, then sync again.",
    'sync.empty': "All of the unit's dossiers are synchronised.",
    'sync.loading': 'Loading…',
    'sync.caption': 'Dossiers whose sync failed',
    'sync.code': 'Dossier code',
    'sync.error': 'Reason',
    'sync.attempts': 'Tries',
    'sync.retry': 'Sync again',
    'sync.retried': ({ code }: { code: string }) => `Dossier ${code} is queued to sync again.`,
  },
});
