import { Alert, Badge, EmptyState, ErrorAlert, Link, PageHeader, Spinner, formatDateTime, formatVnd, useLang, useSession, useT } from '@motcua/ui';
import { useQuery } from 'urql';
import { paths } from '../citizens.routes';
import { readDraft } from '../common/dossier-draft';
import { lastSearch } from '../common/last-search';
import { ONLINE_TONES } from '../procedure-search/procedure-card';
import styles from './procedure-detail.module.css';
import { procedureMessages } from './procedure.messages';
import { PROCEDURE, type FeeRule, type ProcedureDetail, type ProcedurePageDetail } from './procedure.query';
import { ProcedureDocuments, ProcedureFees, ProcedureSteps } from './procedure-sections';
import { WhereToSubmit } from './where-to-submit';

/**
 * The fee rules in one line. A rule by page or copy says so, and rules are listed rather than added: "2.000 đ +
 * 1.000 đ" read as 3.000 đ for a copy certification that costs 6.000 đ for 1 page × 3 copies. The form computes it.
 */
function feeSummary(fees: FeeRule[], lang: 'vi' | 'en', noFee: string, online: (amount: string) => string, per: (basis: FeeRule['basis']) => string): string {
  if (fees.length === 0) return noFee;
  return fees
    .map((fee) => {
      const amount = `${formatVnd(fee.amountVnd, lang)}${fee.basis === 'FIXED' ? '' : ` / ${per(fee.basis)}`}`;
      return fee.onlineAmountVnd !== null && fee.onlineAmountVnd !== fee.amountVnd ? `${amount} (${online(formatVnd(fee.onlineAmountVnd, lang))})` : amount;
    })
    .join('; ');
}

function SubmitPanel({ procedure }: { procedure: ProcedureDetail }) {
  const t = useT(procedureMessages);
  const lang = useLang();
  const session = useSession();
  if (procedure.onlineLevel === 'NONE') {
    return <Alert tone="info">{t('onlineExplain.NONE')}</Alert>;
  }
  const draft = session ? readDraft(session.user.id, procedure.code) : null;
  return (
    <div className={styles.submitPanel}>
      <p className={styles.onlineExplain}>{t(`onlineExplain.${procedure.onlineLevel}`)}</p>
      {draft && <p className={styles.draftNote}>{t('draftSaved', { at: formatDateTime(draft.savedAt, lang) })}</p>}
      <Link href={paths.submit(procedure.code)} className={styles.submitLink}>
        {draft ? t('continueDraft') : t('submitOnline')}
      </Link>
      {!session && <p className={styles.signInHint}>{t('signInHint')}</p>}
    </div>
  );
}

function Facts({ procedure }: { procedure: ProcedurePageDetail }) {
  const t = useT(procedureMessages);
  const lang = useLang();
  const english = lang === 'en';
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t('processingTime')}</dt>
        <dd>{t('processingDays', { days: procedure.processingDays })}</dd>
      </div>
      <div>
        <dt>{t('result')}</dt>
        <dd>{english ? procedure.current.resultTypeEn : procedure.current.resultType}</dd>
      </div>
      <div>
        <dt>{t('fee')}</dt>
        <dd>
          {feeSummary(
            procedure.fees,
            lang,
            t('noFee'),
            (amount) => t('feeOnlineShort', { amount }),
            (basis) => t(`feeBasis.${basis}`),
          )}
        </dd>
      </div>
      <div>
        <dt>{t('settlingBody')}</dt>
        <dd>
          {english ? procedure.settlingBodyEn : procedure.settlingBody} ({t(`settlingLevel.${procedure.settlingLevel}`)})
        </dd>
      </div>
      <div>
        <dt>{t('field')}</dt>
        <dd>{english ? procedure.fieldEn : procedure.field}</dd>
      </div>
      <div>
        <dt>{t('code')}</dt>
        <dd className={styles.mono}>{procedure.code}</dd>
      </div>
    </dl>
  );
}

export default function ProcedureDetailPage({ code }: { code: string }) {
  const t = useT(procedureMessages);
  const lang = useLang();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PROCEDURE, variables: { code } });
  const procedure = data?.procedure;
  const back = (
    <Link href={paths.search(lastSearch())} className={styles.back}>
      ‹ {t('back')}
    </Link>
  );

  if (error)
    return (
      <div className={styles.page}>
        {back}
        <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </div>
    );
  if (!data && fetching) return <Spinner label={t('loading')} />;
  if (!procedure) {
    return (
      <div className={styles.page}>
        {back}
        <PageHeader title={t('notFoundTitle')} />
        <EmptyState title={t('notFoundTitle')} description={t('notFoundDescription', { code })} />
      </div>
    );
  }

  const english = lang === 'en';
  return (
    <div className={styles.page}>
      {back}
      <PageHeader title={english ? procedure.nameEn : procedure.name} description={english ? <span lang="vi">{procedure.name}</span> : undefined} />
      <div className={styles.badges}>
        <Badge tone={ONLINE_TONES[procedure.onlineLevel]}>
          {t('onlineLevel')}: {t(`onlineLevel.${procedure.onlineLevel}`)}
        </Badge>
        <Badge>{t(`settlingLevel.${procedure.settlingLevel}`)}</Badge>
      </div>
      <div className={styles.layout}>
        <div className={styles.aside}>
          <section className={styles.summary} aria-label={t('submitOnline')}>
            <Facts procedure={procedure} />
            <SubmitPanel procedure={procedure} />
          </section>
        </div>
        <div className={styles.main}>
          <ProcedureDocuments documents={procedure.requiredDocuments} />
          <ProcedureFees fees={procedure.fees} feePaidBeforeProcessing={procedure.current.feePaidBeforeProcessing} />
          <ProcedureSteps steps={procedure.steps} />
          <WhereToSubmit level={procedure.settlingLevel} />
          {procedure.current.legalBasis.length > 0 && (
            <section className={styles.section} aria-labelledby="legal-basis-title">
              <h2 id="legal-basis-title" className={styles.sectionTitle}>
                {t('legalTitle')}
              </h2>
              <ul className={styles.plainList}>
                {procedure.current.legalBasis.map((basis) => (
                  <li key={basis} lang="vi">
                    {basis}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
