import { ACCEPTED_UPLOAD_TYPES, ApiError, Button, MAX_UPLOAD_BYTES, SelectField, formatDate, formatFileSize, uploadFile, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { AttachedFile } from './dossier-draft';
import styles from './document-upload.module.css';
import { uploadMessages } from './document-upload.messages';

/** A document digitised for the citizen earlier (myDigitisedFiles), which a new dossier may reuse. */
export interface DigitisedFile {
  id: string;
  originalName: string;
  mimeType: string;
  size: number;
  createdAt: string;
}

export interface DocumentUploadProps {
  /** The file input's name: the error summary focuses the field by it. */
  name: string;
  label: ReactNode;
  /** Badges under the label (required, original or copy). */
  meta?: ReactNode;
  attached: AttachedFile | null;
  onAttach: (file: AttachedFile | null) => void;
  /** Tells the form an upload is running, so it is not submitted without the file. */
  onUploadingChange?: (uploading: boolean) => void;
  /** A problem from the form's checks or the service (e.g. a required document missing). */
  error?: string | null;
  digitisedFiles?: readonly DigitisedFile[];
}

const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const ACCEPTED_EXTENSION = /\.(pdf|jpe?g|png)$/i;

/**
 * One document of a dossier: pick a file (camera or storage on a phone), watch it upload, replace or remove it; or
 * take one digitised earlier. The service sniffs the content again and may still refuse it (FILE_REJECTED).
 */
export function DocumentUpload({ name, label, meta, attached, onAttach, onUploadingChange, error, digitisedFiles = [] }: DocumentUploadProps) {
  const t = useT(uploadMessages);
  const lang = useLang();
  const session = useSession();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reuseId, setReuseId] = useState('');
  const upload = useRef<AbortController | null>(null);

  useEffect(() => () => upload.current?.abort(), []);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (!file || !session) return;
    if (file.size > MAX_UPLOAD_BYTES) return setProblem(t('doc.tooLarge', { max: formatFileSize(MAX_UPLOAD_BYTES, lang) }));
    if (!ACCEPTED_TYPES.includes(file.type) && !ACCEPTED_EXTENSION.test(file.name)) return setProblem(t('doc.wrongType'));
    // A new choice while a file is still going up replaces it; the form hears of one upload either way.
    const replacing = upload.current !== null;
    upload.current?.abort();
    const controller = new AbortController();
    upload.current = controller;
    setProblem(null);
    setProgress(0);
    if (!replacing) onUploadingChange?.(true);
    try {
      const stored = await uploadFile(file, { token: session.token, signal: controller.signal, onProgress: setProgress });
      onAttach({ fileId: stored.id, name: file.name, size: stored.size, mimeType: stored.mimeType });
    } catch (caught) {
      if (controller.signal.aborted) return;
      // The sentence only: a code such as FILE_REJECTED means nothing to the citizen next to the field.
      const text = caught instanceof ApiError ? caught.text : ApiError.unexpectedResponse().text;
      setProblem(text[lang]);
    } finally {
      if (upload.current === controller) {
        upload.current = null;
        setProgress(null);
        onUploadingChange?.(false);
      }
    }
  }

  function reuse() {
    const file = digitisedFiles.find((candidate) => candidate.id === reuseId);
    if (!file) return;
    setProblem(null);
    onAttach({ fileId: file.id, name: file.originalName, size: file.size, mimeType: file.mimeType });
  }

  const shownError = problem ?? error ?? null;
  const uploading = progress !== null;
  const percent = Math.round((progress ?? 0) * 100);
  return (
    <div className={styles.upload} data-invalid={shownError ? true : undefined} data-document-upload={name}>
      <div className={styles.head}>
        <span id={`${id}-label`} className={styles.label}>
          {label}
        </span>
        {meta && <span className={styles.meta}>{meta}</span>}
      </div>
      {attached && !uploading && (
        <div className={styles.attached}>
          <span className={styles.check} aria-hidden="true">
            ✓
          </span>
          <span className={styles.fileName} data-testid="attached-file">
            <span className={styles.visuallyHidden}>{t('doc.uploaded')}: </span>
            {attached.name} <span className={styles.fileSize}>({formatFileSize(attached.size, lang)})</span>
          </span>
          <Button variant="ghost" size="small" onClick={() => onAttach(null)} aria-label={`${t('doc.remove')}: ${attached.name}`}>
            {t('doc.remove')}
          </Button>
        </div>
      )}
      {uploading && (
        <div className={styles.progressRow}>
          <progress className={styles.progress} max={100} value={percent} aria-label={t('doc.uploadProgress')} />
          <span role="status">{t('doc.uploading', { percent })}</span>
        </div>
      )}
      {shownError && (
        <span id={`${id}-error`} className={styles.error}>
          {shownError}
        </span>
      )}
      <label className={styles.fileButton}>
        <input
          type="file"
          name={name}
          accept={ACCEPTED_UPLOAD_TYPES}
          className={styles.visuallyHidden}
          onChange={onFile}
          aria-labelledby={`${id}-action ${id}-label`}
          aria-describedby={[shownError ? `${id}-error` : null, `${id}-formats`].filter(Boolean).join(' ')}
          aria-invalid={shownError ? true : undefined}
        />
        <span id={`${id}-action`}>{attached ? t('doc.replace') : t('doc.choose')}</span>
      </label>
      <span id={`${id}-formats`} className={styles.formats}>
        {t('doc.formats')}
      </span>
      {digitisedFiles.length > 0 && (
        <details className={styles.reuse}>
          <summary>{t('doc.reuse')}</summary>
          <div className={styles.reuseRow}>
            <SelectField label={t('doc.reuseSelect')} value={reuseId} onChange={(event) => setReuseId(event.target.value)} className={styles.reuseSelect}>
              <option value="">{t('doc.reusePrompt')}</option>
              {digitisedFiles.map((file) => (
                <option key={file.id} value={file.id}>
                  {t('doc.reuseOption', { name: file.originalName, date: formatDate(file.createdAt, lang), size: formatFileSize(file.size, lang) })}
                </option>
              ))}
            </SelectField>
            <Button variant="secondary" onClick={reuse} disabled={!reuseId}>
              {t('doc.reuseButton')}
            </Button>
          </div>
        </details>
      )}
    </div>
  );
}
