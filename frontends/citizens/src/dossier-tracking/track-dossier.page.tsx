import {
  Alert,
  Button,
  DetailList,
  DossierStatusBadge,
  EmptyState,
  ErrorAlert,
  Link,
  PageHeader,
  Spinner,
  TextField,
  dossierCodeFromScan,
  dossierLabels,
  formatDateTime,
  navigate,
  useLang,
  useSession,
  useT,
} from '@motcua/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { paths, type DossierAction } from '../citizens.routes';
import { commonMessages, isTimeliness } from '../common/common.messages';
import { DossierProgress } from '../common/dossier-progress';
import styles from './track-dossier.module.css';
import { trackMessages } from './track.messages';
import { TRACK_DOSSIER, type PublicDossier } from './track.query';

const CLOSED = ['DRAFT', 'REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED'];

/**
 * The way from the public lookup to where the citizen acts: pay, supplement, receive, rate, or just see everything.
 * Each opens the dossier's own page, which asks to sign in first (the data behind it is personal) and comes back
 * to the action.
 */
function NextSteps({ dossier, signedIn }: { dossier: PublicDossier; signedIn: boolean }) {
  const t = useT(trackMessages);
  const steps: { action: DossierAction; label: string }[] = [];
  if (dossier.feeStatus === 'DUE' && !CLOSED.includes(dossier.status)) steps.push({ action: 'pay', label: t('next.pay') });
  if (dossier.status === 'SUPPLEMENT_REQUESTED') steps.push({ action: 'supplement', label: t('next.supplement') });
  if (dossier.status === 'RESULT_READY') steps.push({ action: 'download', label: t('next.download') });
  if (dossier.status === 'RETURNED') steps.push({ action: 'rate', label: t('next.rate') });
  if (dossier.status === 'REFUSED') steps.push({ action: 'reason', label: t('next.reason') });
  return (
    <nav className={styles.next} aria-labelledby="track-next-title">
      <h3 id="track-next-title" className={styles.nextTitle}>
        {steps.length > 0 ? t('next.title') : t('next.titleNone')}
      </h3>
      <ul className={styles.nextList}>
        {steps.map((step) => (
          <li key={step.action}>
            <Link href={paths.myDossier(dossier.code, step.action)} className={styles.nextAction}>
              {step.label}
            </Link>
          </li>
        ))}
        <li>
          <Link href={paths.myDossier(dossier.code)}>{t('seeMine')}</Link>
        </li>
      </ul>
      {!signedIn && <p className={styles.muted}>{t('next.signIn')}</p>}
    </nav>
  );
}

function LookupResult({ code, focusOnLoad }: { code: string; focusOnLoad: boolean }) {
  const t = useT(trackMessages);
  const common = useT(commonMessages);
  const labels = useT(dossierLabels);
  const lang = useLang();
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TRACK_DOSSIER, variables: { code }, requestPolicy: 'cache-and-network' });
  const dossier = data?.dossier;
  const date = (value: string | null) => (value ? formatDateTime(value, lang) : common('dossier.notYet'));
  const box = useRef<HTMLDivElement>(null);
  const answered = !!data || !!error;

  // After a lookup from the form, take the reader to the answer (a QR or a link lands here anyway).
  useEffect(() => {
    if (answered && focusOnLoad) box.current?.focus();
  }, [answered, focusOnLoad]);

  return (
    <div ref={box} tabIndex={-1} className={styles.answer}>
      {renderAnswer()}
    </div>
  );

  function renderAnswer() {
    if (error) return <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    if (!data && fetching) return <Spinner label={t('loading')} />;
    if (!dossier) return <EmptyState title={t('notFoundTitle')} description={t('notFound', { code })} />;
    return (
      <section className={styles.result} aria-labelledby="track-result-title">
        <h2 id="track-result-title" className={styles.resultTitle}>
          {t('resultTitle')}
        </h2>
        <p className={styles.code}>{dossier.code}</p>
        <p className={styles.procedure}>{lang === 'en' ? dossier.procedure.nameEn : dossier.procedure.name}</p>
        <div className={styles.status}>
          <span>{common('dossier.status')}:</span> <DossierStatusBadge status={dossier.status} />
        </div>
        {dossier.overdue && <Alert tone="warning">{common('dossier.overdue')}</Alert>}
        {dossier.status === 'SUPPLEMENT_REQUESTED' && <Alert tone="warning">{t('supplement')}</Alert>}
        {dossier.status === 'RESULT_READY' && <Alert tone="success">{t('resultReady')}</Alert>}
        <DossierProgress status={dossier.status} receivedAt={dossier.receivedAt} />
        <DetailList
          items={[
            { term: common('dossier.submittedAt'), detail: date(dossier.submittedAt) },
            { term: common('dossier.receivedAt'), detail: date(dossier.receivedAt) },
            { term: common('dossier.dueAt'), detail: date(dossier.dueAt) },
            { term: common('dossier.settledAt'), detail: dossier.settledAt ? date(dossier.settledAt) : null },
            { term: common('dossier.returnedAt'), detail: dossier.returnedAt ? date(dossier.returnedAt) : null },
            { term: common('dossier.timeliness'), detail: isTimeliness(dossier.timeliness) ? labels(`timeliness.${dossier.timeliness}`) : null },
          ]}
        />
        <p className={styles.muted}>{t('privacy')}</p>
        <NextSteps dossier={dossier} signedIn={!!session} />
      </section>
    );
  }
}

export default function TrackDossierPage({ code }: { code: string | null }) {
  const t = useT(trackMessages);
  const [text, setText] = useState(code ?? '');
  const [missing, setMissing] = useState(false);
  const [looked, setLooked] = useState(false);

  // Following a QR or a link to another code refills the box.
  useEffect(() => setText(code ?? ''), [code]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = text.trim();
    if (!typed) return setMissing(true);
    setMissing(false);
    setLooked(true);
    // A pasted lookup address works too; codes are upper case.
    const next = dossierCodeFromScan(typed) ?? typed.toUpperCase();
    navigate(paths.track(next), { keepFocus: true });
  }

  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} description={t('description')} />
      <form className={styles.form} onSubmit={onSubmit} noValidate role="search" aria-label={t('title')}>
        <TextField
          className={styles.field}
          label={t('codeLabel')}
          hint={t('codeHint')}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={missing ? t('required') : null}
        />
        <Button type="submit" className={styles.button}>
          {t('submit')}
        </Button>
      </form>
      {code && <LookupResult key={code} code={code} focusOnLoad={looked} />}
    </div>
  );
}
