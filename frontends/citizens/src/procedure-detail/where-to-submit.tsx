import { ErrorAlert, SelectField, Spinner, useAppLocation, useLang, useT } from '@motcua/ui';
import { useState } from 'react';
import { matchRoute } from '../citizens.routes';
import { useReceivingUnits, type ReceivingAgency, type ReceivingRules, type UnitLevel } from '../common/receiving-units';
import { receivingMessages } from '../common/receiving-units.messages';
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

function introKey(rules: ReceivingRules) {
  if (rules.settlingLevel === 'PROVINCE') return rules.acrossBoundary ? 'where.province' : 'where.provinceOnly';
  return rules.acrossBoundary ? 'where.across' : 'where.commune';
}

/**
 * Where to submit, among the units in force today: a province-only procedure at the provincial centre; the others
 * at the chosen commune's centre, or (received regardless of boundary) at any commune or the provincial centre.
 */
export function WhereToSubmit({ level }: { level: UnitLevel }) {
  const t = useT(procedureMessages);
  const where = useT(receivingMessages);
  const english = useLang() === 'en';
  const route = matchRoute(useAppLocation().pathname);
  const { rules, units, fetching, error, retry } = useReceivingUnits(route.name === 'procedure' ? route.code : '', level);
  const [unitCode, setUnitCode] = useState('');
  const single = units?.length === 1 ? units[0] : null;
  const chosen = single ?? units?.find((unit) => unit.code === unitCode);

  return (
    <section className={styles.section} aria-labelledby="where-title">
      <h2 id="where-title" className={styles.sectionTitle}>
        {t('whereTitle')}
      </h2>
      {rules && <p className={styles.intro}>{where(introKey(rules))}</p>}
      {error && <ErrorAlert error={error} onRetry={retry} />}
      {!units && fetching && <Spinner label={t('loading')} />}
      {units && !single && (
        <SelectField label={where('where.choose')} value={unitCode} onChange={(event) => setUnitCode(event.target.value)}>
          <option value="">{where('where.prompt')}</option>
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
