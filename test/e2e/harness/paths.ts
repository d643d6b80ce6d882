import { resolve } from 'node:path';
import { inject } from 'vitest';
import { GECKO_ID } from '../../../wxt.config';

export const ROOT = resolve(import.meta.dirname, '../../..');

export const BROWSER_PATHS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
} as const;

export type BrowserName = keyof typeof BROWSER_PATHS;

/** The builds under test, made by global-setup.ts for this run. */
export function extensionDir(name: BrowserName): string {
  return inject('extensionDirs')[name];
}

export { GECKO_ID };

/** A fixed moz-extension:// UUID, so tests can open the extension's pages in Firefox. */
export const FIREFOX_EXTENSION_UUID = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
