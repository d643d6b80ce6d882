import { browser } from 'wxt/browser';
import type { TrialMlAccess } from './model';

/**
 * Firefox's `browser.trial.ml`, reached only through the optional permission `trialML` (declared for Firefox only,
 * asked for from a click in Options). The API exists only where Firefox enables it; elsewhere `supported` is false.
 */
export function trialMlAccess(): TrialMlAccess {
  return {
    api: () => (browser as unknown as { trial?: { ml?: never } }).trial?.ml,
    hasPermission: () => browser.permissions.contains({ permissions: ['trialML' as never] }).catch(() => false),
    requestPermission: () => browser.permissions.request({ permissions: ['trialML' as never] }).catch(() => false),
    supported: () => import.meta.env.FIREFOX && 'trial' in browser,
  };
}
