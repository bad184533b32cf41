import { ProtectedFileButton, useT } from '@motcua/ui';
import { paymentsMessages } from './payments.messages';

/** Opens the printable receipt (served by the payments service, behind the token) in a new tab. */
export function ReceiptButton({ path }: { path: string }) {
  const t = useT(paymentsMessages);
  return (
    <ProtectedFileButton path={path} loadingText={t('payments.loadingReceipt')} size="small">
      {t('payments.viewReceipt')}
    </ProtectedFileButton>
  );
}
