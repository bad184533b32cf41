import { useSyncExternalStore } from 'react';

// single-spa fires this after every navigation, including pushState calls it patched.
const ROUTING_EVENT = 'single-spa:routing-event';

function subscribe(onChange: () => void): () => void {
  window.addEventListener(ROUTING_EVENT, onChange);
  return () => window.removeEventListener(ROUTING_EVENT, onChange);
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}
