import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  attach,
  Background,
  badges,
  clickHoldButton,
  expectMetadataBeforePost,
  holdText,
  LogWindow,
  metadataOf,
  openWide,
  promptItems,
  typeAlt,
  typePost,
  waitForHoldGone,
  waitForPrompt,
} from './harness/composer';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';
import { buttonsNamed, clickVisible, inUi } from './harness/ui';

/**
 * The composer as X re-renders it: after X's own media editor (/compose/post/media) and back, in French and
 * Japanese, and inline on /home. Items, drafts, badges, the prompt and the hold must not depend on any of it.
 */
describe.each(['chromium', 'firefox'] as const)('the composer across routes and languages in %s', (name) => {
  let session: ExtensionSession;
  let background: Background;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
    background = await Background.open(session);
  });
  afterEach(async () => {
    session.sim.control.clearFaults();
    await page?.close();
    page = undefined;
  });
  afterAll(() => session?.close());

  test("to X's media editor and back: the re-rendered composer keeps its items, drafts and badges", async () => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('nav-a.png', 40, 48, 11), pngFile('nav-b.png', 80, 48, 12)]);
    const items = await background.waitForItems(tabId, 2);
    const [first, second] = [...items].sort((a, b) => a.index - b.index) as [(typeof items)[0], (typeof items)[0]];
    await waitForPrompt(page, 2);
    // A draft (typed, never saved) on the first, an applied description on the second.
    await typeAlt(page, first.mediaId as string, 'A draft kept across routes');
    await typeAlt(page, second.mediaId as string, 'Saved before leaving');
    const [save] = await buttonsNamed(page, 'Save', inUi(`fieldset[data-media-id="${second.mediaId}"] button`));
    await clickVisible(save!);
    await background.waitForTab(
      tabId,
      (s) =>
        s.items.find((i) => i.mediaId === second.mediaId)?.status.kind === 'applied' &&
        s.items.find((i) => i.mediaId === first.mediaId)?.draft?.alt_text === 'A draft kept across routes',
    );
    await page.waitForFunction(
      (key) =>
        [...document.querySelectorAll('[data-testid="attachments"] [role="group"]')]
          .find((tile) => tile.querySelector('img')?.getAttribute('src') === key)
          ?.querySelector('alt-text-for-x-badge')
          ?.shadowRoot?.querySelector('button')
          ?.getAttribute('aria-label') === 'Alt text: applied',
      { timeout: 15_000 }, // a save to the simulator, then the badge redrawn: < 3 s under load
      second.tileKey,
    );
    const oldTile = await page.$(`#layers [role="group"]:has(img[src="${first.tileKey}"])`);

    // X's "Add description" link (one per post, opening its first image): X's router goes to its media editor, the
    // composer goes away.
    const link = await page.$('#layers a[data-testid="altTextWrapper"]');
    await link!.evaluate((a) => (a as HTMLElement).click());
    await page.waitForFunction(() => location.pathname === '/compose/post/media', { timeout: 10_000 }); // client-side routing: < 1 s
    await page.waitForSelector('#layers [data-testid="altTextInput"]');
    expect(await page.$('#layers [data-testid="attachments"]')).toBeNull();

    // Back: X renders the composer anew (new nodes, same blob: URLs).
    await page.click('#layers [data-testid="app-bar-back"]');
    await page.waitForFunction(() => location.pathname === '/compose/post', { timeout: 10_000 }); // client-side routing: < 1 s
    await page.waitForSelector('#layers [data-testid="attachments"] [role="group"] img');
    expect(await oldTile!.evaluate((tile) => tile.isConnected)).toBe(false);
    const back = await background.waitForTab(
      tabId,
      (s) =>
        s.items.length === 2 &&
        s.items.every((i) => i.mediaId) &&
        s.items.find((i) => i.mediaId === second.mediaId)?.status.kind === 'applied',
    );
    expect(back.items.map((i) => [i.mediaId, i.tileKey, i.index]).sort()).toEqual(
      items.map((i) => [i.mediaId, i.tileKey, i.index]).sort(),
    );
    expect(back.items.find((i) => i.mediaId === first.mediaId)?.draft?.alt_text).toBe('A draft kept across routes');
    // The new tiles wear the right badges; our prompt, closed when the user chose X's editor, does not reopen by itself.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#layers [data-testid="attachments"] [role="group"] alt-text-for-x-badge').length ===
        2,
      { timeout: 10_000 },
    );
    expect(await page.$(inUi('[role="dialog"]'))).toBeNull();
    // A badge opens it: both items again, the draft as typed.
    await page.evaluate((key) => {
      const tile = [...document.querySelectorAll('#layers [role="group"]')].find(
        (t) => t.querySelector('img')?.getAttribute('src') === key,
      );
      tile?.querySelector('alt-text-for-x-badge')?.shadowRoot?.querySelector('button')?.click();
    }, first.tileKey);
    await waitForPrompt(page, 2);
    expect((await promptItems(page)).map((i) => i.mediaId)).toEqual([first.mediaId, second.mediaId]);
    expect(
      await page.$eval(
        inUi(`fieldset[data-media-id="${first.mediaId}"] textarea`),
        (t) => (t as HTMLTextAreaElement).value,
      ),
    ).toBe('A draft kept across routes');
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#layers [data-testid="attachments"] [role="group"] alt-text-for-x-badge').length ===
        2,
      { timeout: 10_000 }, // badges on new tiles: one observer pass, < 1 s under load
    );
    expect(await badges(page)).toEqual({
      [first.tileKey]: 'Alt text: add a description',
      [second.tileKey]: 'Alt text: applied',
    });

    // And Post still holds for the draft: it is saved, then the post goes.
    await typePost(page, 'After the editor');
    await page.click('#layers [data-testid="tweetButton"]');
    await log.createTweet();
    expectMetadataBeforePost(log, [first.mediaId as string, second.mediaId as string]);
    expect(log.entries('metadata-v2').map((e) => metadataOf(e).alt)).toEqual([
      'Saved before leaving',
      'A draft kept across routes',
    ]);
  });

  test('the inline composer on /home works like the modal one', async () => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, '/home?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('inline.png', 50, 48, 21)], '[data-testid="primaryColumn"]');
    const [item] = await background.waitForItems(tabId, 1);
    expect(item).toMatchObject({ composerId: 'inline-0', kind: 'image', post: 0, index: 0 });
    expect(item?.mediaId).toBe(log.finalizedIds()[0]);
    await waitForPrompt(page, 1);
    await typePost(page, 'Inline post', '[data-testid="primaryColumn"]');
    await typeAlt(page, item?.mediaId as string, 'An inline description');
    await page.click('[data-testid="primaryColumn"] [data-testid="tweetButtonInline"]');
    await log.createTweet();
    expectMetadataBeforePost(log, [item?.mediaId as string]);
    expect(metadataOf(log.entries('metadata-v2')[0]!).alt).toBe('An inline description');
  });

  test.each([
    ['fr', 'Publier'],
    ['ja', 'ポストする'],
  ])('X in %s: detection, the prompt and the hold work the same', async (lang, postLabel) => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, `/compose/post?lang=${lang}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.$eval('#layers [data-testid="tweetButton"]', (b) => b.textContent?.trim())).toBe(postLabel);
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile(`lang-${lang}.png`, 44, 48, 31)]);
    const [item] = await background.waitForItems(tabId, 1);
    expect(item).toMatchObject({ mediaId: log.finalizedIds()[0], composerId: 'modal', kind: 'image' });
    await waitForPrompt(page, 1);
    expect(await page.$eval(inUi('[role="dialog"] h2'), (h) => h.textContent)).toBe('Describe your media');
    await page.keyboard.press('Escape');

    // Post with no description: the hold asks; "Add a description" opens the prompt; then the post goes.
    await typePost(page, `Texte ${lang}`);
    await page.click('#layers [data-testid="tweetButton"]');
    expect(await holdText(page)).toContain('Post without a description?');
    expect(log.entries('create-tweet')).toHaveLength(0);
    await clickHoldButton(page, 'Add a description');
    await waitForHoldGone(page);
    await waitForPrompt(page, 1);
    await typeAlt(page, item?.mediaId as string, `Description ${lang}`);
    await page.click('#layers [data-testid="tweetButton"]');
    await log.createTweet();
    expectMetadataBeforePost(log, [item?.mediaId as string]);
    expect(metadataOf(log.entries('metadata-v2')[0]!).alt).toBe(`Description ${lang}`);
  });
});
