import { useSyncExternalStore } from 'react';

const WIDE = '(min-width: 40rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/**
 * True from a tablet's width up, where a table has room for every column. On a phone each row becomes a card of
 * label–value lines, so tables show the few columns that matter there and fewer rows per page.
 */
export function useIsWide(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);
}
