import { Badge, formatVnd, useLang, useT } from '@motcua/ui';
import styles from './procedure-detail.module.css';
import { procedureMessages } from './procedure.messages';
import type { FeeRule, ProcedureStep, RequiredDocument } from './procedure.query';

export function ProcedureDocuments({ documents }: { documents: RequiredDocument[] }) {
  const t = useT(procedureMessages);
  const english = useLang() === 'en';
  return (
    <section className={styles.section} aria-labelledby="documents-title">
      <h2 id="documents-title" className={styles.sectionTitle}>
        {t('documentsTitle')}
      </h2>
      <p className={styles.intro}>{t('documentsIntro')}</p>
      <ol className={styles.documents}>
        {documents.map((document) => (
          <li key={document.id} className={styles.document}>
            <span className={styles.documentName}>{english ? document.nameEn : document.name}</span>
            <span className={styles.documentMeta}>
              <Badge tone={document.mandatory ? 'warning' : 'neutral'}>{document.mandatory ? t('mandatory') : t('optional')}</Badge>
              <span>{document.original ? t('original', { copies: document.copies }) : t('copy', { copies: document.copies })}</span>
            </span>
            {document.template && <span className={styles.template}>{t('template', { name: document.template })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ProcedureFees({ fees, feePaidBeforeProcessing }: { fees: FeeRule[]; feePaidBeforeProcessing: boolean }) {
  const t = useT(procedureMessages);
  const lang = useLang();
  return (
    <section className={styles.section} aria-labelledby="fees-title">
      <h2 id="fees-title" className={styles.sectionTitle}>
        {t('feesTitle')}
      </h2>
      {fees.length === 0 ? (
        <p className={styles.intro}>{t('noFee')}</p>
      ) : (
        <ul className={styles.fees}>
          {fees.map((fee) => (
            <li key={`${fee.kind}:${fee.name}`} className={styles.fee}>
              <span className={styles.feeName}>
                {t(`feeKind.${fee.kind}`)}: {lang === 'en' ? fee.nameEn : fee.name}
              </span>
              <span className={styles.feeAmount}>
                {formatVnd(fee.amountVnd, lang)} <span className={styles.feeBasis}>/ {t(`feeBasis.${fee.basis}`)}</span>
              </span>
              {fee.onlineAmountVnd !== null && fee.onlineAmountVnd !== fee.amountVnd && <span className={styles.feeOnline}>{t('feeOnline', { amount: formatVnd(fee.onlineAmountVnd, lang) })}</span>}
              {fee.note && (
                <span className={styles.feeNote} lang="vi">
                  {fee.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {fees.length > 0 && feePaidBeforeProcessing && <p className={styles.intro}>{t('feeBeforeProcessing')}</p>}
    </section>
  );
}

const ROLES = ['INTAKE', 'HANDLER', 'APPROVER'] as const;
/** The levels of today's steps (the page shows the version in force). */
const LEVELS = ['PROVINCE', 'COMMUNE'] as const;

export function ProcedureSteps({ steps }: { steps: ProcedureStep[] }) {
  const t = useT(procedureMessages);
  const english = useLang() === 'en';
  if (steps.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="steps-title">
      <h2 id="steps-title" className={styles.sectionTitle}>
        {t('stepsTitle')}
      </h2>
      <ol className={styles.steps}>
        {steps.map((step, index) => {
          const role = (ROLES as readonly string[]).includes(step.role) ? t(`role.${step.role as (typeof ROLES)[number]}`) : step.role;
          const level = (LEVELS as readonly string[]).includes(step.level) ? t(`level.${step.level as (typeof LEVELS)[number]}`) : step.level;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the steps are fixed and ordered; their position is their identity.
            <li key={index} className={styles.step}>
              <span className={styles.stepName}>{english ? step.nameEn : step.name}</span>
              <span className={styles.stepMeta}>
                {role} · {level} · {t('stepDays', { days: step.days })}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
