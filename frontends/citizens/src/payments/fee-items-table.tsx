import { formatVnd, useLang, useT } from '@motcua/ui';
import { paymentsMessages } from './payments.messages';
import type { PaymentItem } from './payments.queries';
import styles from './payments.module.css';

/** The amount broken down by item (fee, charge, postal charge), integer VND; two columns so it fits a phone. */
export function FeeItemsTable({ items, total }: { items: readonly PaymentItem[]; total: number }) {
  const t = useT(paymentsMessages);
  const lang = useLang();
  return (
    <table className={styles.items}>
      <caption className={styles.hiddenCaption}>{t('pay.itemsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('pay.item')}</th>
          <th scope="col" className={styles.number}>
            {t('pay.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a quote's items are fixed and may share a name.
          <tr key={`${item.name}-${index}`}>
            <td>
              {lang === 'en' ? item.nameEn : item.name}
              <span className={styles.kind}>
                {t(`pay.kind.${item.kind}`)} · {t('pay.line', { quantity: item.quantity, unit: formatVnd(item.unitAmountVnd, lang) })}
              </span>
            </td>
            <td className={styles.number}>{formatVnd(item.amountVnd, lang)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('pay.total')}</th>
          <td className={styles.number}>{formatVnd(total, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
