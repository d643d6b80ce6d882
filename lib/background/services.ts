import { browser } from 'wxt/browser';
import { createAccountService } from '../account/account';
import { indexedDbKeyStore } from '../account/key-store';
import { createVault } from '../account/vault';
import { uploadMedia } from '../api/media-upload';
import type { TransportDeps } from '../api/transport';
import { CONTENT_MESSAGES, createRateLimiter } from '../messages/rate-limiter';
import { createRouter } from '../messages/router';
import { createQueue } from '../queue';
import { items } from '../storage/items';
import { cachedItem } from '../storage/stored-item';
import { suggestHandlers } from '../suggest/handlers';
import { createSuggestHost, type SuggestHost } from '../suggest/host';
import { accountHandlers } from './account-handlers';
import { createApiCaller } from './api-caller';
import { catalogHandlers } from './catalog-handlers';
import { createDraftStore } from './drafts';
import { createHistory } from './history';
import { mediaHandlers } from './media-handlers';
import { createMediaService } from './media-service';
import { pageCheckHandler } from './page-check-handler';
import { publishTabState } from './publish';
import { bytesFromTab } from './reupload-bytes';
import { createScheduler } from './scheduler';
import { settingsHandlers } from './settings-handlers';
import { createTabRegistry } from './tab-registry';

/**
 * The background's composition root: builds every service from the browser's APIs. Creating them touches
 * nothing, so the entrypoint registers every listener synchronously first; work starts when an event arrives.
 */
export function createBackgroundServices() {
  const now = () => Date.now();
  const http: TransportDeps = { fetch: globalThis.fetch.bind(globalThis), now };
  const drafts = createDraftStore(now);
  // The background is the only writer of these: keep them in memory (see cachedItem; the jobs keep their own copy).
  const settings = cachedItem(items.settings);
  const accountStatus = cachedItem(items.account);

  const account = createAccountService({
    vault: createVault(indexedDbKeyStore()),
    status: accountStatus,
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
    // Sign-out drops everything tied to the account: its pending jobs, its drafts and its earlier descriptions.
    onSignedOut: async () => {
      await queue.clear();
      await drafts.clear();
      await items.earlierDescriptions.remove();
    },
  });

  const scheduler = createScheduler(() => queue.runDue());
  const queue = createQueue({
    store: items.jobs,
    rateLimit: { get: () => items.blockedUntil.get(), set: (until) => items.blockedUntil.set(until) },
    now,
    random: Math.random,
    call: createApiCaller(account, http),
    schedule: (at) => scheduler.schedule(at),
    // `media` exists by the time any job changes: the queue does nothing until an event arrives.
    notify: (changed) => void media.onJobsChanged(changed),
  });

  const history = createHistory();
  const tabs = createTabRegistry(items.tabs);
  const media = createMediaService({
    tabs,
    drafts,
    history,
    queue,
    account,
    settings,
    now,
    publish: publishTabState,
    reupload: {
      bytesOf: (tabId, mediaId) => bytesFromTab(tabId, mediaId),
      async upload(input) {
        const credentials = await account.credentials();
        if (!credentials.ok) {
          const message = credentials.message ?? 'Connect your X account again.';
          return { kind: 'unauthorized', message, step: 'input' };
        }
        return uploadMedia({ ...http, credentials: credentials.credentials }, input);
      },
    },
  });

  // Suggestions (lib/suggest): built on the first suggestion message, so a start of the background pays nothing.
  let suggestHost: SuggestHost | undefined;
  const suggest = () => {
    suggestHost ??= createSuggestHost();
    return suggestHost;
  };

  const route = createRouter(
    {
      ...accountHandlers(account, http),
      ...settingsHandlers(settings),
      ...mediaHandlers(media, history),
      ...pageCheckHandler(tabs),
      ...catalogHandlers(),
      ...suggestHandlers(suggest),
    },
    {
      self: { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin },
      contentLimiter: createRateLimiter({ ...CONTENT_MESSAGES, now }),
    },
  );

  return {
    route,
    media,
    scheduler,
    /** The suggestion engine; the lead calls `suggest().remember(bytes, altText)` when a description is applied. */
    suggest,
    /** On every start of the background (a service worker wakes often): finish what a stop cut off. */
    async start() {
      await browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
      await account.recover();
      await queue.resume();
    },
    /** The account became usable again: descriptions waiting for it go out. */
    async accountChanged(state: string) {
      if (state === 'connected') await queue.accountReconnected();
    },
  };
}
