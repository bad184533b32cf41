import { ErrorAlert, formatVnd, useLang, useT } from '@motcua/ui';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../procedure-search/use-debounced-value';
import { FeeItemsTable } from './fee-items-table';
import { paymentsMessages } from './payments.messages';
import styles from './payments.module.css';
import { FEE_QUOTE, type FeeQuoteVariables } from './payments.queries';

const TYPING_PAUSE_MS = 400;

/**
 * The fee of the dossier being filled in, asked of the payments service as the citizen types pages and copies or
 * changes how the result comes back: the same computation as the charge, so the figure shown is the figure asked.
 */
export function FeeEstimate({ variables, showItems = false }: { variables: FeeQuoteVariables; showItems?: boolean }) {
  const t = useT(paymentsMessages);
  const lang = useLang();
  // Debounced as text: the object is new on every render of the form.
  const settled = useDebouncedValue(JSON.stringify(variables), TYPING_PAUSE_MS);
  const [{ data, fetching, error }] = useQuery({ query: FEE_QUOTE, variables: JSON.parse(settled) as FeeQuoteVariables });
  const quote = data?.feeQuote;
  // A count the service refuses (a million copies) says why, in its words; no figure rather than a wrong one.
  if (error) return <ErrorAlert error={error} />;
  if (!quote)
    return (
      <p className={styles.estimate} aria-live="polite">
        {fetching ? t('estimate.loading') : ''}
      </p>
    );
  return (
    <div aria-live="polite" data-testid="fee-estimate">
      <p className={styles.estimate}>{quote.totalVnd > 0 ? t('estimate.total', { amount: formatVnd(quote.totalVnd, lang) }) : t('estimate.free')}</p>
      {showItems && quote.totalVnd > 0 && <FeeItemsTable items={quote.items.filter((item) => item.amountVnd > 0)} total={quote.totalVnd} />}
    </div>
  );
}
