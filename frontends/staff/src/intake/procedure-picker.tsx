import { Button, ErrorAlert, Spinner, TextField, useLang, useT } from '@motcua/ui';
import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import styles from './counter-intake.module.css';
import { PROCEDURE_SEARCH, type ProcedureSummary, type UnitLevel } from './counter-intake.query';
import { receivableAt } from './intake-form';
import { intakeMessages } from './intake.messages';

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** Search the catalogue as the officer types (diacritics optional) and pick one this counter receives. */
export function ProcedurePicker({ unitLevel, onPick }: { unitLevel: UnitLevel | null; onPick: (code: string) => void }) {
  const t = useT(intakeMessages);
  const lang = useLang();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PROCEDURE_SEARCH, variables: { search: search || null } });
  const result = data?.procedures;
  const receivable = result?.nodes.filter((procedure) => receivableAt(procedure, unitLevel)) ?? [];

  return (
    <div className={styles.picker}>
      <TextField
        label={t('procedure.search')}
        hint={t('procedure.searchHint')}
        type="search"
        value={text}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          // Enter picks the only match: quick at a busy counter.
          if (event.key === 'Enter' && receivable.length === 1) {
            event.preventDefault();
            onPick(receivable[0]!.code);
          }
        }}
      />
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!result && fetching && <Spinner label={t('loading')} />}
      {result && (
        <div aria-live="polite" aria-busy={fetching}>
          {result.nodes.length === 0 ? (
            <p className={styles.muted}>{t('procedure.none')}</p>
          ) : (
            <ul className={styles.results} aria-label={t('procedure.results')}>
              {result.nodes.map((procedure: ProcedureSummary) => (
                <li key={procedure.code} className={styles.result}>
                  <span className={styles.resultText}>
                    <span className={styles.resultName}>{lang === 'en' ? procedure.nameEn : procedure.name}</span>
                    <span className={styles.muted}>
                      {procedure.code} · {lang === 'en' ? procedure.fieldEn : procedure.field} · {t('procedure.days', { days: procedure.processingDays })}
                      {procedure.acrossBoundary && ` · ${t('procedure.across')}`}
                    </span>
                  </span>
                  {receivableAt(procedure, unitLevel) ? (
                    <Button
                      variant="secondary"
                      size="small"
                      onClick={() => onPick(procedure.code)}
                      aria-label={`${t('procedure.choose')}: ${procedure.code} ${lang === 'en' ? procedure.nameEn : procedure.name}`}
                    >
                      {t('procedure.choose')}
                    </Button>
                  ) : (
                    <span className={styles.muted}>{t('procedure.notHere')}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {result.totalCount > result.nodes.length && <p className={styles.muted}>{t('procedure.more', { shown: result.nodes.length, total: result.totalCount })}</p>}
        </div>
      )}
    </div>
  );
}
