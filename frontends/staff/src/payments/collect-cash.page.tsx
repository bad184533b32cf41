import { Alert, Button, Card, ErrorAlert, Link, PageHeader, Spinner, formatDateTime, formatVnd, useLang, useT, CountField } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { staffPaths } from '../staff.routes';
import { PaymentStatusBadge } from './payment-labels';
import { ReceiptPrintButton } from './receipt-print-button';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';
import { COUNTER_QUOTE, RECORD_CASH, type StaffPayment } from './staff-payments.queries';

function count(text: string): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** /staff/thu-phi/ho-so/<mã> — the counter takes the dossier's fees in cash and prints the receipt. */
export function CollectCashPage({ code }: { code: string }) {
  const t = useT(staffPaymentsMessages);
  const lang = useLang();
  const [pagesText, setPagesText] = useState('');
  const [copiesText, setCopiesText] = useState('');
  const [counts, setCounts] = useState<{ pages: number | null; copies: number | null }>({ pages: null, copies: null });
  const [{ data, fetching, error }, reexecute] = useQuery({ query: COUNTER_QUOTE, variables: { code, ...counts }, requestPolicy: 'network-only' });
  const [recorded, recordCash] = useMutation(RECORD_CASH);
  const [done, setDone] = useState<StaffPayment | null>(null);
  const quote = data?.paymentQuote;

  async function collect() {
    if (!quote || !window.confirm(t('collect.confirm', { amount: formatVnd(quote.totalVnd, lang) }))) return;
    const result = await recordCash({ code, ...counts });
    if (result.data) {
      setDone(result.data.recordCashPayment);
      reexecute({ requestPolicy: 'network-only' });
    }
  }

  return (
    <div className={styles.page}>
      <Link href={staffPaths.dossier(code)}>‹ {t('collect.backToDossier')}</Link>
      <PageHeader title={t('collect.title')} description={t('collect.description', { code })} />
      {done && (
        <Alert tone="success" title={t('collect.done', { number: done.receiptNumber ?? '' })}>
          {done.receiptPath && <ReceiptPrintButton path={done.receiptPath} variant="primary" />}
        </Alert>
      )}
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!quote && fetching && <Spinner label={t('collect.loading')} />}
      {quote && (
        <Card className={styles.page}>
          <table className={styles.items}>
            <caption className={styles.hiddenCaption}>{t('collect.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collect.item')}</th>
                <th scope="col" className={styles.right}>
                  {t('collect.quantity')}
                </th>
                <th scope="col" className={styles.right}>
                  {t('collect.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {quote.items.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a quote's items are fixed and may share a name.
                <tr key={`${item.name}-${index}`}>
                  <td>{lang === 'en' ? item.nameEn : item.name}</td>
                  <td className={styles.right}>{item.quantity}</td>
                  <td className={styles.right}>{formatVnd(item.amountVnd, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('collect.total')}
                </th>
                <td className={styles.right}>{formatVnd(quote.totalVnd, lang)}</td>
              </tr>
            </tfoot>
          </table>
          <details>
            <summary>{t('collect.counts')}</summary>
            <form
              className={styles.filters}
              onSubmit={(event) => {
                event.preventDefault();
                setCounts({ pages: count(pagesText), copies: count(copiesText) });
              }}
            >
              <CountField label={t('collect.pages')} value={pagesText} onChange={(event) => setPagesText(event.target.value)} />
              <CountField label={t('collect.copies')} value={copiesText} onChange={(event) => setCopiesText(event.target.value)} />
              <Button type="submit" variant="secondary">
                {t('collect.recompute')}
              </Button>
            </form>
          </details>
          {quote.pendingPayment && quote.payable && <Alert tone="warning">{t('collect.pending')}</Alert>}
          {recorded.error && <ErrorAlert error={recorded.error} />}
          {quote.payable ? (
            <div className={styles.actions}>
              <Button busy={recorded.fetching} onClick={() => void collect()}>
                {t('collect.button')}
              </Button>
            </div>
          ) : (
            quote.reason && <Alert tone={quote.reason === 'ALREADY_PAID' ? 'success' : 'info'}>{t(`collect.reason.${quote.reason}`)}</Alert>
          )}
        </Card>
      )}
      {data?.dossier && data.dossier.payments.length > 0 && (
        <Card title={t('collect.payments')}>
          <ul className={styles.page}>
            {data.dossier.payments.map((p) => (
              <li key={p.id} className={styles.actions}>
                <span className={styles.number}>{formatVnd(p.amount, lang)}</span> — {t(`method.${p.method}`)} — <PaymentStatusBadge status={p.status} />
                {p.receiptNumber && <span className={styles.mono}>{p.receiptNumber}</span>}
                <span className={styles.muted}>{formatDateTime(p.paidAt ?? p.createdAt, lang)}</span>
                {p.receiptPath && <ReceiptPrintButton path={p.receiptPath} />}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
