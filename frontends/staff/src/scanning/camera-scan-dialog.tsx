import { Alert, Button, Dialog, Spinner, dossierCodeFromScan, useT } from '@motcua/ui';
import { useEffect, useRef, useState } from 'react';
import { staffMessages } from '../staff.messages';
import styles from './scanning.module.css';

type CameraState = { kind: 'starting' } | { kind: 'scanning'; unrecognised: string | null } | { kind: 'failed'; reason: 'denied' | 'notFound' | 'insecure' | 'failed' };

function failureReason(error: unknown): 'denied' | 'notFound' | 'failed' {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'notFound';
  return 'failed';
}

/**
 * Reads the slip's QR code with a webcam or a tablet's camera. @zxing/browser is loaded only when this opens (a
 * dynamic import, so its ~100 KB never weigh on the workspace's first load); the back camera is preferred.
 */
function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useT(staffMessages);
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    let stopped = false;
    let stop: (() => void) | null = null;
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({ kind: 'failed', reason: window.isSecureContext ? 'notFound' : 'insecure' });
      return;
    }
    (async () => {
      try {
        const { BrowserQRCodeReader } = await import('@zxing/browser');
        if (stopped || !video.current) return;
        const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
        const controls = await reader.decodeFromConstraints({ video: { facingMode: { ideal: 'environment' } } }, video.current, (result, _error, running) => {
          if (!result) return;
          const code = dossierCodeFromScan(result.getText());
          if (!code) {
            setState({ kind: 'scanning', unrecognised: result.getText().slice(0, 120) });
            return;
          }
          running.stop();
          latest.current(code);
        });
        if (stopped) controls.stop();
        else {
          stop = () => controls.stop();
          setState({ kind: 'scanning', unrecognised: null });
        }
      } catch (error) {
        if (!stopped) setState({ kind: 'failed', reason: failureReason(error) });
      }
    })();
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);

  return (
    <>
      <p className={styles.instructions}>{t('camera.instructions')}</p>
      {state.kind === 'failed' ? (
        <Alert tone="warning" title={t('camera.failed')}>
          <p>{t(`camera.${state.reason === 'failed' ? 'notFound' : state.reason}`)}</p>
        </Alert>
      ) : (
        <div className={styles.viewfinder}>
          <video ref={video} className={styles.video} muted playsInline aria-label={t('camera.video')} />
          <span className={styles.target} aria-hidden="true" />
        </div>
      )}
      {state.kind === 'starting' && <Spinner label={t('camera.starting')} />}
      {state.kind === 'scanning' && (
        <p className={styles.status} role="status">
          {state.unrecognised ? t('camera.unrecognised', { text: state.unrecognised }) : t('camera.scanning')}
        </p>
      )}
    </>
  );
}

export function CameraScanDialog({ open, onClose, onCode }: { open: boolean; onClose: () => void; onCode: (code: string) => void }) {
  const t = useT(staffMessages);
  return (
    <Dialog
      open={open}
      title={t('camera.title')}
      onClose={onClose}
      footer={
        <Button variant="secondary" onClick={onClose}>
          {t('camera.close')}
        </Button>
      }
    >
      <CameraScanner onCode={onCode} />
    </Dialog>
  );
}
