import { Button, Card, PageHeader, TextField, dossierCodeFromEntry, navigate, useAppLocation, useT } from '@motcua/ui';
import { useState, type FormEvent } from 'react';
import { staffMessages } from '../staff.messages';
import { staffPaths } from '../staff.routes';
import { useViewer } from '../viewer/use-viewer';
import { NotificationOutbox } from './notification-outbox';
import styles from './notifications.module.css';
import { notificationMessages } from './notifications.messages';

/** /staff/thong-bao[?ho-so=<code>]: what citizens were told, for the unit or one dossier. */
export function NotificationOutboxPage() {
  const t = useT(notificationMessages);
  const ts = useT(staffMessages);
  const { agency } = useViewer();
  const location = useAppLocation();
  const dossierCode = new URLSearchParams(location.search).get('ho-so');
  const [text, setText] = useState(dossierCode ?? '');
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!text.trim()) {
      navigate(staffPaths.outbox(), { replace: true, keepFocus: true });
      return;
    }
    const code = dossierCodeFromEntry(text, agency?.code ?? null);
    if (!code) {
      setError(ts('scan.invalid'));
      return;
    }
    setError(null);
    setText(code);
    navigate(staffPaths.outbox(code), { replace: true, keepFocus: true });
  }

  return (
    <div className={styles.page}>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <Card>
        <form className={styles.filter} onSubmit={onSubmit} noValidate role="search">
          <TextField label={t('outbox.filter')} hint={t('outbox.filterHint')} value={text} onChange={(event) => setText(event.target.value)} error={error} spellCheck={false} />
          <div className={styles.buttons}>
            <Button type="submit">{t('outbox.apply')}</Button>
            {dossierCode && (
              <Button
                variant="secondary"
                onClick={() => {
                  setText('');
                  navigate(staffPaths.outbox(), { replace: true, keepFocus: true });
                }}
              >
                {t('outbox.clear')}
              </Button>
            )}
          </div>
        </form>
        <NotificationOutbox key={dossierCode ?? ''} dossierCode={dossierCode} />
      </Card>
    </div>
  );
}
