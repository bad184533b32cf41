import { Button, ErrorAlert, openProtected, useSession, useT } from '@motcua/ui';
import { useState } from 'react';
import { paymentsMessages } from './payments.messages';

/** Opens the printable receipt (served by the payments service, behind the token) in a new tab. */
export function ReceiptButton({ path }: { path: string }) {
  const t = useT(paymentsMessages);
  const token = useSession()?.token ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  function open() {
    setBusy(true);
    setError(null);
    openProtected(path, token, t('payments.loadingReceipt'))
      .catch(setError)
      .finally(() => setBusy(false));
  }
  return (
    <>
      <Button variant="secondary" size="small" busy={busy} onClick={open}>
        {t('payments.viewReceipt')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
