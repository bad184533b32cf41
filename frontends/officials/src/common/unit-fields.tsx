import { SelectField, useLang, useT } from '@motcua/ui';
import { officialsMessages } from '../officials.messages';
import { unitName } from './format';
import type { UnitOption } from './units.query';
import { useJurisdictionUnits } from './units.query';

/** Narrows a list to one unit (and what lies beneath it); empty means every unit in the official's charge. */
export function UnitFilter({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const t = useT(officialsMessages);
  const lang = useLang();
  const { units, fetching } = useJurisdictionUnits();
  return (
    <SelectField label={t('unit.label')} value={value} onChange={(e) => onChange(e.target.value)} hint={fetching ? t('unit.loading') : undefined}>
      <option value="">{t('unit.all')}</option>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {unitName(u, lang)}
        </option>
      ))}
    </SelectField>
  );
}

/** The unit a record belongs to: the official's own unit or one beneath it. */
export function UnitSelectField({ label, value, onChange, error, units: given }: { label: string; value: string; onChange: (code: string) => void; error?: string | null; units?: UnitOption[] }) {
  const t = useT(officialsMessages);
  const lang = useLang();
  const { units: all } = useJurisdictionUnits();
  const units = given ?? all;
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)} error={error} required>
      <option value="" disabled>
        {t('unit.label')}…
      </option>
      {units.map((u) => (
        <option key={u.code} value={u.code}>
          {unitName(u, lang)}
        </option>
      ))}
    </SelectField>
  );
}
