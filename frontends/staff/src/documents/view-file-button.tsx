import { Button, ErrorAlert, openProtected, useSession, useT } from '@motcua/ui';
import { useState } from 'react';
import { documentsMessages } from './documents.messages';

/** "Xem": opens a stored file (`GET /files/<id>` with the token) in a new tab. */
export function ViewFileButton({ fileId, name }: { fileId: string; name: string }) {
  const t = useT(documentsMessages);
  const token = useSession()?.token ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function open() {
    setBusy(true);
    setError(null);
    openProtected(`/files/${encodeURIComponent(fileId)}`, token, t('documents.loading'))
      .catch(setError)
      .finally(() => setBusy(false));
  }

  return (
    <>
      <Button variant="secondary" size="small" busy={busy} onClick={open} aria-label={t('documents.viewNamed', { name })}>
        {t('documents.view')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
