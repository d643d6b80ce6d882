import { resolve } from 'node:path';
import { GECKO_ID } from '../../../wxt.config';

export const ROOT = resolve(import.meta.dirname, '../../..');

export const BROWSER_PATHS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
} as const;

export type BrowserName = keyof typeof BROWSER_PATHS;

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve(ROOT, '.output/chrome-mv3'),
  firefox: resolve(ROOT, '.output/firefox-mv3'),
};

export { GECKO_ID };

/** A fixed moz-extension:// UUID, so tests can open the extension's pages in Firefox. */
export const FIREFOX_EXTENSION_UUID = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
