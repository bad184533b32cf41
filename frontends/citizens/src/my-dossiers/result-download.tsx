import { Alert, Button, ErrorAlert, fetchProtected, formatDateTime, saveBlob, useLang, useSession, useT } from '@motcua/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { myDossiersMessages } from './my-dossiers.messages';
import styles from './my-dossier.module.css';
import { DOWNLOAD_RESULT, type MyDossier } from './my-dossiers.queries';

/**
 * The electronic result: `downloadResult` records the receipt (the first time) and lists the result files, which are
 * then fetched with the token and saved.
 */
export function ResultDownload({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const lang = useLang();
  const session = useSession();
  const [{ fetching }, downloadResult] = useMutation(DOWNLOAD_RESULT);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [noFile, setNoFile] = useState(false);

  async function download() {
    if (!session) return;
    setProblem(null);
    setNoFile(false);
    const result = await downloadResult({ code: dossier.code });
    if (result.error || !result.data) return setProblem(result.error ?? new Error('no data'));
    const files = result.data.downloadResult.documents.filter((document) => document.role === 'RESULT').map((document) => document.file);
    if (files.length === 0) return setNoFile(true);
    setSaving(true);
    try {
      for (const file of files) saveBlob(await fetchProtected(`/files/${encodeURIComponent(file.id)}`, session.token), file.originalName);
      setDone(files.map((file) => file.originalName).join(', '));
    } catch (caught) {
      setProblem(caught);
    } finally {
      setSaving(false);
    }
  }

  const busy = fetching || saving;
  return (
    <div className={styles.action}>
      <h3 className={styles.actionTitle}>{t('downloadTitle')}</h3>
      <p className={styles.muted}>{dossier.status === 'RETURNED' ? t('downloadAgain') : t('downloadIntro')}</p>
      {dossier.result &&
        (dossier.result.signed && dossier.result.signerName && dossier.result.signedAt ? (
          <p>{t('signedBy', { name: dossier.result.signerName, at: formatDateTime(dossier.result.signedAt, lang) })}</p>
        ) : (
          <Alert tone="warning">{t('unsigned')}</Alert>
        ))}
      {problem !== null && <ErrorAlert error={problem} />}
      {noFile && <Alert tone="warning">{t('noResultFile')}</Alert>}
      {done && <Alert tone="success">{t('downloaded', { names: done })}</Alert>}
      <div>
        <Button onClick={download} busy={busy}>
          {busy ? t('downloading') : t('download')}
        </Button>
      </div>
    </div>
  );
}
