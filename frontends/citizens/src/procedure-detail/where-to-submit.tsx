import { ErrorAlert, SelectField, Spinner, useLang, useT, type SettlingLevel } from '@motcua/ui';
import { useState } from 'react';
import { useReceivingUnits, type ReceivingAgency } from '../common/receiving-units';
import styles from './procedure-detail.module.css';
import { procedureMessages } from './procedure.messages';

function AgencyCard({ agency }: { agency: ReceivingAgency }) {
  const t = useT(procedureMessages);
  const english = useLang() === 'en';
  return (
    <div className={styles.agency}>
      <p className={styles.agencyName}>{english ? agency.nameEn : agency.name}</p>
      <p>
        <span className={styles.agencyLabel}>{t('address')}: </span>
        <span lang="vi">{agency.address}</span>
      </p>
      {agency.phone && (
        <p>
          <span className={styles.agencyLabel}>{t('phone')}: </span>
          <a href={`tel:${agency.phone.replace(/\s+/g, '')}`}>{agency.phone}</a>
        </p>
      )}
    </div>
  );
}

/** The district's centre for district-level procedures; for commune-level ones, the chosen commune's office. */
export function WhereToSubmit({ level }: { level: SettlingLevel }) {
  const t = useT(procedureMessages);
  const english = useLang() === 'en';
  const { units, fetching, error, retry } = useReceivingUnits(level);
  const [unitCode, setUnitCode] = useState('');
  const chosen = level === 'DISTRICT' ? units?.[0] : units?.find((unit) => unit.code === unitCode);

  return (
    <section className={styles.section} aria-labelledby="where-title">
      <h2 id="where-title" className={styles.sectionTitle}>
        {t('whereTitle')}
      </h2>
      <p className={styles.intro}>{level === 'DISTRICT' ? t('whereDistrict') : t('whereCommune')}</p>
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {!units && fetching && <Spinner label={t('loading')} />}
      {units && level === 'COMMUNE' && (
        <SelectField label={t('chooseCommune')} value={unitCode} onChange={(event) => setUnitCode(event.target.value)}>
          <option value="">{t('chooseCommunePrompt')}</option>
          {units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {english ? unit.nameEn : unit.name}
            </option>
          ))}
        </SelectField>
      )}
      {chosen && (
        <div aria-live="polite">
          {chosen.agencies.map((agency) => (
            <AgencyCard key={agency.code} agency={agency} />
          ))}
        </div>
      )}
    </section>
  );
}
