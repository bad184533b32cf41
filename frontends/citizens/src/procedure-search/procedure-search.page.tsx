import { Button, PageHeader, TextField, navigate, useAppLocation, useSession, useT } from '@motcua/ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { citizensMessages } from '../citizens.messages';
import { paths } from '../citizens.routes';
import { rememberSearch } from '../common/last-search';
import { ProcedureFiltersPanel } from './procedure-filters';
import { ProcedureResults } from './procedure-results';
import styles from './procedure-search.module.css';
import { readSearchState, searchQueryString, type SearchState } from './search-params';
import { useDebouncedValue } from './use-debounced-value';

const TYPING_PAUSE_MS = 350;

function replaceSearch(state: SearchState) {
  navigate(paths.search(searchQueryString(state)), { replace: true, keepFocus: true });
}

export function ProcedureSearchPage() {
  const t = useT(citizensMessages);
  const session = useSession();
  const location = useAppLocation();
  const state = useMemo(() => readSearchState(location.search), [location.search]);
  const [text, setText] = useState(state.search ?? '');
  const debounced = useDebouncedValue(text, TYPING_PAUSE_MS);
  // What this page last wrote into the address, to tell its own updates from a navigation (a link to "/", Back).
  const written = useRef(state.search);

  function applySearch(value: string) {
    const search = value.trim() || null;
    if (search === state.search) return;
    written.current = search;
    replaceSearch({ ...state, search, pages: 1 });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a pause in typing triggers this; applySearch reads the latest state.
  useEffect(() => {
    applySearch(debounced);
  }, [debounced]);

  useEffect(() => rememberSearch(location.search), [location.search]);

  useEffect(() => {
    if (state.search !== written.current) {
      written.current = state.search;
      setText(state.search ?? '');
    }
  }, [state.search]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applySearch(text);
  }

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('search.title')}
        description={
          <>
            {/* A person's name is Vietnamese in either language: marked so, a screen reader says it right. */}
            {session && (
              <strong>
                {t('search.greeting')} <span lang="vi">{session.user.name}</span>.{' '}
              </strong>
            )}
            {t('search.description')}
          </>
        }
      />
      <form role="search" aria-label={t('search.region')} className={styles.searchForm} onSubmit={onSubmit}>
        <div className={styles.searchRow}>
          <TextField
            className={styles.searchField}
            label={t('search.label')}
            hint={t('search.hint')}
            type="search"
            name="search"
            enterKeyHint="search"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" className={styles.searchButton}>
            {t('search.submit')}
          </Button>
        </div>
        <ProcedureFiltersPanel state={state} onChange={(next) => replaceSearch({ ...next, pages: 1 })} />
      </form>
      <ProcedureResults state={state} onShowMore={() => replaceSearch({ ...state, pages: state.pages + 1 })} />
    </div>
  );
}
