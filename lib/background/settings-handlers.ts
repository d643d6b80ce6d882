import type { Handlers } from '../messages/router';
import { ok } from '../messages/result';
import { SettingsSchema } from '../settings/settings';
import { items } from '../storage/items';

export function settingsHandlers(): Pick<Handlers, 'settings/get' | 'settings/update'> {
  return {
    'settings/get': async () => ok(await items.settings.get()),
    'settings/update': async (patch) => ok(await items.settings.update((current) => SettingsSchema.parse({ ...current, ...patch }))),
  };
}
