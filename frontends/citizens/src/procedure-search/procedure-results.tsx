import { Button, EmptyState, ErrorAlert, Spinner, formatNumber, useLang, useT } from '@motcua/ui';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { citizensMessages } from '../citizens.messages';
import { ProcedureCard } from './procedure-card';
import styles from './procedure-search.module.css';
import { SEARCH_PROCEDURES, type ProcedureFilters } from './procedures.query';
import { filtersKey, type SearchState } from './search-params';

const PAGE_SIZE = 10;

interface LoadedPage {
  totalCount: number;
  shown: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * One page of results, as <li> items of the list: it asks for PAGE_SIZE procedures after `after` (the previous
 * page's endCursor) and reports what it found, so the next page knows where to start.
 */
function ResultsPage({ filters, after, focusOnLoad, onLoaded }: { filters: ProcedureFilters; after: string | null; focusOnLoad: boolean; onLoaded: (page: LoadedPage) => void }) {
  const t = useT(citizensMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SEARCH_PROCEDURES, variables: { ...filters, first: PAGE_SIZE, after } });
  const procedures = data?.procedures;
  const firstItem = useRef<HTMLLIElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a page of results arrives; the parent's callback and flag are read as they are then.
  useEffect(() => {
    if (!procedures) return;
    onLoaded({
      totalCount: procedures.totalCount,
      shown: procedures.nodes.length,
      hasNextPage: procedures.pageInfo.hasNextPage,
      endCursor: procedures.pageInfo.endCursor,
    });
    // "Show more" by keyboard: go on reading at the first new result, not back at the top.
    if (focusOnLoad) firstItem.current?.querySelector('a')?.focus();
  }, [procedures]);

  if (error) {
    return (
      <li>
        <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </li>
    );
  }
  if (!procedures) {
    return fetching && after ? (
      <li className={styles.pageLoading}>
        <Spinner label={t('results.loadingMore')} />
      </li>
    ) : null;
  }
  return (
    <>
      {procedures.nodes.map((procedure, index) => (
        <li key={procedure.code} ref={index === 0 ? firstItem : undefined}>
          <ProcedureCard procedure={procedure} />
        </li>
      ))}
    </>
  );
}

export function ProcedureResults({ state, onShowMore }: { state: SearchState; onShowMore: () => void }) {
  const t = useT(citizensMessages);
  const lang = useLang();
  const key = filtersKey(state);
  const [loaded, setLoaded] = useState<{ key: string; pages: LoadedPage[] }>({ key, pages: [] });
  const pages = loaded.key === key ? loaded.pages : [];
  const [focusPage, setFocusPage] = useState<number | null>(null);
  const filters: ProcedureFilters = { search: state.search, field: state.field, settlingLevel: state.settlingLevel, onlineLevel: state.onlineLevel };

  function record(index: number, page: LoadedPage) {
    setLoaded((previous) => {
      const kept = previous.key === key ? previous.pages.slice(0, index) : [];
      kept[index] = page;
      return { key, pages: kept };
    });
  }

  // Page i can be asked for once page i-1 has said where it ended.
  const rendered: { index: number; after: string | null }[] = [];
  for (let index = 0; index < state.pages; index += 1) {
    if (index === 0) rendered.push({ index, after: null });
    else if (pages[index - 1]?.hasNextPage) rendered.push({ index, after: pages[index - 1].endCursor });
    else break;
  }
  const first = pages[0];
  const last = pages[rendered.length - 1];
  const shown = pages.slice(0, rendered.length).reduce((sum, page) => sum + (page?.shown ?? 0), 0);
  const loadingFirst = !first;

  return (
    <section className={styles.results} aria-labelledby="procedure-results-heading">
      <h2 id="procedure-results-heading" className={styles.resultsHeading}>
        {t('results.heading')}
      </h2>
      <p className={styles.total} aria-live="polite">
        {first ? t('results.total', { count: formatNumber(first.totalCount, lang) }) : ''}
      </p>
      {loadingFirst && <Spinner label={t('loading')} />}
      <ul className={styles.list} key={key}>
        {rendered.map(({ index, after }) => (
          <ResultsPage key={`${index}:${after ?? ''}`} filters={filters} after={after} focusOnLoad={focusPage === index} onLoaded={(page) => record(index, page)} />
        ))}
      </ul>
      {first && first.totalCount === 0 && <EmptyState title={t('results.emptyTitle')} description={t('results.emptyDescription')} />}
      {last?.hasNextPage && rendered.length === state.pages && (
        <div className={styles.more}>
          <p className={styles.showing}>{t('results.showing', { shown: formatNumber(shown, lang), total: formatNumber(first?.totalCount ?? shown, lang) })}</p>
          <Button
            variant="secondary"
            onClick={() => {
              setFocusPage(state.pages);
              onShowMore();
            }}
          >
            {t('results.loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
