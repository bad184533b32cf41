import { Card, ErrorAlert, Link, Spinner, formatDateTime, formatVnd, useLang, useT } from '@motcua/ui';
import { useQuery } from 'urql';
import { PaymentStatusBadge } from './payment-status-badge';
import { paymentPaths } from './payments.paths';
import { paymentsMessages } from './payments.messages';
import styles from './payments.module.css';
import { DOSSIER_PAYMENTS } from './payments.queries';
import { ReceiptButton } from './receipt-button';

const CLOSED = ['DRAFT', 'REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED'];

/**
 * The dossier's payments and receipts (Dossier.payments), with the way to pay while a fee is due. Made to sit in
 * "My dossiers" as one line: <DossierPaymentsPanel code={dossier.code} />.
 */
export function DossierPaymentsPanel({ code, showPayLink = true }: { code: string; showPayLink?: boolean }) {
  const t = useT(paymentsMessages);
  const lang = useLang();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DOSSIER_PAYMENTS, variables: { code }, requestPolicy: 'cache-and-network' });
  const dossier = data?.dossier;
  if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!dossier) return fetching ? <Spinner label={t('pay.loading')} /> : null;
  const payable = dossier.feeStatus === 'DUE' && !CLOSED.includes(dossier.status);
  return (
    <Card title={t('payments.title')} className={styles.panel}>
      {dossier.payments.length === 0 ? (
        <p className={styles.muted}>{t('payments.none')}</p>
      ) : (
        <ul className={styles.list}>
          {[...dossier.payments].reverse().map((payment) => (
            <li key={payment.id} className={styles.entry}>
              <div className={styles.entryHead}>
                <span>{formatVnd(payment.amount, lang)}</span>
                <PaymentStatusBadge status={payment.status} />
              </div>
              <span>
                {t(`method.${payment.method}`)} — {formatDateTime(payment.paidAt ?? payment.createdAt, lang)}
              </span>
              {payment.receiptNumber && (
                <span>
                  {t('payments.receipt')}: <span className={styles.receipt}>{payment.receiptNumber}</span>
                </span>
              )}
              {payment.receiptPath && (
                <div className={styles.actions}>
                  <ReceiptButton path={payment.receiptPath} receiptNumber={payment.receiptNumber} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {showPayLink && payable && (
        <Link href={paymentPaths.pay(dossier.code)} className={styles.payLink}>
          {t('payments.payNow')}
        </Link>
      )}
    </Card>
  );
}
