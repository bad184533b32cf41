import { ProtectedFileButton, useT } from '@motcua/ui';
import { documentsMessages } from './documents.messages';

/** The printable documents the dossiers service renders (Circular 03/2025 forms). */
export type PrintableKind = 'receipt' | 'supplement-request' | 'refusal' | 'apology' | 'stop-notice' | 'control-slip';

export function documentPath(code: string, kind: PrintableKind): string {
  return `/documents/${encodeURIComponent(code)}/${kind}.pdf`;
}

/** Opens a PDF from the gateway in a new tab (fetched with the token), where the browser's viewer prints it. */
export function PrintButton({ path, label, variant = 'secondary' }: { path: string; label: string; variant?: 'primary' | 'secondary' }) {
  const t = useT(documentsMessages);
  return (
    <ProtectedFileButton path={path} loadingText={t('documents.loading')} variant={variant}>
      <PrinterIcon />
      {label}
    </ProtectedFileButton>
  );
}

function PrinterIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M6 9V3h12v6M6 18H4v-7h16v7h-2M8 14h8v7H8z" />
    </svg>
  );
}
