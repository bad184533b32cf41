import { useSyncExternalStore } from 'react';

/**
 * A value kept in localStorage and shared by every micro-frontend on the page. Each app bundles its own copy of
 * this kit, so module state cannot be shared: the storage is the truth, and a window event tells the other
 * copies (and the `storage` event other tabs) that it changed.
 */
export interface BrowserStore {
  read(): string | null;
  write(value: string | null): void;
  subscribe(onChange: () => void): () => void;
}

export function createBrowserStore(storageKey: string): BrowserStore {
  const changeEvent = `${storageKey}:change`;
  // Used when storage is unavailable (disabled cookies, some private modes), so the page still works for this visit.
  let memoryValue: string | null = null;

  return {
    read() {
      try {
        return window.localStorage.getItem(storageKey);
      } catch {
        return memoryValue;
      }
    },
    write(value) {
      memoryValue = value;
      try {
        if (value === null) window.localStorage.removeItem(storageKey);
        else window.localStorage.setItem(storageKey, value);
      } catch {
        // Storage refused: the memory copy above stands in.
      }
      window.dispatchEvent(new Event(changeEvent));
    },
    subscribe(onChange) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === storageKey || event.key === null) onChange();
      };
      window.addEventListener(changeEvent, onChange);
      window.addEventListener('storage', onStorage);
      return () => {
        window.removeEventListener(changeEvent, onChange);
        window.removeEventListener('storage', onStorage);
      };
    },
  };
}

export function useBrowserStore(store: BrowserStore): string | null {
  return useSyncExternalStore(store.subscribe, store.read);
}
