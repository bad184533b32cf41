import { Button, ErrorAlert, openProtected, useSession, useT } from '@motcua/ui';
import { useState } from 'react';
import { staffPaymentsMessages } from './staff-payments.messages';

/** Opens the printable receipt (HTML from the payments service, behind the token) in a new tab. */
export function ReceiptPrintButton({ path, variant = 'secondary' }: { path: string; variant?: 'primary' | 'secondary' }) {
  const t = useT(staffPaymentsMessages);
  const token = useSession()?.token ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  function open() {
    setBusy(true);
    setError(null);
    openProtected(path, token, t('collect.openingReceipt'))
      .catch(setError)
      .finally(() => setBusy(false));
  }
  return (
    <>
      <Button variant={variant} size="small" busy={busy} onClick={open}>
        {t('collect.printReceipt')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
