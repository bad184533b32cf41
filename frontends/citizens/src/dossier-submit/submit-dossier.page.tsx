import { Alert, EmptyState, ErrorAlert, Link, PageHeader, SignInGate, Spinner, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { paths } from '../citizens.routes';
import { DossierSlip } from '../common/dossier-slip';
import { FeeDue } from '../payments/fee-due';
import { PROCEDURE, type ProcedureDetail } from '../procedure-detail/procedure.query';
import { DossierForm } from './dossier-form';
import styles from './submit-dossier.module.css';
import { submitMessages } from './submit.messages';
import type { SubmittedDossier } from './submit.queries';

function Submitted({ dossier }: { dossier: SubmittedDossier }) {
  const t = useT(submitMessages);
  const page = useRef<HTMLDivElement>(null);

  // The form is gone: tell screen readers and keyboard users where they are now.
  useEffect(() => {
    const heading = page.current?.querySelector('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
    window.scrollTo({ top: 0 });
  }, []);

  return (
    <div ref={page} className={styles.page}>
      <div className={styles.noPrint}>
        <PageHeader title={t('successTitle')} />
        <Alert tone="success">{t('successIntro')}</Alert>
      </div>
      {/* What is owed comes before the slip: the citizen acts on it now. */}
      <FeeDue code={dossier.code} />
      <DossierSlip dossier={dossier} headingId="slip-title" />
      <div className={`${styles.links} ${styles.noPrint}`}>
        <Link href={paths.track(dossier.code)}>{t('trackIt')}</Link>
        <Link href={paths.myDossiers()}>{t('myDossiers')}</Link>
      </div>
    </div>
  );
}

function SubmitForm({ procedure, onSubmitted }: { procedure: ProcedureDetail; onSubmitted: (dossier: SubmittedDossier) => void }) {
  const t = useT(submitMessages);
  const english = useLang() === 'en';
  const session = useSession();
  const title = `${t('title')}: ${english ? procedure.nameEn : procedure.name}`;
  return (
    <SignInGate title={title} roles={['CITIZEN', 'VOLUNTEER']}>
      <PageHeader title={title} />
      {session && <DossierForm key={session.user.id} procedure={procedure} session={session} onSubmitted={onSubmitted} />}
    </SignInGate>
  );
}

export default function SubmitDossierPage({ code }: { code: string }) {
  const t = useT(submitMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PROCEDURE, variables: { code } });
  const [submitted, setSubmitted] = useState<SubmittedDossier | null>(null);
  const procedure = data?.procedure;

  if (submitted) return <Submitted dossier={submitted} />;
  const back = (
    <Link href={paths.procedure(code)} className={styles.back}>
      ‹ {t('back')}
    </Link>
  );
  if (error) {
    return (
      <div className={styles.page}>
        {back}
        <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </div>
    );
  }
  if (!data && fetching) return <Spinner label={t('loading')} />;
  if (!procedure) return <EmptyState title={t('title')} description={code} />;
  return (
    <div className={styles.page}>
      {back}
      {procedure.onlineLevel === 'NONE' ? (
        <>
          <PageHeader title={t('title')} />
          <Alert tone="info">{t('notOnline')}</Alert>
        </>
      ) : (
        <SubmitForm procedure={procedure} onSubmitted={setSubmitted} />
      )}
    </div>
  );
}
