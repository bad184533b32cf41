import { Button, SelectField, useT, type OnlineLevel, type SettlingLevel, Options } from '@motcua/ui';
import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { citizensMessages } from '../citizens.messages';
import styles from './procedure-search.module.css';
import { PROCEDURE_FIELDS } from './procedures.query';
import { SETTLING_LEVELS, type SearchState } from './search-params';

const ONLINE_LEVELS: readonly OnlineLevel[] = ['FULL', 'PARTIAL', 'NONE'];

/** Field, settling level and online level; folded away on a phone until wanted, open while one is in use. */
export function ProcedureFiltersPanel({ state, onChange }: { state: SearchState; onChange: (next: SearchState) => void }) {
  const t = useT(citizensMessages);
  const [{ data }] = useQuery({ query: PROCEDURE_FIELDS });
  const active = [state.field, state.settlingLevel, state.onlineLevel].filter(Boolean).length;
  const fields = data?.procedureFields ?? (state.field ? [state.field] : []);
  // Open at first when a filter is in use (a shared link); then the user's own toggling rules.
  const [open, setOpen] = useState(active > 0);
  const summary = useRef<HTMLElement>(null);

  function clear() {
    onChange({ ...state, field: null, settlingLevel: null, onlineLevel: null });
    // The clear button goes away with the filters; leave focus somewhere sensible.
    summary.current?.focus();
  }

  return (
    <details className={styles.filters} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary ref={summary} className={styles.filtersSummary}>
        <span>
          {t('filters.title')}
          {active > 0 && <span className={styles.filterCount}>{t('filters.active', { count: active })}</span>}
        </span>
      </summary>
      <div className={styles.filterGrid}>
        <SelectField label={t('filters.field')} name="field" value={state.field ?? ''} onChange={(event) => onChange({ ...state, field: event.target.value || null })}>
          <option value="">{t('filters.allFields')}</option>
          {fields.map((field) => (
            <option key={field} value={field}>
              {field}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('filters.settlingLevel')}
          name="settlingLevel"
          value={state.settlingLevel ?? ''}
          onChange={(event) => onChange({ ...state, settlingLevel: (event.target.value || null) as SettlingLevel | null })}
        >
          <option value="">{t('filters.allLevels')}</option>
          <Options values={SETTLING_LEVELS} label={(level) => t(`settlingLevel.${level}`)} />
        </SelectField>
        <SelectField
          label={t('filters.onlineLevel')}
          name="onlineLevel"
          value={state.onlineLevel ?? ''}
          onChange={(event) => onChange({ ...state, onlineLevel: (event.target.value || null) as OnlineLevel | null })}
        >
          <option value="">{t('filters.allOnlineLevels')}</option>
          <Options values={ONLINE_LEVELS} label={(level) => `${t(`onlineLevel.${level}`)} — ${t(`onlineLevelHint.${level}`)}`} />
        </SelectField>
      </div>
      {active > 0 && (
        <Button variant="ghost" size="small" onClick={clear}>
          {t('filters.clear')}
        </Button>
      )}
    </details>
  );
}
