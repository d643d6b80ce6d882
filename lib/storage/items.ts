import { AccountStatusSchema } from '../account/status';
import { DEFAULT_SETTINGS, SettingsSchema } from '../settings/settings';
import { z } from '../zod';
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
  refreshMarker: storedItem('local', 'refreshStartedAt', z.number().nullable(), () => null),
};
