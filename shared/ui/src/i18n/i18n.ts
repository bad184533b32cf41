import { useMemo } from 'react';
import { createBrowserStore, useBrowserStore } from '../browser-store';
import { sharedMessages, type SharedMessages } from './shared.messages';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
const DEFAULT_LANG: Lang = 'vi';

/** A message is plain text, or a function of its parameters when it must place values or agree in number. */
type Message = string | ((params: never) => string);
export type Messages = Record<string, Message>;

/** The English side must have every Vietnamese key, with the same parameters. */
export interface Dictionary<M extends Messages> {
  vi: M;
  en: { [K in keyof M]: M[K] extends string ? string : M[K] };
}

type ParamsOf<V> = V extends (params: infer P) => string ? [params: P] : [];
export type Translate<M extends Messages> = <K extends keyof M & string>(key: K, ...params: ParamsOf<M[K]>) => string;

/** Checks both languages against each other at compile time; returns the dictionary unchanged. */
export function defineMessages<M extends Messages>(dictionary: Dictionary<M>): Dictionary<M> {
  return dictionary;
}

const langStore = createBrowserStore('motcua.lang');

function parseLang(value: string | null): Lang {
  return value === 'en' || value === 'vi' ? value : DEFAULT_LANG;
}

export function getLang(): Lang {
  return parseLang(langStore.read());
}

export function setLang(lang: Lang): void {
  langStore.write(lang);
}

export function useLang(): Lang {
  return parseLang(useBrowserStore(langStore));
}

/** Calls `listener` whenever the language changes, in this app or another; returns the unsubscribe. */
export function subscribeLang(listener: () => void): () => void {
  return langStore.subscribe(listener);
}

export function translate<M extends Messages>(dictionary: Dictionary<M>, lang: Lang): Translate<M & SharedMessages> {
  const own = dictionary[lang] as Messages;
  const shared = sharedMessages[lang] as Messages;
  return ((key: string, params?: unknown) => {
    const message = own[key] ?? shared[key];
    if (message === undefined) return key;
    return typeof message === 'function' ? (message as (p: unknown) => string)(params) : message;
  }) as Translate<M & SharedMessages>;
}

const noMessages = defineMessages({ vi: {}, en: {} });

/** `t` over the shared strings only, for the kit's own components. */
export function useSharedT(): Translate<SharedMessages> {
  return useT(noMessages);
}

/** `t` for the current language, over the app's dictionary and the shared one. */
export function useT<M extends Messages>(dictionary: Dictionary<M>): Translate<M & SharedMessages> {
  const lang = useLang();
  return useMemo(() => translate(dictionary, lang), [dictionary, lang]);
}
