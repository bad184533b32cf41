import { EmptyState, useAppLocation, useT } from '@motcua/ui';
import type { ReactNode } from 'react';
import { CashBookPage } from './cash-book.page';
import { CollectCashPage } from './collect-cash.page';
import { MismatchesPage } from './mismatches.page';
import { PaymentsSubnav } from './payments-subnav';
import { isStaffPaymentsPath, matchStaffPaymentsRoute } from './staff-payments.paths';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';
import { UnitPaymentsPage } from './unit-payments.page';

/**
 * The workspace's /staff/thu-phi/… pages. The app renders this where it would say "not found", so they need one
 * line in the app: anything outside /staff/thu-phi falls through to `fallback`.
 */
export function StaffPaymentsPages({ fallback }: { fallback: ReactNode }): ReactNode {
  const t = useT(staffPaymentsMessages);
  const { pathname } = useAppLocation();
  if (!isStaffPaymentsPath(pathname)) return fallback;
  const route = matchStaffPaymentsRoute(pathname);
  return (
    <div className={styles.page}>
      <PaymentsSubnav current={route.page} />
      {route.page === 'day' && <UnitPaymentsPage />}
      {route.page === 'cashBook' && <CashBookPage />}
      {route.page === 'mismatches' && <MismatchesPage />}
      {route.page === 'collect' && <CollectCashPage key={route.code} code={route.code} />}
      {route.page === 'notFound' && <EmptyState title={t('notFound')} />}
    </div>
  );
}
