import { useState } from 'react';
import { openProtected } from '../files/protected-document';
import { useSession } from '../session/session';
import { Button, type ButtonProps } from './button';
import { ErrorAlert } from './error-alert';

export interface ProtectedFileButtonProps extends Omit<ButtonProps, 'onClick' | 'busy'> {
  /** A gateway path that needs the token: a stored file, a printable PDF, a receipt. */
  path: string;
  /** Shown in the new tab while the file arrives. */
  loadingText: string;
}

/** Opens a file behind the caller's token in a new tab (fetched, then shown from a blob), with its error beside it. */
export function ProtectedFileButton({ path, loadingText, variant = 'secondary', children, ...button }: ProtectedFileButtonProps) {
  const token = useSession()?.token ?? '';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function open() {
    setBusy(true);
    setError(null);
    openProtected(path, token, loadingText)
      .catch(setError)
      .finally(() => setBusy(false));
  }

  return (
    <>
      <Button {...button} variant={variant} busy={busy} onClick={open}>
        {children}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </>
  );
}
