import { Badge, Button, ErrorAlert, dossierLabels, fetchProtected, formatFileSize, saveBlob, useLang, useSession, useT } from '@motcua/ui';
import { useState } from 'react';
import { commonMessages } from '../common/common.messages';
import { myDossiersMessages } from './my-dossiers.messages';
import styles from './my-dossier.module.css';
import type { DossierDocumentView } from './my-dossiers.queries';

/** What was attached (application, supplements) and the results, each downloadable by its owner. */
export function DossierDocuments({ documents }: { documents: DossierDocumentView[] }) {
  const t = useT(myDossiersMessages);
  const common = useT(commonMessages);
  const labels = useT(dossierLabels);
  const lang = useLang();
  const session = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function download(document: DossierDocumentView) {
    if (!session) return;
    setBusy(document.id);
    setProblem(null);
    try {
      saveBlob(await fetchProtected(`/files/${encodeURIComponent(document.file.id)}`, session.token), document.file.originalName);
    } catch (caught) {
      setProblem(caught);
    } finally {
      setBusy(null);
    }
  }

  if (documents.length === 0) return <p className={styles.muted}>{t('noDocuments')}</p>;
  return (
    <>
      {problem !== null && <ErrorAlert error={problem} />}
      <ul className={styles.documents}>
        {documents.map((document) => (
          <li key={document.id} className={styles.document}>
            <div className={styles.documentHead}>
              <span className={styles.documentName} lang="vi">
                {document.name}
              </span>
              <Badge tone={document.role === 'RESULT' ? 'success' : document.role === 'SUPPLEMENT' ? 'warning' : 'neutral'}>{labels(`documentRole.${document.role}`)}</Badge>
            </div>
            <span className={styles.muted}>
              {document.file.originalName} · {formatFileSize(document.file.size, lang)}
            </span>
            <div>
              <Button variant="ghost" size="small" busy={busy === document.id} onClick={() => download(document)}>
                {busy === document.id ? common('file.downloading') : common('file.download', { name: document.file.originalName })}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
