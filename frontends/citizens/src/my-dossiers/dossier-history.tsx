import { DossierStatusBadge, dossierLabels, formatDateTime, isDossierStatus, useLang, useT } from '@motcua/ui';
import { myDossiersMessages } from './my-dossiers.messages';
import styles from './my-dossier.module.css';
import type { DossierEventView } from './my-dossiers.queries';

/** The audit trail, newest first: what happened, who did it, why, when. */
export function DossierHistory({ events }: { events: DossierEventView[] }) {
  const t = useT(myDossiersMessages);
  const labels = useT(dossierLabels);
  const lang = useLang();
  if (events.length === 0) return <p className={styles.muted}>{t('noHistory')}</p>;
  const actionLabel = (action: string) => {
    const key = `action.${action}` as keyof (typeof dossierLabels)['vi'];
    return key in dossierLabels.vi ? labels(key) : action;
  };
  return (
    <ol className={styles.history}>
      {[...events].reverse().map((event) => (
        <li key={event.id} className={styles.event}>
          <div className={styles.eventHead}>
            <span className={styles.eventAction}>{actionLabel(event.action)}</span>
            <time dateTime={event.at} className={styles.eventTime}>
              {formatDateTime(event.at, lang)}
            </time>
          </div>
          {event.toStatus !== event.fromStatus && isDossierStatus(event.toStatus) && (
            <div className={styles.eventStatus}>
              <DossierStatusBadge status={event.toStatus} />
            </div>
          )}
          <span className={styles.muted}>
            {t('byActor')} <span lang="vi">{event.actorName}</span>
          </span>
          {event.reason && <span className={styles.eventReason}>{t('reason', { text: event.reason })}</span>}
        </li>
      ))}
    </ol>
  );
}
