import { Card, ErrorAlert, SelectField, Spinner, Table, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { formatCount, formatShare } from '../common/format';
import styles from './dashboard.module.css';
import { deliveryRatesMessages } from './delivery-rates.messages';
import { DELIVERY_RATES, type ChannelDeliveryRate } from './delivery-rates.query';

const WINDOWS = [7, 30, 90];

/** How many of the messages to citizens arrived, per channel (Zalo, SMS, e-mail), over the last days. */
export function DeliveryRatesCard({ unitCode }: { unitCode: string }) {
  const t = useT(deliveryRatesMessages);
  const lang = useLang();
  const [days, setDays] = useState(30);
  const [{ data, fetching, error }] = useQuery({ query: DELIVERY_RATES, variables: { unit: unitCode, days } });
  const rows = data?.notificationDeliveryRates;
  const columns = useMemo<TableColumn<ChannelDeliveryRate>[]>(
    () => [
      { key: 'channel', header: t('delivery.channel'), render: (r) => t(`notificationChannel.${r.channel}`) },
      { key: 'total', header: t('delivery.total'), render: (r) => <span className={styles.number}>{formatCount(r.total, lang)}</span> },
      { key: 'delivered', header: t('delivery.delivered'), render: (r) => <span className={styles.number}>{formatCount(r.delivered, lang)}</span> },
      { key: 'failed', header: t('delivery.failed'), render: (r) => <span className={styles.number}>{formatCount(r.failed, lang)}</span> },
      { key: 'queued', header: t('delivery.queued'), render: (r) => <span className={styles.number}>{formatCount(r.queued, lang)}</span> },
      { key: 'rate', header: t('delivery.rate'), render: (r) => <strong className={styles.number}>{r.deliveryRate === null ? '—' : formatShare(r.deliveryRate, lang)}</strong> },
    ],
    [t, lang],
  );
  return (
    <Card title={t('delivery.heading')} aria-busy={fetching}>
      <p className={styles.muted}>{t('delivery.description')}</p>
      <div className={styles.inlineField}>
        <SelectField label={t('delivery.window')} value={String(days)} onChange={(e) => setDays(Number(e.target.value))}>
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </SelectField>
      </div>
      {error && <ErrorAlert error={error} />}
      {!rows && fetching && <Spinner label={t('loading')} />}
      {rows && (rows.some((r) => r.total > 0) ? <Table caption={t('delivery.caption')} hideCaption columns={columns} rows={rows} rowKey={(r) => r.channel} /> : <p>{t('delivery.empty')}</p>)}
    </Card>
  );
}
