import { Alert, Button, EmptyState, ErrorAlert, ProgressBar, Spinner, formatNumber, useLang, useT } from '@motcua/ui';
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { NotificationList } from './notification-list';
import styles from './notifications.module.css';
import { notificationMessages } from './notifications.messages';
import { NOTIFICATION_OUTBOX } from './notification-outbox.query';

const PAGE = 20;

/** The outbox of one dossier or of the whole unit, with loading, error and empty states and "show more". */
export function NotificationOutbox({ dossierCode }: { dossierCode: string | null }) {
  const t = useT(notificationMessages);
  const lang = useLang();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NOTIFICATION_OUTBOX, variables: { dossierCode, first } });
  const notifications = data?.notificationOutbox;
  const [resent, setResent] = useState(false);
  const onResent = useCallback(() => {
    setResent(true);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);

  if (error && !notifications) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!notifications) return <Spinner label={t('loading')} />;
  return (
    <div aria-busy={fetching}>
      {fetching && <ProgressBar label={t('loading')} />}
      {notifications.length === 0 ? (
        <EmptyState title={t('outbox.empty')} description={t('outbox.emptyDescription')} />
      ) : (
        <>
          {resent && <Alert tone="success">{t('outbox.resent')}</Alert>}
          <p className={styles.count}>{t('outbox.shown', { count: formatNumber(notifications.length, lang) })}</p>
          <NotificationList notifications={notifications} showDossier={!dossierCode} onResent={onResent} />
          {notifications.length >= first && first < 200 && (
            <Button className={styles.more} variant="secondary" busy={fetching} onClick={() => setFirst(Math.min(200, first + PAGE))}>
              {t('outbox.more')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
