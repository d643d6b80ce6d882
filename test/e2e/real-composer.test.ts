import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  attach,
  Background,
  badges,
  LogWindow,
  metadataOf,
  openWide,
  typePost,
  waitForPrompt,
} from './harness/composer';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';
import { buttonsNamed, clickVisible, inUi } from './harness/ui';

/**
 * The extension on the page as the real x.com draws it (issue 12): X's own description counts and is never silently
 * contradicted, the tab's own account, badges that follow X's re-renders without covering X's controls, GIFs from X's
 * GIF search, uploads that are not composer media, and a page whose markup X changed.
 */
describe.each(['chromium', 'firefox'] as const)('the real composer in %s', (name) => {
  let session: ExtensionSession;
  let background: Background;
  let page: Page | undefined;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
    background = await Background.open(session);
  });
  afterEach(async () => {
    session.sim.control.setWebUser('demo_user');
    await page?.close();
    page = undefined;
  });
  afterAll(() => session?.close());

  /** Describes the first image in X's own media editor (the per-post "Add description" link), then comes back. */
  async function describeInXEditor(p: Page, text: string): Promise<void> {
    const link = await p.waitForSelector('#layers a[data-testid="altTextWrapper"]', { timeout: 10_000 });
    await link!.evaluate((a) => (a as HTMLElement).click());
    const input = await p.waitForSelector('#layers [data-testid="altTextInput"]', { timeout: 10_000 });
    await input!.type(text);
    await p.click('#layers [data-testid="endEditingButton"]');
    await p.waitForFunction(() => location.pathname === '/compose/post', { timeout: 10_000 });
  }

  async function altField(p: Page, mediaId: string): Promise<ElementHandle<HTMLTextAreaElement>> {
    return (await p.waitForSelector(inUi(`fieldset[data-media-id="${mediaId}"] textarea`), {
      timeout: 10_000,
    })) as ElementHandle<HTMLTextAreaElement>;
  }

  async function openPromptByBadge(p: Page, key: string): Promise<void> {
    await p.waitForFunction(
      (k) =>
        [...document.querySelectorAll('#layers [role="group"]')]
          .find((t) => t.querySelector('img')?.getAttribute('src') === k)
          ?.querySelector('alt-text-for-x-badge')
          ?.shadowRoot?.querySelector('button'),
      { timeout: 10_000 },
      key,
    );
    await p.evaluate((k) => {
      const tile = [...document.querySelectorAll('#layers [role="group"]')].find(
        (t) => t.querySelector('img')?.getAttribute('src') === k,
      );
      tile?.querySelector('alt-text-for-x-badge')?.shadowRoot?.querySelector('button')?.click();
    }, key);
  }

  test("a description written in X's own editor counts: shown in our form, no reminder, no call of ours, no prompt reopening", async () => {
    await background.setRule('require');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('x-editor.png', 47, 48, 31)]);
    const [item] = await background.waitForItems(tabId, 1);
    await waitForPrompt(page, 1);
    await describeInXEditor(page, 'A red square, described in X');
    const back = await background.waitForTab(tabId, (s) => s.items[0]?.xAltText === 'A red square, described in X');
    expect(back.items[0]?.mediaId).toBe(item!.mediaId);
    // Back from X's editor: our prompt stays closed; the badge says X's editor holds the description.
    await page.waitForFunction(
      () => document.querySelectorAll('#layers [role="group"] alt-text-for-x-badge').length === 1,
      { timeout: 10_000 },
    );
    expect(await page.$(inUi('[role="dialog"]'))).toBeNull();
    expect(Object.values(await badges(page))).toEqual(["Alt text: written in X's editor"]);
    // Our form shows X's text as the item's text, and says who sends it.
    await openPromptByBadge(page, item!.tileKey);
    const field = await altField(page, item!.mediaId as string);
    expect(await field.evaluate((t) => t.value)).toBe('A red square, described in X');
    expect(await page.$eval(inUi('.mf-from-x'), (p) => p.textContent)).toMatch(/X’s own editor|X's own editor/);
    // Require lets it go: X sends the description itself, before the post; we call nothing.
    await typePost(page, 'Described in X');
    await page.click('#layers [data-testid="tweetButton"]');
    const post = await log.waitFor((e) => e.kind === 'create-tweet' && e.status !== undefined);
    const web = log.entries('metadata-web');
    expect(web).toHaveLength(1);
    expect(web[0]!.startedAt).toBeLessThan(post.startedAt);
    expect(log.entries('metadata-v2')).toHaveLength(0);
    expect(session.sim.control.mediaMetadata(item!.mediaId as string)?.form).toBe('web');
  });

  test("written in both: ours is what X keeps, and X's own call at Post carries it too (never silently replaced)", async () => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('both.png', 53, 48, 32)]);
    const [item] = await background.waitForItems(tabId, 1);
    const mediaId = item!.mediaId as string;
    await waitForPrompt(page, 1);
    await describeInXEditor(page, 'X editor text');
    await background.waitForTab(tabId, (s) => s.items[0]?.xAltText === 'X editor text');
    await openPromptByBadge(page, item!.tileKey);
    const field = await altField(page, mediaId);
    await field.evaluate((t) => t.select());
    await field.type('Our better description');
    // The background knew X's text before the prompt opened; the page learns it from the background's next push,
    // which a loaded machine may deliver after the typing: wait for it (10 s: a push takes milliseconds).
    const fromX = await page.waitForSelector(inUi('.mf-from-x'), { timeout: 10_000 });
    expect(await fromX!.evaluate((p) => p.textContent)).toContain('“X editor text”');
    const [save] = await buttonsNamed(page, 'Save', inUi(`fieldset[data-media-id="${mediaId}"] button`));
    await clickVisible(save!);
    await log.waitFor((e) => e.kind === 'metadata-v2' && e.status === 200);
    await typePost(page, 'Both');
    await page.click('#layers [data-testid="tweetButton"]');
    await log.waitFor((e) => e.kind === 'create-tweet' && e.status !== undefined);
    const writes = session.sim.control.metadataHistory(mediaId);
    expect(writes.map((w) => [w.source, w.altText])).toEqual([
      ['v2', 'Our better description'],
      ['web', 'Our better description'],
    ]);
    expect(metadataOf(log.entries('metadata-v2')[0]!).alt).toBe('Our better description');
  });

  test('the tab posts as another X account: the item says so before anything is typed, and nothing is sent', async () => {
    await background.setRule('remind');
    session.sim.control.setWebUser('other_user');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('other-account.png', 41, 48, 33)]);
    const state = await background.waitForTab(tabId, (s) => s.items[0]?.status.kind === 'waiting');
    expect(state.items[0]?.status).toMatchObject({ kind: 'waiting', reason: 'other-account' });
    expect(state.postsAs).toBe(session.sim.control.users.other_user.id);
    await waitForPrompt(page, 1);
    const words = await page.$eval(inUi('fieldset [role="status"]'), (s) => s.textContent ?? '');
    expect(words).toMatch(/another X account/);
    expect(log.entries('metadata-v2')).toHaveLength(0);
  });

  test.each([
    ['wide', 1400],
    ['narrow', 520],
  ])("in a %s window, badges follow X's re-drawn tiles and cover none of X's controls", async (_label, width) => {
    await background.setRule('remind');
    page = await session.openX('/compose/post?lang=en');
    await page.setViewport({ width, height: 900 });
    await page.waitForSelector('alt-text-for-x', { timeout: 15_000 });
    const tabId = await session.tabIdOf(page);
    await attach(
      page,
      [0, 1, 2, 3].map((i) => pngFile(`badge-${width}-${i}.png`, 36 + 9 * i, 48, 40 + i)),
    );
    await background.waitForItems(tabId, 4);
    await page.waitForFunction(
      () => document.querySelectorAll('#layers [role="group"] alt-text-for-x-badge').length === 4,
      { timeout: 15_000 },
    );
    const overlaps = await page.evaluate(() =>
      [...document.querySelectorAll('#layers [data-testid="attachments"] [role="group"]')].map((tile) => {
        const badge = tile.querySelector('alt-text-for-x-badge')?.shadowRoot?.querySelector('button');
        const b = badge?.getBoundingClientRect();
        const inside = tile.getBoundingClientRect();
        const controls = [...tile.querySelectorAll('button, a[href]')].filter(
          (c) => !c.closest('alt-text-for-x-badge'),
        );
        return {
          hasBadge: b !== undefined && b.width > 0,
          withinTile:
            !!b && b.left >= inside.left && b.right <= inside.right && b.top >= inside.top && b.bottom <= inside.bottom,
          covered: controls.filter((c) => {
            const r = c.getBoundingClientRect();
            return !!b && r.width > 0 && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom;
          }).length,
          controls: controls.length,
        };
      }),
    );
    expect(overlaps).toHaveLength(4);
    for (const tile of overlaps) {
      expect(tile.controls).toBeGreaterThan(0);
      expect(tile).toMatchObject({ hasBadge: true, withinTile: true, covered: 0 });
    }
  });

  test('a GIF from X’s GIF search is an item like any other, described before the post', async () => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await page.click('#layers [data-testid="gifSearchButton"]');
    const [gif] = await buttonsNamed(page, 'GIF 1', '[role="dialog"] button');
    await clickVisible(gif!);
    const [item] = await background.waitForItems(tabId, 1);
    const init = log.entries('upload-init')[0];
    expect(init?.query.source_url).toMatch(/^https:\/\//);
    expect(log.entries('upload-append')).toHaveLength(0);
    expect(item).toMatchObject({ kind: 'gif', tileKey: init?.query.source_url });
    await waitForPrompt(page, 1);
    const field = await altField(page, item!.mediaId as string);
    await field.type('A cat waving');
    await typePost(page, 'GIF');
    await page.click('#layers [data-testid="tweetButton"]');
    const post = await log.waitFor((e) => e.kind === 'create-tweet' && e.status !== undefined);
    const call = log.entries('metadata-v2')[0];
    expect(metadataOf(call!)).toEqual({ id: item!.mediaId, alt: 'A cat waving' });
    expect(call!.endedAt as number).toBeLessThan(post.startedAt);
  });

  test('a DM upload (same uploader, same URLs) never becomes an item', async () => {
    const log = new LogWindow(session);
    page = await openWide(session, '/messages?lang=en');
    const tabId = await session.tabIdOf(page);
    const input = (await page.waitForSelector(
      'input[data-testid="dmComposerFileInput"]',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(pngFile('dm.png', 44, 48, 51));
    await log.waitFor((e) => e.kind === 'upload-finalize' && e.status === 200);
    expect(log.entries('upload-init')[0]?.query.media_category).toBe('dm_image');
    // The tab state is asked after X answered the FINALIZE: an item would be there by now.
    const state = await background.tab(tabId);
    expect(state.items).toHaveLength(0);
    const check = await background.send<{ uploads: unknown[] }>('page/check', { tabId });
    expect(check.uploads).toHaveLength(0);
  });

  test('X changed its page (no attachments area we know): the upload is still an item, in the popup with its thumbnail; "Check this page" says what is missing', async () => {
    await background.setRule('remind');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    // A "new X": the attachments area under a test id we do not know.
    await page.evaluate(() => {
      const rename = () => {
        for (const area of document.querySelectorAll('[data-testid="attachments"]'))
          area.setAttribute('data-testid', 'attachmentsV2');
      };
      new MutationObserver(rename).observe(document.body, { subtree: true, childList: true, attributes: true });
      rename();
    });
    await attach(page, [pngFile('changed.png', 58, 48, 52)]);
    const [item] = await background.waitForItems(tabId, 1);
    expect(item?.tileKey).toBe(`upload:${item?.mediaId}`);
    expect(item?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`, 'textarea');
    await popup.waitForSelector(`fieldset[data-media-id="${item!.mediaId}"] img[src^="data:image/"]`);
    const [check] = await buttonsNamed(popup, 'Check this page', 'button');
    await clickVisible(check!);
    await popup.waitForSelector('.check-summary');
    const summary = await popup.$eval('.check-summary', (p) => p.textContent ?? '');
    expect(summary).toMatch(/Not found: .*Attachment areas/);
    const uploads = await popup.$$eval('.check-uploads li', (items) => items.map((li) => li.textContent ?? ''));
    expect(uploads).toEqual([expect.stringMatching(new RegExp(`${item!.mediaId}.*received by X.*no tile found`))]);
    // Described from the popup, it reaches X before the post.
    const field = await popup.waitForSelector(`fieldset[data-media-id="${item!.mediaId}"] textarea`);
    await field!.type('Described from the popup');
    const [save] = await buttonsNamed(popup, 'Save', `fieldset[data-media-id="${item!.mediaId}"] button`);
    await clickVisible(save!);
    await log.waitFor((e) => e.kind === 'metadata-v2' && e.status === 200);
    await popup.close();
  });
});
