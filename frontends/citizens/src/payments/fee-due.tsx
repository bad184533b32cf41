import { formatVnd, Link, useLang, useT } from '@motcua/ui';
import { useQuery } from 'urql';
import { paymentPaths } from './payments.paths';
import { paymentsMessages } from './payments.messages';
import styles from './payments.module.css';
import { PAYMENT_QUOTE } from './payments.queries';

/**
 * What the dossier owes now, with the way to pay: put first wherever the citizen looks at a dossier (the slip after
 * submitting, the dossier page), so a fee that is due is never below "nothing to do". Renders nothing when nothing
 * can be paid. The amount is the payments service's, the one the charge will ask.
 */
export function FeeDue({ code, headingLevel = 2 }: { code: string; headingLevel?: 2 | 3 }) {
  const t = useT(paymentsMessages);
  const lang = useLang();
  const [{ data }] = useQuery({ query: PAYMENT_QUOTE, variables: { code }, requestPolicy: 'cache-and-network' });
  const quote = data?.paymentQuote;
  if (!quote?.payable) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.due} aria-labelledby={`fee-due-${code}`} data-testid="fee-due">
      <Heading id={`fee-due-${code}`} className={styles.dueTitle} tabIndex={-1}>
        {t('due.title', { amount: formatVnd(quote.totalVnd, lang) })}
      </Heading>
      <p className={styles.muted}>{t('due.body')}</p>
      <Link href={paymentPaths.pay(code)} className={styles.payLink}>
        {t('payments.payNow')}
      </Link>
    </section>
  );
}
