import { EmptyState, ErrorAlert, Link, PageHeader, Spinner, Table, TextField, formatDateTime, formatVnd, useLang, useT, vietnamDay, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { staffPaths } from '../staff.routes';
import { PaymentStatusBadge } from './payment-labels';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';
import { UNIT_PAYMENTS, type StaffPayment } from './staff-payments.queries';

/** /staff/thu-phi — the unit's payments of one day, with the day's totals. */
export function UnitPaymentsPage() {
  const t = useT(staffPaymentsMessages);
  const lang = useLang();
  const [date, setDate] = useState(() => vietnamDay());
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UNIT_PAYMENTS, variables: { date }, requestPolicy: 'cache-and-network', pause: !date });
  const day = data?.unitPayments;
  const vnd = (amount: number) => formatVnd(amount, lang);

  const columns: TableColumn<StaffPayment>[] = [
    { key: 'time', header: t('col.time'), render: (p) => formatDateTime(p.paidAt ?? p.createdAt, lang) },
    {
      key: 'dossier',
      header: t('col.dossier'),
      render: (p) => (
        <Link href={staffPaths.dossier(p.dossierCode)} className={styles.mono}>
          {p.dossierCode}
        </Link>
      ),
    },
    { key: 'payer', header: t('col.payer'), render: (p) => p.payerName ?? '' },
    { key: 'method', header: t('col.method'), render: (p) => t(`method.${p.method}`) },
    { key: 'status', header: t('col.status'), render: (p) => <PaymentStatusBadge status={p.status} /> },
    { key: 'amount', header: t('col.amount'), render: (p) => <span className={styles.number}>{vnd(p.amount)}</span> },
    { key: 'receipt', header: t('col.receipt'), render: (p) => <span className={styles.mono}>{p.receiptNumber ?? ''}</span> },
    { key: 'officer', header: t('col.officer'), render: (p) => p.collectedByName ?? '' },
  ];

  return (
    <div className={styles.page}>
      <PageHeader title={t('day.title')} description={t('day.description')} />
      <div className={styles.filters}>
        <TextField label={t('day.date')} type="date" value={date} max={vietnamDay()} onChange={(event) => setDate(event.target.value)} />
      </div>
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!day && fetching && <Spinner label={t('day.title')} />}
      {day && (
        <>
          <dl className={styles.totals}>
            <div className={styles.total}>
              <dt>{t('day.received')}</dt>
              <dd>{vnd(day.succeededVnd)}</dd>
              <dd className={styles.muted}>{t('day.count', { count: day.succeededCount })}</dd>
            </div>
            <div className={styles.total}>
              <dt>{t('day.online')}</dt>
              <dd>{vnd(day.onlineVnd)}</dd>
            </div>
            <div className={styles.total}>
              <dt>{t('day.cash')}</dt>
              <dd>{vnd(day.cashVnd)}</dd>
            </div>
            <div className={styles.total}>
              <dt>{t('day.refunded')}</dt>
              <dd>{vnd(day.refundedVnd)}</dd>
            </div>
            <div className={styles.total}>
              <dt>{t('day.pending')}</dt>
              <dd>{day.pendingCount}</dd>
            </div>
          </dl>
          {day.payments.length === 0 ? <EmptyState title={t('day.empty')} /> : <Table caption={t('day.title')} hideCaption columns={columns} rows={day.payments} rowKey={(p) => p.id} pageSize={25} />}
        </>
      )}
    </div>
  );
}
