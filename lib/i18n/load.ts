import type { Catalog, Message, Surface } from './catalog';
import common from './catalogs/en/common';
import failures from './catalogs/en/failures';
import form from './catalogs/en/form';
import options from './catalogs/en/options';
import popup from './catalogs/en/popup';
import prompt from './catalogs/en/prompt';
import suggest from './catalogs/en/suggest';
import type { Locale } from './locales';

type Loader = () => Promise<{ default: Record<string, Message> }>;
type Loaders = Record<Surface, Loader>;

/**
 * One dynamic import per language and surface, so each becomes its own chunk and a page loads only the strings it
 * shows in the language it shows them. The literal paths let the bundler see every chunk.
 */
const loaders = (
  common: () => Promise<{ default: Catalog<'common'> }>,
  failures: () => Promise<{ default: Catalog<'failures'> }>,
  form: () => Promise<{ default: Catalog<'form'> }>,
  options: () => Promise<{ default: Catalog<'options'> }>,
  popup: () => Promise<{ default: Catalog<'popup'> }>,
  prompt: () => Promise<{ default: Catalog<'prompt'> }>,
  suggest: () => Promise<{ default: Catalog<'suggest'> }>,
): Loaders => ({ common, failures, form, options, popup, prompt, suggest });

export const LOADERS: Record<Exclude<Locale, 'en'>, Loaders> = {
  fr: loaders(
    () => import('./catalogs/fr/common'),
    () => import('./catalogs/fr/failures'),
    () => import('./catalogs/fr/form'),
    () => import('./catalogs/fr/options'),
    () => import('./catalogs/fr/popup'),
    () => import('./catalogs/fr/prompt'),
    () => import('./catalogs/fr/suggest'),
  ),
  ja: loaders(
    () => import('./catalogs/ja/common'),
    () => import('./catalogs/ja/failures'),
    () => import('./catalogs/ja/form'),
    () => import('./catalogs/ja/options'),
    () => import('./catalogs/ja/popup'),
    () => import('./catalogs/ja/prompt'),
    () => import('./catalogs/ja/suggest'),
  ),
  es: loaders(
    () => import('./catalogs/es/common'),
    () => import('./catalogs/es/failures'),
    () => import('./catalogs/es/form'),
    () => import('./catalogs/es/options'),
    () => import('./catalogs/es/popup'),
    () => import('./catalogs/es/prompt'),
    () => import('./catalogs/es/suggest'),
  ),
  'pt-BR': loaders(
    () => import('./catalogs/pt-BR/common'),
    () => import('./catalogs/pt-BR/failures'),
    () => import('./catalogs/pt-BR/form'),
    () => import('./catalogs/pt-BR/options'),
    () => import('./catalogs/pt-BR/popup'),
    () => import('./catalogs/pt-BR/prompt'),
    () => import('./catalogs/pt-BR/suggest'),
  ),
  de: loaders(
    () => import('./catalogs/de/common'),
    () => import('./catalogs/de/failures'),
    () => import('./catalogs/de/form'),
    () => import('./catalogs/de/options'),
    () => import('./catalogs/de/popup'),
    () => import('./catalogs/de/prompt'),
    () => import('./catalogs/de/suggest'),
  ),
  ar: loaders(
    () => import('./catalogs/ar/common'),
    () => import('./catalogs/ar/failures'),
    () => import('./catalogs/ar/form'),
    () => import('./catalogs/ar/options'),
    () => import('./catalogs/ar/popup'),
    () => import('./catalogs/ar/prompt'),
    () => import('./catalogs/ar/suggest'),
  ),
  ko: loaders(
    () => import('./catalogs/ko/common'),
    () => import('./catalogs/ko/failures'),
    () => import('./catalogs/ko/form'),
    () => import('./catalogs/ko/options'),
    () => import('./catalogs/ko/popup'),
    () => import('./catalogs/ko/prompt'),
    () => import('./catalogs/ko/suggest'),
  ),
  tr: loaders(
    () => import('./catalogs/tr/common'),
    () => import('./catalogs/tr/failures'),
    () => import('./catalogs/tr/form'),
    () => import('./catalogs/tr/options'),
    () => import('./catalogs/tr/popup'),
    () => import('./catalogs/tr/prompt'),
    () => import('./catalogs/tr/suggest'),
  ),
  id: loaders(
    () => import('./catalogs/id/common'),
    () => import('./catalogs/id/failures'),
    () => import('./catalogs/id/form'),
    () => import('./catalogs/id/options'),
    () => import('./catalogs/id/popup'),
    () => import('./catalogs/id/prompt'),
    () => import('./catalogs/id/suggest'),
  ),
};

/** The strings of `surfaces` in `locale`, imported (a CatalogSource for extension pages and the background). */
export async function importCatalog(
  locale: Exclude<Locale, 'en'>,
  surfaces: readonly Surface[],
): Promise<Record<string, Message>> {
  const catalogs = await Promise.all(surfaces.map((surface) => LOADERS[locale][surface]()));
  return Object.assign({}, ...catalogs.map((catalog) => catalog.default));
}

/** Every key of the English catalogs a language lacks, as `surface:key`: the translators' list (a unit test). */
export async function missingKeys(locale: Locale): Promise<string[]> {
  if (locale === 'en') return [];
  const english: Record<Surface, Record<string, Message>> = { common, failures, form, options, popup, prompt, suggest };
  const missing: string[] = [];
  for (const surface of Object.keys(english) as Surface[]) {
    const theirs: Record<string, Message> = (await LOADERS[locale][surface]()).default;
    for (const key of Object.keys(english[surface])) {
      const value = theirs[key];
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) missing.push(`${surface}:${key}`);
    }
  }
  return missing;
}
