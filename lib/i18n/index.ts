import type { Message, MessageKey, Surface } from './catalog';
import common from './catalogs/en/common';
import failures from './catalogs/en/failures';
import form from './catalogs/en/form';
import prompt from './catalogs/en/prompt';
import suggest from './catalogs/en/suggest';
import { detectLocale, type Locale } from './locales';

export { SURFACES } from './catalog';
export { detectLocale, dirOf, LOCALE_NAMES, LOCALES, type Locale } from './locales';
export type { MessageKey, Surface };
export type Params = Record<string, string | number>;

/**
 * Where another language's strings come from: extension pages import them (lib/i18n/load.ts, one chunk per language
 * and surface); the x.com content script asks the background (lib/i18n/from-background.ts), because a content script
 * is one file and would otherwise carry every language.
 */
export type CatalogSource = (locale: Exclude<Locale, 'en'>, surfaces: Surface[]) => Promise<Record<string, Message>>;
let source: CatalogSource | undefined;

export function setCatalogSource(next: CatalogSource): void {
  source = next;
}

/**
 * English is always there: it is the fallback while another language loads. Other languages are loaded per surface
 * (lib/i18n/load.ts) before a view renders, so `t()` stays synchronous for callers.
 */
const english: Record<string, Message> = { ...common, ...failures, ...form, ...prompt, ...suggest };

/**
 * English for a page's own surfaces beyond what every view shows (Options, the popup): each entrypoint brings its own,
 * so the x.com content script, which loads on every page of x.com, does not carry them.
 */
export function addEnglish(...catalogs: ReadonlyArray<Record<string, Message>>): void {
  for (const catalog of catalogs) Object.assign(english, catalog);
}
const loaded = new Map<Locale, Record<string, Message>>([['en', english]]);
const loadedSurfaces = new Map<Locale, Set<Surface>>();
const listeners = new Set<() => void>();
/** The surfaces this context shows: an x.com page needs the prompt's strings, not the options page's. */
let surfaces: readonly Surface[] = ['common', 'failures', 'form', 'prompt', 'suggest'];
let current: Locale = detectLocale(globalThis.navigator?.language);

/** Which surfaces this context shows (call once, before the first setLocale or loadLocale). */
export function useSurfaces(shown: readonly Surface[]): void {
  surfaces = shown;
}

/** Loads the strings of `locale` for this context's surfaces; resolves once `t()` answers in that language. */
export async function loadLocale(locale: Locale, shown: readonly Surface[] = surfaces): Promise<void> {
  if (locale === 'en') return;
  const done = loadedSurfaces.get(locale) ?? new Set<Surface>();
  const missing = shown.filter((surface) => !done.has(surface));
  if (missing.length === 0 || !source) return;
  const catalog = await source(locale, missing);
  loaded.set(locale, { ...(loaded.get(locale) ?? {}), ...catalog });
  for (const surface of missing) done.add(surface);
  loadedSurfaces.set(locale, done);
  for (const listener of listeners) listener();
}

/**
 * Sets the language at once; strings not loaded yet show in English until they are, then listeners hear of it
 * (a view that cannot await, like the x.com prompt, re-renders then).
 */
export function setLocale(locale: Locale): void {
  const changed = locale !== current;
  current = locale;
  void loadLocale(locale).catch(() => {
    // A chunk that cannot load (extension updated under the page) leaves English: readable, never blank.
  });
  if (changed) for (const listener of listeners) listener();
}

export function getLocale(): Locale {
  return current;
}

/** Called when strings of a newly loaded language, or the language itself, change. Returns the unsubscribe. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(english, key);
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * The string for `key` in the current language, `{name}` placeholders filled from `params`. A message with plural
 * forms picks the one Intl.PluralRules names for `params.count` (Arabic has six, Japanese one).
 */
export function t(key: MessageKey, params: Params = {}): string {
  const message = loaded.get(current)?.[key] ?? english[key] ?? key;
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    const count = Number(params.count ?? 0);
    template = message[pluralOf(current, count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The locale for a user setting: 'auto' follows the browser. */
export function resolveLocale(setting: 'auto' | Locale): Locale {
  return setting === 'auto' ? detectLocale(globalThis.navigator?.language) : setting;
}
