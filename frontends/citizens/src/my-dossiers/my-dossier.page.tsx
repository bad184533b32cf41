import {
  Alert,
  DetailList,
  DossierStatusBadge,
  EmptyState,
  ErrorAlert,
  Link,
  PageHeader,
  SignInGate,
  Spinner,
  dossierLabels,
  formatDateTime,
  useLang,
  useT,
} from '@motcua/ui';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useQuery } from 'urql';
import { paths } from '../citizens.routes';
import { commonMessages, isTimeliness } from '../common/common.messages';
import { DossierProgress } from '../common/dossier-progress';
import { DossierSlip } from '../common/dossier-slip';
import { DossierDocuments } from './dossier-documents';
import { DossierHistory } from './dossier-history';
import { EndDossierActions } from './end-dossier-actions';
import styles from './my-dossier.module.css';
import { myDossiersMessages } from './my-dossiers.messages';
import { DossierPaymentsPanel } from '../payments/dossier-payments.panel';
import { MY_DOSSIER, type MyDossier } from './my-dossiers.queries';
import { RatingForm } from './rating-form';
import { ResultDownload } from './result-download';
import { SupplementAnswer } from './supplement-answer';

function Section({ id, title, children, sectionRef }: { id: string; title: string; children: ReactNode; sectionRef?: RefObject<HTMLElement | null> }) {
  return (
    <section ref={sectionRef} className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.sectionTitle} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What the citizen can or should do now, from the status, the delivery way and the actions the service allows. */
function ToDo({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const english = useLang() === 'en';
  const actions = dossier.availableActions;
  const parts: ReactNode[] = [];
  const section = useRef<HTMLElement>(null);
  const state = `${dossier.status}:${dossier.rating ?? ''}`;
  const seen = useRef(state);

  // An action done here (supplement sent, result taken, rating given, withdrawal) replaces the form that had focus:
  // bring focus to this section, which now says what happened.
  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    section.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [state]);

  const lastEvent = dossier.history.at(-1);
  if (lastEvent?.action === 'SUPPLEMENT' && dossier.status !== 'SUPPLEMENT_REQUESTED') {
    parts.push(
      <Alert key="supplemented" tone="success">
        {t('supplementDone')}
      </Alert>,
    );
  }
  if (dossier.status === 'SUPPLEMENT_REQUESTED' && actions.includes('SUPPLEMENT')) parts.push(<SupplementAnswer key="supplement" dossier={dossier} />);
  if (dossier.status === 'WAITING_FOR_FEE') parts.push(<Alert key="fee" tone="warning">{t('feeWaiting')}</Alert>);
  const resultOut = dossier.status === 'RESULT_READY' || dossier.status === 'RETURNED';
  if (resultOut && dossier.deliveryMethod === 'ONLINE') parts.push(<ResultDownload key="download" dossier={dossier} />);
  if (dossier.status === 'RESULT_READY' && dossier.deliveryMethod === 'PICKUP') {
    parts.push(
      <Alert key="pickup" tone="success">
        {t('pickup', { agency: english ? dossier.agency.nameEn : dossier.agency.name, address: dossier.agency.address })}
      </Alert>,
    );
  }
  if (resultOut && dossier.deliveryMethod === 'POST') {
    parts.push(
      <Alert key="post" tone="info">
        {t('post')} {dossier.postalTrackingNumber && t('postTracking', { number: dossier.postalTrackingNumber })}
      </Alert>,
    );
  }
  if (dossier.status === 'RETURNED') {
    parts.push(
      dossier.rating ? (
        <Alert key="rated" tone="success">
          {t('rated', { stars: dossier.rating })}
        </Alert>
      ) : (
        <RatingForm key="rate" dossier={dossier} />
      ),
    );
  }
  const ending = <EndDossierActions key="end" dossier={dossier} />;
  return (
    <Section id="todo-title" title={t('todoTitle')} sectionRef={section}>
      <div className={styles.todo}>
        {parts.length > 0 ? parts : <p className={styles.muted}>{t('nothingToDo')}</p>}
        {ending}
      </div>
    </Section>
  );
}

function Details({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const common = useT(commonMessages);
  const labels = useT(dossierLabels);
  const lang = useLang();
  const english = lang === 'en';
  const date = (value: string | null) => (value ? formatDateTime(value, lang) : null);
  return (
    <>
      <Section id="info-title" title={t('infoTitle')}>
        <DetailList
          className={styles.stackedList}
          items={[
            { term: common('dossier.code'), detail: <span className={styles.mono}>{dossier.code}</span> },
            { term: common('dossier.agency'), detail: english ? dossier.agency.nameEn : dossier.agency.name },
            { term: t('unit'), detail: dossier.currentUnit.code !== dossier.unit.code ? (english ? dossier.currentUnit.nameEn : dossier.currentUnit.name) : null },
            { term: t('channel'), detail: labels(`channel.${dossier.channel}`) },
            { term: common('dossier.submittedAt'), detail: date(dossier.submittedAt) },
            { term: common('dossier.receivedAt'), detail: date(dossier.receivedAt) },
            { term: common('dossier.dueAt'), detail: date(dossier.dueAt) },
            { term: common('dossier.promisedAt'), detail: date(dossier.promisedAt) },
            { term: common('dossier.settledAt'), detail: date(dossier.settledAt) },
            { term: common('dossier.returnedAt'), detail: date(dossier.returnedAt) },
            { term: common('dossier.timeliness'), detail: isTimeliness(dossier.timeliness) ? labels(`timeliness.${dossier.timeliness}`) : null },
            { term: common('dossier.deliveryMethod'), detail: labels(`deliveryMethod.${dossier.deliveryMethod}`) },
            { term: common('dossier.deliveryStatus'), detail: labels(`deliveryStatus.${dossier.deliveryStatus}`) },
            { term: common('dossier.trackingNumber'), detail: dossier.postalTrackingNumber },
            { term: t('feeStatus'), detail: dossier.feeStatus !== 'NONE' ? labels(`feeStatus.${dossier.feeStatus}`) : null },
            { term: common('dossier.assistedBy'), detail: dossier.assistedBy },
          ]}
        />
      </Section>
      {dossier.applicant && (
        <Section id="applicant-title" title={t('applicantTitle')}>
          <DetailList
            className={styles.stackedList}
            items={[
              { term: t('applicant.fullName'), detail: dossier.applicant.fullName },
              { term: t('applicant.idNumber'), detail: dossier.applicant.idNumber },
              { term: t('applicant.phone'), detail: dossier.applicant.phone },
              { term: t('applicant.email'), detail: dossier.applicant.email },
              { term: t('applicant.address'), detail: dossier.applicant.address },
            ]}
          />
        </Section>
      )}
    </>
  );
}

function DossierView({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const common = useT(commonMessages);
  const english = useLang() === 'en';
  return (
    <>
      <PageHeader title={english ? dossier.procedure.nameEn : dossier.procedure.name} description={<span className={styles.mono}>{dossier.code}</span>} />
      <div className={styles.statusRow}>
        <span>{common('dossier.status')}:</span> <DossierStatusBadge status={dossier.status} />
      </div>
      {dossier.overdue && <Alert tone="warning">{common('dossier.overdue')}</Alert>}
      <DossierProgress status={dossier.status} receivedAt={dossier.receivedAt} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <ToDo dossier={dossier} />
          <DossierPaymentsPanel code={dossier.code} />
          <details className={styles.slip}>
            <summary>{t('slipTitle')}</summary>
            <DossierSlip dossier={dossier} headingId="slip-title" />
          </details>
          <Section id="documents-title" title={t('documentsTitle')}>
            <DossierDocuments documents={dossier.documents} />
          </Section>
          <Section id="history-title" title={t('historyTitle')}>
            <DossierHistory events={dossier.history} />
          </Section>
        </div>
        <div className={styles.aside}>
          <Details dossier={dossier} />
        </div>
      </div>
    </>
  );
}

function DossierLoader({ code }: { code: string }) {
  const t = useT(myDossiersMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MY_DOSSIER, variables: { code }, requestPolicy: 'cache-and-network' });
  const dossier = data?.dossier;
  if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data && fetching) return <Spinner label={t('loading')} />;
  if (!dossier) return <EmptyState title={t('notYoursTitle')} description={t('notFound', { code })} />;
  // Someone else's dossier: the service hides its personal data and history.
  if (!dossier.applicant) {
    return (
      <EmptyState title={t('notYoursTitle')} description={t('notYours')} action={<Link href={paths.track(dossier.code)}>{t('publicLookup')}</Link>} />
    );
  }
  return <DossierView dossier={dossier} />;
}

export default function MyDossierPage({ code }: { code: string }) {
  const t = useT(myDossiersMessages);
  return (
    <div className={styles.page}>
      <Link href={paths.myDossiers()} className={styles.back}>
        ‹ {t('back')}
      </Link>
      <SignInGate title={t('title')} roles={['CITIZEN', 'VOLUNTEER']}>
        <DossierLoader code={code} />
      </SignInGate>
    </div>
  );
}
