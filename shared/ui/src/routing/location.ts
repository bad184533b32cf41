import { useSyncExternalStore } from 'react';
import { navigateToUrl } from 'single-spa';

/**
 * The browser location, for routing inside a micro-frontend. single-spa owns the history: it patches pushState and
 * replaceState and fires this event after every navigation (links, back and forward, other apps), so an app re-reads
 * the location then, as the root's layout does.
 */
const ROUTING_EVENT = 'single-spa:routing-event';

export interface AppLocation {
  pathname: string;
  /** The query string with its leading '?', or ''. */
  search: string;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(ROUTING_EVENT, onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener(ROUTING_EVENT, onChange);
    window.removeEventListener('popstate', onChange);
  };
}

// useSyncExternalStore needs the same object while the location is the same.
let current: AppLocation = { pathname: '', search: '' };

function readLocation(): AppLocation {
  const { pathname, search } = window.location;
  if (current.pathname !== pathname || current.search !== search) current = { pathname, search };
  return current;
}

export function useAppLocation(): AppLocation {
  return useSyncExternalStore(subscribe, readLocation);
}

/** Moves focus to the new page's content once the navigation is done, as a full page load would. */
function focusMainAfterRouting() {
  window.addEventListener(
    ROUTING_EVENT,
    () => {
      window.scrollTo({ top: 0 });
      document.getElementById('motcua-main')?.focus({ preventScroll: true });
    },
    { once: true },
  );
}

export interface NavigateOptions {
  /** Replace the current history entry (a filter change) instead of adding one (a new page). */
  replace?: boolean;
  /** Keep focus where it is (the search box while typing) instead of moving it to the page's content. */
  keepFocus?: boolean;
}

/** Goes to `url` inside the single-spa page (same document; the app for the new path is mounted if it changes). */
export function navigate(url: string, { replace = false, keepFocus = false }: NavigateOptions = {}): void {
  if (!keepFocus) focusMainAfterRouting();
  if (replace) window.history.replaceState(window.history.state, '', url);
  else navigateToUrl(url);
}
