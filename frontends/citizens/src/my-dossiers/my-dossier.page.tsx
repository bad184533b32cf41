import { Alert, DetailList, DossierStatusBadge, EmptyState, ErrorAlert, Link, PageHeader, SignInGate, Spinner, dossierLabels, formatDateTime, useAppLocation, useLang, useT } from '@motcua/ui';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useQuery } from 'urql';
import { dossierActionOf, paths, type DossierAction } from '../citizens.routes';
import { commonMessages, isTimeliness } from '../common/common.messages';
import { DossierProgress } from '../common/dossier-progress';
import { DossierSlip } from '../common/dossier-slip';
import { DossierDocuments } from './dossier-documents';
import { DossierHistory } from './dossier-history';
import { EndDossierActions } from './end-dossier-actions';
import styles from './my-dossier.module.css';
import { myDossiersMessages } from './my-dossiers.messages';
import { DossierPaymentsPanel } from '../payments/dossier-payments.panel';
import { FeeDue } from '../payments/fee-due';
import { PAYMENT_QUOTE } from '../payments/payments.queries';
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

const CLOSED = ['DRAFT', 'REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED'];

/** One thing to do, marked with the action a message links to (`?hanh-dong=`), so the page can open at it. */
function Part({ action, children }: { action: DossierAction; children: ReactNode }) {
  return <div data-action={action}>{children}</div>;
}

/**
 * What the citizen can or should do now, from the status, the delivery way and the actions the service allows. A fee
 * that is due comes first: "nothing to do" is said only when nothing is owed or asked.
 */
function ToDo({ dossier }: { dossier: MyDossier }) {
  const t = useT(myDossiersMessages);
  const english = useLang() === 'en';
  const actions = dossier.availableActions;
  const parts: ReactNode[] = [];
  const section = useRef<HTMLElement>(null);
  const state = `${dossier.status}:${dossier.feeStatus}:${dossier.rating ?? ''}`;
  const seen = useRef(state);

  // An action done here (supplement sent, result taken, rating given, withdrawal) replaces the form that had focus:
  // bring focus to this section, which now says what happened.
  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    section.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [state]);

  if (dossier.feeStatus === 'DUE' && !CLOSED.includes(dossier.status)) {
    parts.push(
      <Part key="fee" action="pay">
        <FeeDue code={dossier.code} headingLevel={3} />
      </Part>,
    );
  }
  const lastEvent = dossier.history.at(-1);
  if (lastEvent?.action === 'SUPPLEMENT' && dossier.status !== 'SUPPLEMENT_REQUESTED') {
    parts.push(
      <Alert key="supplemented" tone="success">
        {t('supplementDone')}
      </Alert>,
    );
  }
  if (dossier.status === 'SUPPLEMENT_REQUESTED' && actions.includes('SUPPLEMENT')) {
    parts.push(
      <Part key="supplement" action="supplement">
        <SupplementAnswer dossier={dossier} />
      </Part>,
    );
  }
  const resultOut = dossier.status === 'RESULT_READY' || dossier.status === 'RETURNED';
  if (resultOut && dossier.deliveryMethod === 'ONLINE') {
    parts.push(
      <Part key="download" action="download">
        <ResultDownload dossier={dossier} />
      </Part>,
    );
  }
  if (dossier.status === 'RESULT_READY' && dossier.deliveryMethod === 'PICKUP') {
    parts.push(
      <Part key="pickup" action="download">
        <Alert tone="success">{t('pickup', { agency: english ? dossier.agency.nameEn : dossier.agency.name, address: dossier.agency.address })}</Alert>
      </Part>,
    );
  }
  if (resultOut && dossier.deliveryMethod === 'POST') {
    parts.push(
      <Part key="post" action="download">
        <Alert tone="info">
          {t('post')} {dossier.postalTrackingNumber && t('postTracking', { number: dossier.postalTrackingNumber })}
        </Alert>
      </Part>,
    );
  }
  if (dossier.status === 'RETURNED') {
    parts.push(
      <Part key="rate" action="rate">
        {dossier.rating ? <Alert tone="success">{t('rated', { stars: dossier.rating })}</Alert> : <RatingForm dossier={dossier} />}
      </Part>,
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

/**
 * Opened from a message for one action: once the dossier is shown (after signing in, on the same address), take the
 * reader to that action's part, or to the history for a refusal's reason, else to "what to do".
 */
function useOpenAtAction(root: RefObject<HTMLElement | null>, action: DossierAction | null, ready: boolean) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || !action || done.current || !root.current) return;
    done.current = true;
    const part = action === 'reason' ? root.current.querySelector<HTMLElement>('#history-title') : root.current.querySelector<HTMLElement>(`[data-action="${action}"]`);
    const target = part?.matches('h2, h3') ? part : (part?.querySelector<HTMLElement>('h2, h3, button, input, textarea, a[href]') ?? root.current.querySelector<HTMLElement>('#todo-title'));
    if (!target) return;
    if (target.matches('h2, h3') && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [root, action, ready]);
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
              { term: t('applicant.fullName'), detail: <span lang="vi">{dossier.applicant.fullName}</span> },
              { term: t('applicant.idNumber'), detail: dossier.applicant.idNumber },
              { term: t('applicant.phone'), detail: dossier.applicant.phone },
              { term: t('applicant.email'), detail: dossier.applicant.email },
              { term: t('applicant.address'), detail: <span lang="vi">{dossier.applicant.address}</span> },
            ]}
          />
        </Section>
      )}
    </>
  );
}

function DossierView({ dossier, action }: { dossier: MyDossier; action: DossierAction | null }) {
  const t = useT(myDossiersMessages);
  const common = useT(commonMessages);
  const english = useLang() === 'en';
  const root = useRef<HTMLDivElement>(null);
  // The fee block comes with its own query (the same one, shared by urql's cache): wait for it when paying.
  const [quote] = useQuery({ query: PAYMENT_QUOTE, variables: { code: dossier.code }, pause: action !== 'pay' });
  const feeShown = action !== 'pay' || !!quote.data || !!quote.error;
  useOpenAtAction(root, action, feeShown);
  return (
    <div ref={root} className={styles.view}>
      <PageHeader title={english ? dossier.procedure.nameEn : dossier.procedure.name} description={<span className={styles.mono}>{dossier.code}</span>} />
      <div className={styles.statusRow}>
        <span>{common('dossier.status')}:</span> <DossierStatusBadge status={dossier.status} />
      </div>
      {dossier.overdue && <Alert tone="warning">{common('dossier.overdue')}</Alert>}
      <DossierProgress status={dossier.status} receivedAt={dossier.receivedAt} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <ToDo dossier={dossier} />
          <DossierPaymentsPanel code={dossier.code} showPayLink={false} />
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
    </div>
  );
}

function DossierLoader({ code, action }: { code: string; action: DossierAction | null }) {
  const t = useT(myDossiersMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MY_DOSSIER, variables: { code }, requestPolicy: 'cache-and-network' });
  const dossier = data?.dossier;
  if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data && fetching) return <Spinner label={t('loading')} />;
  if (!dossier) return <EmptyState title={t('notYoursTitle')} description={t('notFound', { code })} />;
  // Someone else's dossier: the service hides its personal data and history.
  if (!dossier.applicant) {
    return <EmptyState title={t('notYoursTitle')} description={t('notYours')} action={<Link href={paths.track(dossier.code)}>{t('publicLookup')}</Link>} />;
  }
  return <DossierView dossier={dossier} action={action} />;
}

export default function MyDossierPage({ code }: { code: string }) {
  const t = useT(myDossiersMessages);
  const action = dossierActionOf(useAppLocation().search);
  return (
    <div className={styles.page}>
      <Link href={paths.myDossiers()} className={styles.back}>
        ‹ {t('back')}
      </Link>
      <SignInGate title={t('title')} roles={['CITIZEN', 'VOLUNTEER']}>
        <DossierLoader code={code} action={action} />
      </SignInGate>
    </div>
  );
}
