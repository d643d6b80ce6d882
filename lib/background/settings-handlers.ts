import { browser } from 'wxt/browser';
import { ok } from '../messages/result';
import type { Handlers } from '../messages/router';
import { type Settings, SettingsSchema } from '../settings/settings';
import type { StoredItem } from '../storage/stored-item';

export function settingsHandlers(
  settings: StoredItem<Settings>,
): Pick<Handlers, 'settings/get' | 'settings/update' | 'options/open'> {
  return {
    'options/open': async () => {
      await browser.runtime.openOptionsPage();
      return ok({});
    },
    'settings/get': async () => ok(await settings.get()),
    'settings/update': async (patch) =>
      ok(await settings.update((current) => SettingsSchema.parse({ ...current, ...patch }))),
  };
}
