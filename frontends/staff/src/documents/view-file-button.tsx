import { ProtectedFileButton, useT } from '@motcua/ui';
import { documentsMessages } from './documents.messages';

/** "Xem": opens a stored file (`GET /files/<id>` with the token) in a new tab. */
export function ViewFileButton({ fileId, name }: { fileId: string; name: string }) {
  const t = useT(documentsMessages);
  return (
    <ProtectedFileButton path={`/files/${encodeURIComponent(fileId)}`} loadingText={t('documents.loading')} size="small" aria-label={t('documents.viewNamed', { name })}>
      {t('documents.view')}
    </ProtectedFileButton>
  );
}
