import { browser } from 'wxt/browser';
import { ok } from '../messages/result';
import type { Handlers } from '../messages/router';
import { SettingsSchema } from '../settings/settings';
import { items } from '../storage/items';

export function settingsHandlers(): Pick<Handlers, 'settings/get' | 'settings/update' | 'options/open'> {
  return {
    'options/open': async () => {
      await browser.runtime.openOptionsPage();
      return ok({});
    },
    'settings/get': async () => ok(await items.settings.get()),
    'settings/update': async (patch) =>
      ok(await items.settings.update((current) => SettingsSchema.parse({ ...current, ...patch }))),
  };
}
