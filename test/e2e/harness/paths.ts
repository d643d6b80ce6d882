import { resolve } from 'node:path';
import { inject } from 'vitest';
import { BROWSER_PATHS, type BrowserName } from '../../../tools/launch-browser';

export const ROOT = resolve(import.meta.dirname, '../../..');

export { BROWSER_PATHS, type BrowserName };

/** The builds under test, made by global-setup.ts for this run. */
export function extensionDir(name: BrowserName): string {
  return inject('extensionDirs')[name];
}
