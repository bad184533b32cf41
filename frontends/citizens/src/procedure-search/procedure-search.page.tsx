import { Button, EmptyState, ErrorAlert, PageHeader, ProgressBar, Spinner, TextField, formatNumber, useLang, useSession, useT } from '@motcua/ui';
import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { citizensMessages } from '../citizens.messages';
import { ProcedureCard } from './procedure-card';
import styles from './procedure-search.module.css';
import { SEARCH_PROCEDURES } from './procedures.query';
import { useDebouncedValue } from './use-debounced-value';

const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 350;

export function ProcedureSearchPage() {
  const t = useT(citizensMessages);
  const lang = useLang();
  const session = useSession();
  const [text, setText] = useState('');
  // A submitted search runs at once; typing runs after a pause.
  const [submitted, setSubmitted] = useState<string | null>(null);
  const debounced = useDebouncedValue(text, TYPING_PAUSE_MS);
  const search = (submitted ?? debounced).trim();
  const [pages, setPages] = useState({ search, count: 1 });
  // A new search starts again from its first page.
  const pageCount = pages.search === search ? pages.count : 1;

  const [result, reexecute] = useQuery({
    query: SEARCH_PROCEDURES,
    variables: { search: search || null, first: PAGE_SIZE * pageCount },
  });
  const { data, fetching, error } = result;
  const procedures = data?.procedures;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(text);
  }

  return (
    <div className={styles.page}>
      <PageHeader
        title={t('search.title')}
        description={
          <>
            {session && <strong>{t('search.greeting', { name: session.user.name })} </strong>}
            {t('search.description')}
          </>
        }
      />
      <form role="search" aria-label={t('search.region')} className={styles.searchForm} onSubmit={onSubmit}>
        <TextField
          className={styles.searchField}
          label={t('search.label')}
          hint={t('search.hint')}
          type="search"
          name="search"
          enterKeyHint="search"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSubmitted(null);
          }}
        />
        <Button type="submit" className={styles.searchButton}>
          {t('search.submit')}
        </Button>
      </form>

      <section className={styles.results} aria-labelledby="procedure-results-heading" aria-busy={fetching}>
        <h2 id="procedure-results-heading" className={styles.resultsHeading}>
          {t('results.heading')}
        </h2>
        {fetching && procedures && <ProgressBar label={t('loading')} />}
        {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
        {!procedures && fetching && <Spinner label={t('loading')} />}
        {procedures && (
          <>
            <p className={styles.total} aria-live="polite">
              {t('results.total', { count: formatNumber(procedures.totalCount, lang) })}
            </p>
            {procedures.nodes.length === 0 ? (
              <EmptyState title={t('results.emptyTitle')} description={t('results.emptyDescription')} />
            ) : (
              <ul className={styles.list}>
                {procedures.nodes.map((procedure) => (
                  <li key={procedure.code}>
                    <ProcedureCard procedure={procedure} />
                  </li>
                ))}
              </ul>
            )}
            {procedures.nodes.length < procedures.totalCount && (
              <div className={styles.more}>
                <p className={styles.showing}>
                  {t('results.showing', {
                    shown: formatNumber(procedures.nodes.length, lang),
                    total: formatNumber(procedures.totalCount, lang),
                  })}
                </p>
                <Button variant="secondary" busy={fetching} onClick={() => setPages({ search, count: pageCount + 1 })}>
                  {fetching ? t('results.loadingMore') : t('results.loadMore')}
                </Button>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
