import { Alert, Card, PageHeader, TextField, addDays, defineMessages, useT, vietnamDay } from '@motcua/ui';
import { useState } from 'react';
import { PrintButton } from '../documents/print-document-button';
import styles from './register.module.css';

const messages = defineMessages({
  vi: {
    'register.title': 'Sổ theo dõi hồ sơ',
    'register.description': 'Sổ tiếp nhận và trả kết quả của bộ phận một cửa (mẫu theo Thông tư 03/2025/TT-VPCP), in theo khoảng ngày.',
    'register.from': 'Từ ngày',
    'register.to': 'Đến ngày',
    'register.open': 'Mở sổ (PDF)',
    'register.invalid': '"Từ ngày" phải trước hoặc bằng "Đến ngày".',
    'register.presets': 'Chọn nhanh',
    'register.today': 'Hôm nay',
    'register.week': '7 ngày qua',
    'register.month': 'Tháng này',
  },
  en: {
    'register.title': 'Dossier register',
    'register.description': "The one-stop desk's register of dossiers received and returned (form of Circular 03/2025/TT-VPCP), for a range of days.",
    'register.from': 'From',
    'register.to': 'To',
    'register.open': 'Open the register (PDF)',
    'register.invalid': '"From" must be on or before "To".',
    'register.presets': 'Quick ranges',
    'register.today': 'Today',
    'register.week': 'Last 7 days',
    'register.month': 'This month',
  },
});

/** /staff/so-theo-doi — the counter's register for a range of days, rendered by the dossiers service. */
export function RegisterPage() {
  const t = useT(messages);
  const today = vietnamDay();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const valid = !!from && !!to && from <= to;
  const presets: [string, string, string][] = [
    [t('register.today'), today, today],
    [t('register.week'), addDays(today, -6), today],
    [t('register.month'), `${today.slice(0, 8)}01`, today],
  ];

  return (
    <div className={styles.page}>
      <PageHeader title={t('register.title')} description={t('register.description')} />
      <Card>
        <div className={styles.form}>
          <TextField label={t('register.from')} type="date" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} />
          <TextField label={t('register.to')} type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
        </div>
        <div className={styles.presets} role="group" aria-label={t('register.presets')}>
          {presets.map(([label, start, end]) => (
            <button
              key={label}
              type="button"
              className={styles.preset}
              aria-pressed={from === start && to === end}
              onClick={() => {
                setFrom(start);
                setTo(end);
              }}
            >
              {label}
            </button>
          ))}
        </div>
        {valid ? <PrintButton variant="primary" path={`/documents/register.pdf?from=${from}&to=${to}`} label={t('register.open')} /> : <Alert tone="warning">{t('register.invalid')}</Alert>}
      </Card>
    </div>
  );
}
