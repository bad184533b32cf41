import { ACCEPTED_UPLOAD_TYPES, ApiError, Button, ErrorAlert, MAX_UPLOAD_BYTES, formatFileSize, uploadFile, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { actionMessages } from '../dossier/actions/actions.messages';
import { ViewFileButton } from './view-file-button';
import styles from './file-upload-field.module.css';

export interface UploadedItem {
  fileId: string;
  name: string;
  size: number;
  mimeType: string;
}

export interface FileUploadFieldProps {
  label: string;
  hint?: string;
  value: readonly UploadedItem[];
  onChange: (items: UploadedItem[]) => void;
  /** Several files (a result in many pages) or one (a document of the dossier). */
  multiple?: boolean;
  /** A scan of paper taken at the counter (`POST /files?digitised=true`). */
  digitised?: boolean;
  error?: string | null;
  onBusyChange?: (busy: boolean) => void;
}

/**
 * Choose (or, on a tablet, photograph) a file; it is uploaded at once, checked by the service (type sniffed from
 * the bytes, size), and listed with its size and a button to look at it.
 */
export function FileUploadField({ label, hint, value, onChange, multiple = false, digitised = false, error, onBusyChange }: FileUploadFieldProps) {
  const t = useT(actionMessages);
  const lang = useLang();
  const token = useSession()?.token ?? '';
  const id = useId();
  const [uploading, setUploading] = useState<{ name: string; progress: number } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const list = useRef<HTMLUListElement>(null);
  const [focusAdded, setFocusAdded] = useState(false);

  // The input loses focus while it uploads (and goes away once a single file is in): focus the new file's "Xem".
  useEffect(() => {
    if (!focusAdded) return;
    setFocusAdded(false);
    list.current?.querySelector<HTMLElement>('li:last-child button')?.focus();
  }, [focusAdded]);

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setUploadError(null);
    onBusyChange?.(true);
    const added: UploadedItem[] = [];
    try {
      for (const file of files) {
        if (file.size > MAX_UPLOAD_BYTES) throw new ApiError('FILE_REJECTED', { vi: `${file.name}: tệp lớn hơn 10 MB.`, en: `${file.name}: larger than 10 MB.` });
        setUploading({ name: file.name, progress: 0 });
        const stored = await uploadFile(file, { token, digitised, onProgress: (progress) => setUploading({ name: file.name, progress }) });
        added.push({ fileId: stored.id, name: file.name, size: stored.size, mimeType: stored.mimeType });
      }
    } catch (caught) {
      setUploadError(caught);
    } finally {
      setUploading(null);
      onBusyChange?.(false);
      if (added.length) {
        onChange(multiple ? [...value, ...added] : added.slice(-1));
        setFocusAdded(true);
      }
    }
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {value.length > 0 && (
        <ul ref={list} className={styles.files}>
          {value.map((item) => (
            <li key={item.fileId} className={styles.file}>
              <span className={styles.fileName}>
                <span aria-hidden="true">📄 </span>
                {item.name} <span className={styles.size}>({formatFileSize(item.size, lang)})</span>
              </span>
              <span className={styles.fileActions}>
                <ViewFileButton fileId={item.fileId} name={item.name} />
                <Button variant="ghost" size="small" aria-label={t('upload.remove', { name: item.name })} onClick={() => onChange(value.filter((other) => other.fileId !== item.fileId))}>
                  ×
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {(multiple || value.length === 0) && (
        <div className={styles.picker}>
          {/* The native input stays (keyboard, screen readers, a tablet's camera); its button text would follow the
              browser's language, so a label in the page's language stands in for it. */}
          <input
            id={id}
            className={styles.input}
            type="file"
            accept={ACCEPTED_UPLOAD_TYPES}
            multiple={multiple}
            disabled={!!uploading}
            aria-invalid={error ? true : undefined}
            aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
            onChange={onFiles}
          />
          <label htmlFor={id} className={styles.pick} aria-hidden="true">
            <UploadIcon />
            {t('upload.choose')}
          </label>
          <span className={styles.none} aria-hidden="true">
            {value.length === 0 ? t('upload.none') : ''}
          </span>
        </div>
      )}
      {uploading && (
        <span className={styles.progress} role="status">
          {t('upload.uploading')} {uploading.name} — {Math.round(uploading.progress * 100)}%
        </span>
      )}
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
      {uploadError !== null && <ErrorAlert error={uploadError} />}
    </div>
  );
}

function UploadIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M12 16V4m-5 5 5-5 5 5M4 20h16" />
    </svg>
  );
}
