import { Badge, Link, useLang, useT, type BadgeTone, type OnlineLevel } from '@motcua/ui';
import { citizensMessages } from '../citizens.messages';
import { paths } from '../citizens.routes';
import styles from './procedure-search.module.css';
import type { ProcedureSummary } from './procedures.query';

export const ONLINE_TONES: Record<OnlineLevel, BadgeTone> = { FULL: 'success', PARTIAL: 'info', NONE: 'neutral' };

export function ProcedureCard({ procedure }: { procedure: ProcedureSummary }) {
  const t = useT(citizensMessages);
  const lang = useLang();
  const english = lang === 'en';
  return (
    <article className={styles.procedure}>
      <h3 className={styles.procedureName}>
        <Link href={paths.procedure(procedure.code)} className={styles.procedureLink}>
          {english ? procedure.nameEn : procedure.name}
        </Link>
      </h3>
      {english && (
        <p className={styles.otherName} lang="vi">
          {procedure.name}
        </p>
      )}
      <div className={styles.badges}>
        <Badge tone={ONLINE_TONES[procedure.onlineLevel]}>{t(`onlineLevel.${procedure.onlineLevel}`)}</Badge>
        <Badge>{t(`settlingLevel.${procedure.settlingLevel}`)}</Badge>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>{t('procedure.processingTime')}</dt>
          <dd>{t('procedure.processingDays', { days: procedure.processingDays })}</dd>
        </div>
        <div>
          <dt>{t('procedure.field')}</dt>
          <dd>{english ? procedure.fieldEn : procedure.field}</dd>
        </div>
        <div>
          <dt>{t('procedure.code')}</dt>
          <dd className={styles.code}>{procedure.code}</dd>
        </div>
      </dl>
    </article>
  );
}
