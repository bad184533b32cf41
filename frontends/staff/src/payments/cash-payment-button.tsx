import { Link, hasAnyRole, useSession, useT } from '@motcua/ui';
import { staffPaymentPaths } from './staff-payments.paths';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';

/**
 * "Thu tiền mặt" on the dossier page: one line there — <CashPaymentButton code={dossier.code} feeStatus={dossier.feeStatus} />.
 * Shown to intake officers (and admins) while the fee is due; the service checks the unit and the state again.
 */
export function CashPaymentButton({ code, feeStatus }: { code: string; feeStatus: string }) {
  const t = useT(staffPaymentsMessages);
  const session = useSession();
  if (feeStatus !== 'DUE' || !hasAnyRole(session, ['INTAKE', 'ADMIN'])) return null;
  return (
    <Link href={staffPaymentPaths.collect(code)} className={styles.cashLink}>
      {t('collect.button')}
    </Link>
  );
}
