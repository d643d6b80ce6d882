import type common from './catalogs/en/common';
import type failures from './catalogs/en/failures';
import type form from './catalogs/en/form';
import type options from './catalogs/en/options';
import type popup from './catalogs/en/popup';
import type prompt from './catalogs/en/prompt';
import type suggest from './catalogs/en/suggest';

/**
 * A message is a template with `{name}` placeholders, or one template per plural category (Intl.PluralRules) when
 * it counts something: `{ one: '{count} item', other: '{count} items' }`, chosen by the `count` parameter.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

/**
 * The English catalogs, one per surface, are the source of the keys. A surface is what one part of the extension
 * shows, so an x.com page loads the prompt's and the form's strings, not the options page's.
 */
export interface EnglishCatalogs {
  common: typeof common;
  failures: typeof failures;
  form: typeof form;
  options: typeof options;
  popup: typeof popup;
  prompt: typeof prompt;
  suggest: typeof suggest;
}
export type Surface = keyof EnglishCatalogs;
export const SURFACES = [
  'common',
  'failures',
  'form',
  'options',
  'popup',
  'prompt',
  'suggest',
] as const satisfies Surface[];

/** Another language's catalog of a surface: every English key, no other (a missing or extra key is a type error). */
export type Catalog<S extends Surface> = { [K in keyof EnglishCatalogs[S]]: Message };

export type MessageKey = { [S in Surface]: keyof EnglishCatalogs[S] }[Surface] & string;
