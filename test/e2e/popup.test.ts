import type { Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  composerWithImage,
  popupWithItem,
  storedDrafts,
  textOf,
  waitForOpenedPage,
  waitForStatus,
} from './harness/popup';
import { ExtensionSession } from './harness/session';
import { measurePopupInteractive } from './harness/timing';
import { buttonsNamed } from './harness/ui';

/** The one metadata call the simulator received for `mediaId`, after asserting there is exactly one. */
function onlyMetadataCall(session: ExtensionSession, mediaId: string) {
  const calls = session.sim.control.log.entries(
    (e) => e.kind === 'metadata-v2' && (e.json as { id?: string } | undefined)?.id === mediaId,
  );
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

async function clickButton(page: Page, name: string): Promise<void> {
  const [button] = await buttonsNamed(page, name);
  if (!button) throw new Error(`No button named "${name}" in ${page.url()}`);
  await button.click();
}

/** Types into the popup's alt text field and saves; returns once the item says "Applied". */
async function describeAndSave(popup: Page, mediaId: string, text: string): Promise<void> {
  await popup.type(`fieldset[data-media-id="${mediaId}"] textarea`, text);
  await clickButton(popup, 'Save');
  await waitForStatus(popup, mediaId, 'Applied');
}

describe.each(['chromium', 'firefox'] as const)('the popup in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
  });
  afterAll(() => session?.close());

  // Runs first, before any account is connected (the next describe connects one).
  describe('empty states', () => {
    test('a tab that is not x.com: says to open the composer; no account: offers "Open options"', async () => {
      const blank = await session.browser.newPage();
      const popup = await session.openPopup(blank);
      await popup.waitForSelector('xpath///*[@role="status"][contains(., "Open the composer on x.com")]');
      expect(await textOf(popup, 'main')).toContain('Open the composer on x.com to describe your media.');
      // Nothing to pop out, nothing to describe.
      expect(await popup.$('textarea')).toBeNull();
      await popup.close();
      await blank.close();

      const page = await session.openX('/compose/post');
      await page.waitForSelector('alt-text-for-x');
      const xPopup = await session.openPopup(page);
      await xPopup.waitForSelector('xpath///*[@role="status"][contains(., "No X account is connected")]');
      expect(await textOf(xPopup, 'main')).toContain('Attach images on x.com; they will appear here.');
      const openOptions = await buttonsNamed(xPopup, 'Open options');
      expect(openOptions).toHaveLength(1);
      await openOptions[0]!.click();
      const options = await waitForOpenedPage(session, (href) => href === `${session.extensionOrigin}/options.html`);
      await options.waitForSelector('xpath///h2[normalize-space()="Your X account"]');
      await options.close();
      await xPopup.close();
      await page.close();
    });
  });

  describe('with an account', () => {
    beforeAll(async () => {
      await session.connect();
    });

    test('a draft typed in the popup survives closing the popup and reloading the tab', async () => {
      const page = await composerWithImage(session);
      const first = await popupWithItem(session, page);
      const text = 'A tabby cat asleep on a sunny windowsill';
      await first.popup.type('textarea', text);
      // Closed at once, as a user clicking away closes a popup: nothing waits for the draft to be sent.
      await first.popup.close();

      const again = await popupWithItem(session, page);
      expect(again.mediaId).toBe(first.mediaId);
      expect(await again.popup.$eval('textarea', (t) => (t as HTMLTextAreaElement).value)).toBe(text);
      await again.popup.close();

      // A reload empties the composer (as on X: the attachments are gone, and the media id with them), so the
      // popup can no longer show the item. What must survive is the draft, stored by the background per media id
      // (storage.local, where it outlives the page and the service worker): read it where the background keeps it.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForSelector('alt-text-for-x');
      const afterReload = await session.openPopup(page);
      await afterReload.waitForSelector('xpath///*[@role="status"][contains(., "Attach images on x.com")]');
      await afterReload.close();
      const drafts = await storedDrafts(session);
      expect(drafts[first.mediaId]?.draft.alt_text).toBe(text);
      await page.close();
    });

    test('Save applies the metadata: the item says "Applied" and X got exactly one call with it', async () => {
      const page = await composerWithImage(session);
      const { popup, mediaId } = await popupWithItem(session, page);
      const text = 'Two red squares on a white background';
      await describeAndSave(popup, mediaId, text);
      const call = onlyMetadataCall(session, mediaId);
      expect(call.status).toBe(200);
      expect(call.json).toEqual({ id: mediaId, metadata: { alt_text: { text } } });
      await popup.close();
      await page.close();
    });

    // The toolbar popup itself (popup.html without ?tab=, showing the active tab) can only be opened by the
    // browser's toolbar button. Puppeteer clicks it in Chromium (triggerExtensionAction, over CDP); over WebDriver
    // BiDi it has no such command (Browser.extensions() is UnsupportedOperation in Firefox), and Firefox's
    // action.openPopup() needs a user gesture and opens a panel that BiDi does not expose as a browsing context.
    test.runIf(name === 'chromium')(
      '"Pop out" opens popup.html?tab=<id> in its own window, which saves like the popup',
      async () => {
        const page = await composerWithImage(session);
        const tabId = await session.tabIdOf(page);
        const [extension] = [...(await session.browser.extensions()).values()];
        await page.bringToFront();
        await page.triggerExtensionAction(extension!);
        const toolbarTarget = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), {
          timeout: 15_000, // the toolbar popup opens: < 2 s under load
        });
        const toolbar = (await toolbarTarget.asPage())!;
        await toolbar.waitForSelector('textarea');
        const closed = new Promise<void>((done, fail) => {
          const onGone = (target: Target) => {
            if (target !== toolbarTarget) return;
            session.browser.off('targetdestroyed', onGone);
            clearTimeout(timer);
            done();
          };
          const timer = setTimeout(() => fail(new Error('The toolbar popup stayed open after "Pop out"')), 15_000); // it closes on the click: < 1 s
          session.browser.on('targetdestroyed', onGone);
        });
        const windowTarget = session.browser.waitForTarget(
          (t) => t.url() === `${session.extensionOrigin}/popup.html?tab=${tabId}`,
          { timeout: 15_000 }, // the pop-out window opens: < 2 s under load
        );
        await clickButton(toolbar, 'Pop out');
        const popOut = (await (await windowTarget).asPage())!;
        await closed; // the toolbar popup gives way to the window
        await popOut.waitForSelector('textarea');
        // Its own window, of the popup type, not the x.com tab's window.
        const windows = await popOut.evaluate(async () => {
          type Win = { id?: number; type?: string };
          type Api = { windows: { getCurrent(): Promise<Win>; getAll(): Promise<Win[]> } };
          const scope = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = scope.browser ?? scope.chrome;
          return { current: await api.windows.getCurrent(), count: (await api.windows.getAll()).length };
        });
        expect(windows.current.type).toBe('popup');
        expect(windows.count).toBeGreaterThanOrEqual(2);
        expect(await buttonsNamed(popOut, 'Pop out')).toHaveLength(0);

        const mediaId = await popOut.$eval('fieldset[data-media-id]', (f) => (f as HTMLElement).dataset.mediaId!);
        const text = 'A lighthouse at dusk';
        await describeAndSave(popOut, mediaId, text);
        expect(onlyMetadataCall(session, mediaId).json).toEqual({ id: mediaId, metadata: { alt_text: { text } } });
        await popOut.close();
        await page.close();
      },
    );

    // Firefox: the button cannot be clicked (above), so this opens the window the way the button does
    // (windows.create with popup.html?tab=<id>, type "popup") and proves that window works in Firefox.
    test.runIf(name === 'firefox')('the pop-out window (popup.html?tab=<id>, type "popup") saves', async () => {
      const page = await composerWithImage(session);
      const tabId = await session.tabIdOf(page);
      const url = `${session.extensionOrigin}/popup.html?tab=${tabId}`;
      const helper = await session.openExtensionPage('options.html', 'body');
      await helper.evaluate(async (href) => {
        type Api = { windows: { create(options: object): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Api; chrome: Api };
        await (scope.browser ?? scope.chrome).windows.create({ url: href, type: 'popup', width: 420, height: 640 });
      }, url);
      await helper.close();
      const popOut = await waitForOpenedPage(session, (href) => href === url);
      await popOut.waitForSelector('textarea', { timeout: 15_000 }); // the form after one background round trip: < 2 s
      const mediaId = await popOut.$eval('fieldset[data-media-id]', (f) => (f as HTMLElement).dataset.mediaId!);
      const text = 'A lighthouse at dusk';
      await describeAndSave(popOut, mediaId, text);
      expect(onlyMetadataCall(session, mediaId).json).toEqual({ id: mediaId, metadata: { alt_text: { text } } });
      await popOut.close();
      await page.close();
    });

    // The benchmark helper works in this browser (the lead's benchmarks time it; no threshold asserted here).
    test('measurePopupInteractive times popup.html?tab=<id> until its alt text field is enabled', async () => {
      const page = await composerWithImage(session);
      const ms = await measurePopupInteractive(session, await session.tabIdOf(page));
      console.log(`${name}: popup interactive after ${ms.toFixed(1)} ms`);
      expect(ms).toBeGreaterThan(0);
      expect(ms).toBeLessThan(15_000);
      await page.close();
    });

    test('History lists an applied save (media id, alt text); "Clear history" empties it', async () => {
      const page = await composerWithImage(session);
      const { popup, mediaId } = await popupWithItem(session, page);
      const text = 'A bowl of ramen with a soft-boiled egg';
      await describeAndSave(popup, mediaId, text);

      await clickButton(popup, 'History');
      const entry = await popup.waitForSelector(
        `xpath///li[contains(@class, "popup-history-entry")][contains(., "Media ${mediaId}")]`,
        { timeout: 15_000 }, // the save applied and written to history: < 3 s under load
      );
      const entryText = await entry!.evaluate((li) => li.textContent ?? '');
      expect(entryText).toContain(`Alt text: “${text}”`);

      await clickButton(popup, 'Clear history');
      await popup.waitForSelector('xpath///*[@role="status"][normalize-space()="History cleared"]');
      expect(await popup.$$('.popup-history-entry')).toHaveLength(0);
      expect(await textOf(popup, '#popup-history')).toContain('Nothing applied yet.');
      expect(await session.message('history/list')).toEqual({ ok: true, value: [] });

      // Reopened, the list is still empty: the clear reached the store, not only this view.
      await popup.close();
      const reopened = await popupWithItem(session, page);
      await clickButton(reopened.popup, 'History');
      await reopened.popup.waitForSelector(
        'xpath///*[@id="popup-history"]//p[normalize-space()="Nothing applied yet."]',
      );
      await reopened.popup.close();
      await page.close();
    });
  });
});
