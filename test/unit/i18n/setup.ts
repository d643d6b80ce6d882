import { addEnglish, LOCALES, loadLocale, SURFACES, setCatalogSource } from '../../../lib/i18n';
import options from '../../../lib/i18n/catalogs/en/options';
import popup from '../../../lib/i18n/catalogs/en/popup';
import { importCatalog } from '../../../lib/i18n/load';

// Views call setLocale() synchronously once their strings are loaded; tests switch languages the same way, so every
// language is loaded before any test runs (the extension loads only what a page shows, see lib/i18n/load.ts).
setCatalogSource(importCatalog);
addEnglish(options, popup);
await Promise.all(LOCALES.map((locale) => loadLocale(locale, SURFACES)));
