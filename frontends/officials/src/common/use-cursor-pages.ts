import { useCallback, useState } from 'react';

/**
 * Server-side pages over a cursor connection: the cursors of the pages already seen are kept, so "previous" goes
 * back exactly and "next" continues from the last page's end. A filter change starts again at page 1.
 */
export function useCursorPages(pageSize: number) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  return {
    first: pageSize,
    after: cursors[cursors.length - 1],
    page,
    pageCount: (totalCount: number) => Math.max(1, Math.ceil(totalCount / pageSize)),
    next: useCallback((endCursor: string | null) => endCursor && setCursors((c) => [...c, endCursor]), []),
    previous: useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []),
    reset: useCallback(() => setCursors([null]), []),
  };
}
