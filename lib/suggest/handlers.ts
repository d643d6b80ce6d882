import { ok } from '../messages/result';
import type { Handlers } from '../messages/router';
import { items } from '../storage/items';
import { fromBase64 } from './base64';
import type { SuggestHost } from './host';
import { SuggestSettingsSchema } from './schema';

type SuggestMessages =
  | 'suggest/for'
  | 'suggest/settings-get'
  | 'suggest/settings-update'
  | 'suggest/earlier-list'
  | 'suggest/earlier-clear'
  | 'suggest/remember'
  | 'suggest/engine-state';

/** The background's answers to the suggestion messages. `host` is created on first use (nothing loads before). */
export function suggestHandlers(host: () => SuggestHost): Pick<Handlers, SuggestMessages> {
  return {
    'suggest/for': async ({ image, mimeType, original }) =>
      ok(
        await host().suggestFor({
          bytes: fromBase64(image),
          mimeType,
          ...(original ? { originalFile: fromBase64(original) } : {}),
        }),
      ),
    'suggest/settings-get': async () => ok(await items.suggestSettings.get()),
    'suggest/settings-update': async (patch) =>
      ok(await items.suggestSettings.update((current) => SuggestSettingsSchema.parse({ ...current, ...patch }))),
    'suggest/earlier-list': async () =>
      ok((await host().library.list()).map(({ text, usedAt, sha256 }) => ({ text, usedAt, sha256 }))),
    'suggest/earlier-clear': async () => {
      await host().library.clear();
      return ok({});
    },
    'suggest/remember': async ({ image, mimeType, altText }) => {
      await host().remember(fromBase64(image), altText, mimeType);
      return ok({});
    },
    'suggest/engine-state': async () => ok({ ocrLoaded: await host().ocrLoaded() }),
  };
}
