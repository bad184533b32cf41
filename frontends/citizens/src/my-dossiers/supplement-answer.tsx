import { Alert, Button, ErrorAlert, TextAreaField, useT } from '@motcua/ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { AttachedFile } from '../common/dossier-draft';
import { DocumentUpload } from '../common/document-upload';
import { myDossiersMessages } from './my-dossiers.messages';
import styles from './my-dossier.module.css';
import { ANSWER_SUPPLEMENT, type MyDossier } from './my-dossiers.queries';

/** The service takes a requirement id of the procedure, or the requested item itself (at most 100 characters). */
function requirementIdFor(item: string, dossier: MyDossier): string {
  const requirement = dossier.procedureRules.requiredDocuments.find((document) => document.id === item || document.name.localeCompare(item, 'vi', { sensitivity: 'base' }) === 0);
  return requirement?.id ?? item.slice(0, 100);
}

/** One upload per item the office asked for, and a note; the clock resumes when it is sent. */
export function SupplementAnswer({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const items = dossier.supplementItems.length > 0 ? dossier.supplementItems : [t('supplementOther')];
  const [files, setFiles] = useState<Record<number, AttachedFile>>({});
  const [uploading, setUploading] = useState(0);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [{ fetching, error }, answer] = useMutation(ANSWER_SUPPLEMENT);
  const request = [...dossier.history].reverse().find((event) => event.action === 'REQUEST_SUPPLEMENT');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const documents = Object.entries(files).map(([index, file]) => ({ requirementId: requirementIdFor(items[Number(index)], dossier), fileId: file.fileId }));
    if (documents.length === 0 || uploading > 0) return setMissing(true);
    setMissing(false);
    await answer({ code: dossier.code, documents, note: note.trim() || null });
  }

  return (
    <form className={styles.action} onSubmit={onSubmit} noValidate aria-labelledby="supplement-title">
      <h3 id="supplement-title" className={styles.actionTitle}>
        {t('supplementTitle')}
      </h3>
      <p className={styles.muted}>{t('supplementIntro')}</p>
      {request?.reason && (
        <p className={styles.officerNote}>
          <strong>{t('supplementOfficerNote')}</strong> {request.reason}
        </p>
      )}
      {items.map((item, index) => (
        <DocumentUpload
          // biome-ignore lint/suspicious/noArrayIndexKey: the requested items are fixed for this answer and never reorder.
          key={`${index}:${item}`}
          name={`supplement.${index}`}
          label={item}
          attached={files[index] ?? null}
          onAttach={(file) =>
            setFiles((previous) => {
              const next = { ...previous };
              if (file) next[index] = file;
              else delete next[index];
              return next;
            })
          }
          onUploadingChange={(busy) => setUploading((count) => count + (busy ? 1 : -1))}
          error={missing && index === 0 ? t('supplementNone') : null}
        />
      ))}
      <TextAreaField label={t('supplementNote')} name="supplementNote" value={note} onChange={(event) => setNote(event.target.value)} maxLength={1000} />
      {error && <ErrorAlert error={error} />}
      {missing && <Alert tone="error">{t('supplementNone')}</Alert>}
      <div>
        <Button type="submit" busy={fetching}>
          {fetching ? t('supplementSending') : t('supplementSubmit')}
        </Button>
      </div>
    </form>
  );
}
