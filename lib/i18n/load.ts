import type { Catalog, Message, Surface } from './catalog';
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
): Loaders => ({ common, failures, form, options, popup, prompt });

export const LOADERS: Record<Exclude<Locale, 'en'>, Loaders> = {
  fr: loaders(
    () => import('./catalogs/fr/common'),
    () => import('./catalogs/fr/failures'),
    () => import('./catalogs/fr/form'),
    () => import('./catalogs/fr/options'),
    () => import('./catalogs/fr/popup'),
    () => import('./catalogs/fr/prompt'),
  ),
  ja: loaders(
    () => import('./catalogs/ja/common'),
    () => import('./catalogs/ja/failures'),
    () => import('./catalogs/ja/form'),
    () => import('./catalogs/ja/options'),
    () => import('./catalogs/ja/popup'),
    () => import('./catalogs/ja/prompt'),
  ),
  es: loaders(
    () => import('./catalogs/es/common'),
    () => import('./catalogs/es/failures'),
    () => import('./catalogs/es/form'),
    () => import('./catalogs/es/options'),
    () => import('./catalogs/es/popup'),
    () => import('./catalogs/es/prompt'),
  ),
  'pt-BR': loaders(
    () => import('./catalogs/pt-BR/common'),
    () => import('./catalogs/pt-BR/failures'),
    () => import('./catalogs/pt-BR/form'),
    () => import('./catalogs/pt-BR/options'),
    () => import('./catalogs/pt-BR/popup'),
    () => import('./catalogs/pt-BR/prompt'),
  ),
  de: loaders(
    () => import('./catalogs/de/common'),
    () => import('./catalogs/de/failures'),
    () => import('./catalogs/de/form'),
    () => import('./catalogs/de/options'),
    () => import('./catalogs/de/popup'),
    () => import('./catalogs/de/prompt'),
  ),
  ar: loaders(
    () => import('./catalogs/ar/common'),
    () => import('./catalogs/ar/failures'),
    () => import('./catalogs/ar/form'),
    () => import('./catalogs/ar/options'),
    () => import('./catalogs/ar/popup'),
    () => import('./catalogs/ar/prompt'),
  ),
  ko: loaders(
    () => import('./catalogs/ko/common'),
    () => import('./catalogs/ko/failures'),
    () => import('./catalogs/ko/form'),
    () => import('./catalogs/ko/options'),
    () => import('./catalogs/ko/popup'),
    () => import('./catalogs/ko/prompt'),
  ),
  tr: loaders(
    () => import('./catalogs/tr/common'),
    () => import('./catalogs/tr/failures'),
    () => import('./catalogs/tr/form'),
    () => import('./catalogs/tr/options'),
    () => import('./catalogs/tr/popup'),
    () => import('./catalogs/tr/prompt'),
  ),
  id: loaders(
    () => import('./catalogs/id/common'),
    () => import('./catalogs/id/failures'),
    () => import('./catalogs/id/form'),
    () => import('./catalogs/id/options'),
    () => import('./catalogs/id/popup'),
    () => import('./catalogs/id/prompt'),
  ),
};
