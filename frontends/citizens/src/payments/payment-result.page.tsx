import { Alert, ErrorAlert, Link, PageHeader, SignInGate, Spinner, formatDateTime, formatVnd, useAppLocation, useLang, useT, type AlertTone } from '@motcua/ui';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { paths } from '../citizens.routes';
import { paymentPaths } from './payments.paths';
import { paymentsMessages } from './payments.messages';
import styles from './payments.module.css';
import { PAYMENT_RESULT, type PaymentStatus } from './payments.queries';
import { ReceiptButton } from './receipt-button';

const TONES: Record<PaymentStatus, AlertTone> = { SUCCEEDED: 'success', PENDING: 'info', FAILED: 'error', CANCELLED: 'warning', EXPIRED: 'warning', REFUNDED: 'info' };
/** The IPN normally lands before the browser does; if not, ask again for a while. */
const POLL_MS = 2_000;
const POLL_FOR_MS = 60_000;

function Outcome({ id }: { id: string }) {
  const t = useT(paymentsMessages);
  const lang = useLang();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PAYMENT_RESULT, variables: { id }, requestPolicy: 'network-only' });
  const [since] = useState(() => Date.now());
  const payment = data?.payment;
  const pending = payment?.status === 'PENDING';

  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer (data) schedules the next poll while the payment is pending.
  useEffect(() => {
    if (!pending || Date.now() - since > POLL_FOR_MS) return;
    const timer = window.setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearTimeout(timer);
  }, [pending, data, since, reexecute]);

  if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!payment) return fetching ? <Spinner label={t('result.checking')} /> : null;
  const retry = payment.status === 'FAILED' || payment.status === 'CANCELLED' || payment.status === 'EXPIRED';
  return (
    <>
      <Alert tone={TONES[payment.status]} title={t(`result.${payment.status}`)}>
        <p>
          {formatVnd(payment.amount, lang)}
          {payment.paidAt && ` — ${formatDateTime(payment.paidAt, lang)}`}
        </p>
        {payment.receiptNumber && <p className={styles.receipt}>{t('result.receipt', { number: payment.receiptNumber })}</p>}
      </Alert>
      {pending && Date.now() - since <= POLL_FOR_MS && <Spinner label={t('result.checking')} />}
      <div className={styles.actions}>
        {payment.receiptPath && <ReceiptButton path={payment.receiptPath} receiptNumber={payment.receiptNumber} />}
        {retry && <Link href={paymentPaths.pay(payment.dossierCode)}>{t('result.retry')}</Link>}
        <Link href={paths.myDossier(payment.dossierCode)}>{t('result.dossier')}</Link>
      </div>
    </>
  );
}

/** /thanh-toan/ket-qua?paymentId=… — where VNPay's return URL sends the browser; it only shows what the IPN recorded. */
export function PaymentResultPage() {
  const t = useT(paymentsMessages);
  const params = new URLSearchParams(useAppLocation().search);
  const id = params.get('paymentId');
  return (
    <div className={styles.page}>
      <PageHeader title={t('result.title')} />
      <SignInGate title={t('signIn')} roles={['CITIZEN', 'VOLUNTEER']}>
        {id ? <Outcome id={id} /> : <Alert tone="warning">{t('result.invalid')}</Alert>}
      </SignInGate>
    </div>
  );
}
