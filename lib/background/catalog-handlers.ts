import { importCatalog } from '../i18n/load';
import { ok } from '../messages/result';
import type { Handlers } from '../messages/router';

/** Strings for the content script, which asks for its language's instead of carrying all ten (lib/i18n). */
export function catalogHandlers(): Pick<Handlers, 'i18n/catalog'> {
  return {
    'i18n/catalog': async ({ locale, surfaces }) => ok(await importCatalog(locale, surfaces)),
  };
}
