/** The last search's query string, so "back to the results" on a procedure page returns to the same list. */
const KEY = 'motcua.citizens.lastSearch';

export function rememberSearch(query: string): void {
  try {
    window.sessionStorage.setItem(KEY, query);
  } catch {
    // Without storage, "back" goes to a fresh search.
  }
}

export function lastSearch(): string {
  try {
    const query = window.sessionStorage.getItem(KEY) ?? '';
    return query.startsWith('?') ? query : '';
  } catch {
    return '';
  }
}
