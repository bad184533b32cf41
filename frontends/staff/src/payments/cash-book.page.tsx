import { Alert, Button, EmptyState, ErrorAlert, Link, PageHeader, Spinner, Table, TextField, formatDateTime, formatVnd, useLang, useT, vietnamDay, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useQuery } from 'urql';
import { staffPaths } from '../staff.routes';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';
import { CASH_BOOK, type CashBookEntry } from './staff-payments.queries';

/** /staff/thu-phi/so-quy — sổ quỹ tiền mặt: cash in and out at the counter over a range of days, with totals. */
export function CashBookPage() {
  const t = useT(staffPaymentsMessages);
  const lang = useLang();
  const today = vietnamDay();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const valid = !!from && !!to && from <= to;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CASH_BOOK, variables: { from, to }, requestPolicy: 'cache-and-network', pause: !valid });
  const book = data?.cashBook;
  const vnd = (amount: number) => (amount ? formatVnd(amount, lang) : '');

  const columns: TableColumn<CashBookEntry>[] = [
    { key: 'time', header: t('col.time'), render: (e) => formatDateTime(e.at, lang) },
    { key: 'receipt', header: t('col.receipt'), render: (e) => <span className={styles.mono}>{e.receiptNumber ?? ''}</span> },
    {
      key: 'dossier',
      header: t('col.dossier'),
      render: (e) => (
        <Link href={staffPaths.dossier(e.dossierCode)} className={styles.mono}>
          {e.dossierCode}
        </Link>
      ),
    },
    { key: 'payer', header: t('col.payer'), render: (e) => e.payerName ?? '' },
    { key: 'content', header: t('col.content'), render: (e) => e.description },
    { key: 'in', header: t('book.in'), render: (e) => <span className={styles.number}>{vnd(e.amountInVnd)}</span> },
    { key: 'out', header: t('book.out'), render: (e) => <span className={styles.number}>{vnd(e.amountOutVnd)}</span> },
    { key: 'officer', header: t('col.officer'), render: (e) => e.officerName ?? '' },
  ];

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('book.title')}
        description={t('book.description')}
        actions={
          book && (
            <Button variant="secondary" onClick={() => window.print()}>
              {t('book.print')}
            </Button>
          )
        }
      />
      <div className={styles.filters}>
        <TextField label={t('book.from')} type="date" value={from} max={to || undefined} onChange={(event) => setFrom(event.target.value)} />
        <TextField label={t('book.to')} type="date" value={to} min={from || undefined} onChange={(event) => setTo(event.target.value)} />
      </div>
      {!valid && <Alert tone="warning">{t('book.invalid')}</Alert>}
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {valid && !book && fetching && <Spinner label={t('book.title')} />}
      {valid && book && (
        <>
          <dl className={styles.totals}>
            <div className={styles.total}>
              <dt>{t('book.in')}</dt>
              <dd>{formatVnd(book.totalInVnd, lang)}</dd>
            </div>
            <div className={styles.total}>
              <dt>{t('book.out')}</dt>
              <dd>{formatVnd(book.totalOutVnd, lang)}</dd>
            </div>
            <div className={styles.total}>
              <dt>{t('book.balance')}</dt>
              <dd>{formatVnd(book.balanceVnd, lang)}</dd>
            </div>
          </dl>
          {book.entries.length === 0 ? (
            <EmptyState title={t('book.empty')} />
          ) : (
            <>
              <Table caption={t('book.title')} hideCaption columns={columns} rows={book.entries} rowKey={(e) => `${e.paymentId}-${e.kind}`} pageSize={50} />
              <Table
                caption={t('book.totals')}
                columns={[
                  { key: 'date', header: t('book.day'), render: (d) => d.date.split('-').reverse().join('/') },
                  { key: 'in', header: t('book.in'), render: (d) => <span className={styles.number}>{formatVnd(d.inVnd, lang)}</span> },
                  { key: 'out', header: t('book.out'), render: (d) => <span className={styles.number}>{formatVnd(d.outVnd, lang)}</span> },
                ]}
                rows={book.days}
                rowKey={(d) => d.date}
                pageSize={31}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
