import { Button, DetailList, DossierStatusBadge, formatDateTime, useLang, useT, type DossierStatus } from '@motcua/ui';
import { useState } from 'react';
import { paths } from '../citizens.routes';
import { commonMessages } from './common.messages';
import styles from './dossier-slip.module.css';
import { QrCode } from './qr-code';

export interface SlipDossier {
  code: string;
  status: DossierStatus;
  submittedAt: string | null;
  dueAt: string | null;
  procedure: { name: string; nameEn: string };
  agency: { name: string; nameEn: string; address: string };
}

/** The public address of a dossier: what the QR holds, and what anyone can open without signing in. */
function lookupUrl(code: string): string {
  return `${window.location.origin}${paths.track(code)}`;
}

/**
 * The code, its QR (of the public lookup address) and the main dates, laid out to be printed or saved as PDF by the
 * browser; the rest of the page is hidden from print.
 */
export function DossierSlip({ dossier, headingId }: { dossier: SlipDossier; headingId?: string }) {
  const t = useT(commonMessages);
  const lang = useLang();
  const english = lang === 'en';
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(dossier.code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section className={styles.slip} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {t('slip.title')}
      </h2>
      <div className={styles.body}>
        <div className={styles.codeBlock}>
          <p className={styles.codeLabel}>{t('dossier.code')}</p>
          <p className={styles.code} data-testid="dossier-code">
            {dossier.code}
          </p>
          <DetailList
            className={styles.facts}
            items={[
              { term: t('dossier.procedure'), detail: english ? dossier.procedure.nameEn : dossier.procedure.name },
              { term: t('dossier.status'), detail: <DossierStatusBadge status={dossier.status} /> },
              { term: t('dossier.agency'), detail: english ? dossier.agency.nameEn : dossier.agency.name },
              { term: t('dossier.submittedAt'), detail: dossier.submittedAt ? formatDateTime(dossier.submittedAt, lang) : null },
              { term: t('dossier.dueAt'), detail: dossier.dueAt ? formatDateTime(dossier.dueAt, lang) : null },
            ]}
          />
        </div>
        <div className={styles.qrBlock}>
          <QrCode text={lookupUrl(dossier.code)} label={t('slip.qrLabel', { code: dossier.code })} loadingLabel={t('slip.qrLoading')} />
          <p className={styles.scan}>{t('slip.scan')}</p>
          <p className={styles.url}>{lookupUrl(dossier.code)}</p>
        </div>
      </div>
      <div className={styles.actions}>
        <Button onClick={() => window.print()}>{t('slip.print')}</Button>
        <Button variant="secondary" onClick={copy}>
          {t('slip.copy')}
        </Button>
        <span className={styles.copied} role="status">
          {copied ? t('slip.copied') : ''}
        </span>
      </div>
    </section>
  );
}
