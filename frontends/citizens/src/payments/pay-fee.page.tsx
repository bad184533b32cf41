import { Alert, Button, Card, ErrorAlert, Link, PageHeader, SignInGate, Spinner, useT } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { paths } from '../citizens.routes';
import { DossierPaymentsPanel } from './dossier-payments.panel';
import { FeeItemsTable } from './fee-items-table';
import { paymentsMessages } from './payments.messages';
import styles from './payments.module.css';
import { PAYMENT_QUOTE, START_PAYMENT } from './payments.queries';

/** The pay step: what is owed, item by item, and the way to VNPay. */
function PayStep({ code }: { code: string }) {
  const t = useT(paymentsMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PAYMENT_QUOTE, variables: { code }, requestPolicy: 'network-only' });
  const [started, startPayment] = useMutation(START_PAYMENT);
  const [leaving, setLeaving] = useState(false);
  const quote = data?.paymentQuote;

  async function pay() {
    const result = await startPayment({ code });
    const url = result.data?.startPayment.redirectUrl;
    if (!url) return;
    setLeaving(true);
    // VNPay's page (or the local sandbox) is another site: a full navigation, not a route change.
    window.location.assign(url);
  }

  if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!quote && fetching) return <Spinner label={t('pay.loading')} />;
  if (!quote) return null;
  return (
    <>
      <Card title={t('pay.itemsTitle')}>
        <FeeItemsTable items={quote.items} total={quote.totalVnd} />
      </Card>
      {quote.payable ? (
        <Card>
          {quote.pendingPayment && <Alert tone="info">{t('pay.pending')}</Alert>}
          <p className={styles.muted}>{t('pay.vnpayNote')}</p>
          {started.error && <ErrorAlert error={started.error} />}
          <div className={styles.actions}>
            <Button busy={started.fetching || leaving} onClick={() => void pay()}>
              {t('pay.vnpay')}
            </Button>
            {leaving && <span role="status">{t('pay.redirecting')}</span>}
          </div>
          <p className={styles.muted}>{t('pay.counter')}</p>
        </Card>
      ) : (
        quote.reason && <Alert tone={quote.reason === 'ALREADY_PAID' ? 'success' : 'info'}>{t(`pay.reason.${quote.reason}`)}</Alert>
      )}
      <DossierPaymentsPanel code={code} showPayLink={false} />
    </>
  );
}

/** /thanh-toan/<mã hồ sơ> — the citizen's pay step for one dossier. */
export function PayFeePage({ code }: { code: string }) {
  const t = useT(paymentsMessages);
  return (
    <div className={styles.page}>
      <Link href={paths.myDossier(code)} className={styles.back}>
        ‹ {t('pay.back')}
      </Link>
      <PageHeader title={t('pay.title')} description={t('pay.description', { code })} />
      <SignInGate title={t('signIn')} roles={['CITIZEN', 'VOLUNTEER']}>
        <PayStep code={code} />
      </SignInGate>
    </div>
  );
}
