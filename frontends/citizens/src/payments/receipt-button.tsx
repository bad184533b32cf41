import { useState } from 'react';
import { Button, ErrorAlert, fetchProtected, ProtectedFileButton, saveBlob, useSession, useT } from '@motcua/ui';
import { paymentsMessages } from './payments.messages';

/**
 * The e-receipt (a signed PDF served by the payments service, behind the token): opened in a new tab, or saved
 * as a file, which is what a phone needs to keep it.
 */
export function ReceiptButton({ path, receiptNumber }: { path: string; receiptNumber: string | null }) {
  const t = useT(paymentsMessages);
  const token = useSession()?.token ?? '';
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function save() {
    setSaving(true);
    setError(null);
    fetchProtected(path, token)
      .then((pdf) => saveBlob(pdf, `bien-lai-${receiptNumber ?? 'phi-le-phi'}.pdf`))
      .catch(setError)
      .finally(() => setSaving(false));
  }

  return (
    <>
      <ProtectedFileButton path={path} loadingText={t('payments.loadingReceipt')} size="small">
        {t('payments.viewReceipt')}
      </ProtectedFileButton>
      <Button variant="secondary" size="small" busy={saving} onClick={save}>
        {t('payments.saveReceipt')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
