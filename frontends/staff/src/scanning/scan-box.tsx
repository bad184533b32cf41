import { Button, TextField, dossierCodeFromEntry, useT } from '@motcua/ui';
import { useState, type FormEvent } from 'react';
import { staffMessages } from '../staff.messages';
import { CameraScanDialog } from './camera-scan-dialog';
import styles from './scanning.module.css';

export interface ScanBoxProps {
  /** The officer's agency code, to complete a code typed by its tail only. */
  agencyCode: string | null;
  onCode: (code: string) => void;
}

/**
 * "Quét / nhập mã hồ sơ": a field a scanner or a person types into (Enter opens the dossier) and the camera button.
 * Marked `data-scan-input` so the page-wide scanner listener leaves its keys to it.
 */
export function ScanBox({ agencyCode, onCode }: ScanBoxProps) {
  const t = useT(staffMessages);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [cameraOpen, setCameraOpen] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = dossierCodeFromEntry(text, agencyCode);
    if (!code) {
      setError(t('scan.invalid'));
      return;
    }
    setError(null);
    setText('');
    onCode(code);
  }

  return (
    <form className={styles.box} role="search" onSubmit={onSubmit} noValidate data-scan-input="">
      <TextField
        className={styles.field}
        label={t('scan.label')}
        name="dossier-code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="go"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
      />
      <div className={styles.buttons}>
        <Button type="submit">{t('scan.open')}</Button>
        <Button variant="secondary" onClick={() => setCameraOpen(true)}>
          <CameraIcon />
          {t('scan.camera')}
        </Button>
      </div>
      <CameraScanDialog
        open={cameraOpen}
        onClose={() => setCameraOpen(false)}
        onCode={(code) => {
          setCameraOpen(false);
          onCode(code);
        }}
      />
    </form>
  );
}

function CameraIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
      <circle cx="12" cy="13" r="3.5" />
    </svg>
  );
}
