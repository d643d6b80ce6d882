import { AccountStatusSchema } from '../account/status';
import { TabsSchema } from '../background/tab-registry';
import { JobSchema } from '../queue/job';
import { DEFAULT_SETTINGS, SettingsSchema } from '../settings/settings';
import { EarlierEntrySchema, SuggestSettingsSchema } from '../suggest/schema';
import { DEFAULT_SUGGEST_PREFERENCES } from '../suggest/types';
import { NO_USAGE, UsageSchema } from '../usage/usage';
import { z } from '../zod';
import { storedCollection } from './stored-collection';
import { storedItem } from './stored-item';

/**
 * Every storage entry of the extension that holds no secret, declared once with its schema and fallback.
 * Secrets have their own two entries (`local:vault`, sealed, and `session:accessToken`), declared in
 * lib/account/vault.ts, the one module allowed to touch them.
 *
 * storage.local is readable by content scripts: nothing here may ever hold a token.
 */
export const items = {
  settings: storedItem('local', 'settings', SettingsSchema, () => DEFAULT_SETTINGS),
  account: storedItem('local', 'account', AccountStatusSchema, () => ({ state: 'none' as const })),
  /** When a token refresh started; cleared when it ends. Set at start-up means one was cut off. */
  refreshMarker: storedItem('local', 'refreshStartedAt', z.nullable(z.number()), () => null),
  /**
   * Saved metadata on its way to X (lib/queue). Survives browser restarts: a pending job runs on the next start.
   * One entry per job (`job:<media id>`, listed in `job:ids`; formerly all in `jobs`): a commit writes one job.
   */
  jobs: storedCollection('local', 'job', JobSchema, 'jobs'),
  /** X's rate-limit window: nothing is sent before this time (ms epoch). */
  blockedUntil: storedItem('local', 'blockedUntil', z.number(), () => 0),
  /** Per tab: uploads seen, tiles reported, and their ties. Gone when the browser closes. */
  tabs: storedItem('session', 'tabs', TabsSchema, () => ({})),
  /** Descriptions the user applied, by picture (lib/suggest/earlier.ts). Bounded; this device only. */
  earlierDescriptions: storedItem('local', 'earlierDescriptions', z.array(EarlierEntrySchema), () => []),
  /** Which suggestions the user wants offered (Options). */
  suggestSettings: storedItem('local', 'suggestSettings', SuggestSettingsSchema, () => ({
    ...DEFAULT_SUGGEST_PREFERENCES,
  })),
  // Also declared elsewhere, each in the one module that owns it: `local:drafts` and `session:privateDrafts`
  // (lib/background/drafts.ts), `local:history` (lib/background/history.ts), `local:vault` and
  // `session:accessToken` (lib/account/vault.ts).
};

/** How many metadata calls reached X, this month and in all: the cost estimate in Options and the history. */
export const usageItem = storedItem('local', 'usage', UsageSchema, () => NO_USAGE);
