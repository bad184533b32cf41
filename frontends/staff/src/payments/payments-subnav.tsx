import { Link, useT } from '@motcua/ui';
import { staffPaymentPaths, type StaffPaymentsRoute } from './staff-payments.paths';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';

const ITEMS = [
  { page: 'day', href: staffPaymentPaths.day, label: 'nav.day' },
  { page: 'cashBook', href: staffPaymentPaths.cashBook, label: 'nav.cashBook' },
  { page: 'mismatches', href: staffPaymentPaths.mismatches, label: 'nav.mismatches' },
] as const;

export function PaymentsSubnav({ current }: { current: StaffPaymentsRoute['page'] }) {
  const t = useT(staffPaymentsMessages);
  return (
    <nav className={styles.subnav} aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.page}>
            <Link href={item.href} aria-current={item.page === current ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
