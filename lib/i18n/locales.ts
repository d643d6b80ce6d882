/** The interface languages. The page language of x.com never matters: the browser's, or the user's choice. */
export const LOCALES = ['en', 'fr', 'ja', 'es', 'pt-BR', 'de', 'ar', 'ko', 'tr', 'id'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the language choice in Options. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ja: '日本語',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
  ar: 'العربية',
  ko: '한국어',
  tr: 'Türkçe',
  id: 'Bahasa Indonesia',
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(['ar']);

/** The text direction to set as `dir` on a surface's root. */
export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The language for a browser language tag: an exact match (pt-BR), else the base language (fr-CA → fr, pt-PT →
 * pt-BR, the only Portuguese here), else English.
 */
export function detectLocale(language: string | undefined): Locale {
  const tag = (language ?? '').toLowerCase();
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
  if (exact) return exact;
  const base = tag.split('-')[0];
  // Indonesian is also tagged with its older code `in` by some systems.
  if (base === 'in') return 'id';
  return LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === base) ?? 'en';
}
