import { ProtectedFileButton, useT } from '@motcua/ui';
import { staffPaymentsMessages } from './staff-payments.messages';

/** Opens the printable receipt (HTML from the payments service, behind the token) in a new tab. */
export function ReceiptPrintButton({ path, variant = 'secondary' }: { path: string; variant?: 'primary' | 'secondary' }) {
  const t = useT(staffPaymentsMessages);
  return (
    <ProtectedFileButton path={path} loadingText={t('collect.openingReceipt')} variant={variant} size="small">
      {t('collect.printReceipt')}
    </ProtectedFileButton>
  );
}
