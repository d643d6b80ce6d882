import { browser } from 'wxt/browser';
import { createAccountService } from '../account/account';
import { indexedDbKeyStore } from '../account/key-store';
import { createVault } from '../account/vault';
import type { TransportDeps } from '../api/transport';
import { createRateLimiter } from '../messages/rate-limiter';
import { ok } from '../messages/result';
import { createRouter } from '../messages/router';
import { SettingsSchema } from '../settings/settings';
import { items } from '../storage/items';
import { accountHandlers } from './account-handlers';

/**
 * Builds the background's services from the browser's APIs. Creating them touches nothing: work starts when an
 * event arrives, so the entrypoint can register every listener synchronously first.
 */
export function createBackgroundServices() {
  const http: TransportDeps = { fetch: globalThis.fetch.bind(globalThis), now: () => Date.now() };
  const account = createAccountService({
    vault: createVault(indexedDbKeyStore()),
    status: items.account,
    refreshMarker: items.refreshMarker,
    http,
    identity: {
      redirectUrl: () => browser.identity.getRedirectURL(),
      launch: async (url) => {
        const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
        if (!redirected) throw new Error('The sign-in window closed without an answer.');
        return redirected;
      },
    },
    onSignedOut: async () => {},
  });

  const route = createRouter(
    {
      ...accountHandlers(account),
      'settings/get': async () => ok(await items.settings.get()),
      'settings/update': async (patch) =>
        ok(await items.settings.update((current) => SettingsSchema.parse({ ...current, ...patch }))),
    },
    {
      self: { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
      contentLimiter: createRateLimiter({ capacity: 60, refillPerSecond: 10, now: () => Date.now() }),
    },
  );

  return {
    route,
    /** On every start of the background (a service worker wakes often): finish what a restart cut off. */
    async start() {
      await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
      await account.recover();
    },
  };
}
