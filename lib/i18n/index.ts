import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };
export type Locale = 'en' | 'fr';
export type Params = Record<string, string | number>;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, fr };
let current: Locale = detectLocale(globalThis.navigator?.language);

/** The browser's language chooses (French for any `fr-*`), unless the user picked one in Options. */
export function detectLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The string for `key` in the current locale, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params: Params = {}): string {
  const template = CATALOGS[current][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The locale for a user setting: 'auto' follows the browser. */
export function resolveLocale(setting: 'auto' | Locale): Locale {
  return setting === 'auto' ? detectLocale(globalThis.navigator?.language) : setting;
}
