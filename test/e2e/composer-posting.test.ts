import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { countPostClicks, postClicks } from '../../tools/post-clicks';
import {
  attach,
  Background,
  clickHoldButton,
  expectMetadataBeforePost,
  holdButtons,
  holdText,
  LogWindow,
  metadataOf,
  openWide,
  postedIds,
  typeAlt,
  typePost,
  waitForHoldGone,
  waitForPrompt,
  waitForPromptClosed,
} from './harness/composer';
import { pngFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';
import { inUi } from './harness/ui';

/**
 * Posting: the hold keeps the post (button or Ctrl+Enter) until every item's metadata reached X, saving what the
 * user typed without Save; each posting rule; a failed call never traps the user; a thread is held as a whole.
 */
describe.each(['chromium', 'firefox'] as const)('posting from the composer in %s', (name) => {
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

  /** A modal composer with `widths.length` images uploaded: their items, in tile order. */
  async function composerWith(widths: number[], rule: 'allow' | 'remind' | 'require') {
    await background.setRule(rule);
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(
      page,
      widths.map((w, i) => pngFile(`post-${rule}-${w}-${i}.png`, w, 48, w + i)),
    );
    const items = (await background.waitForItems(tabId, widths.length)).sort((a, b) => a.index - b.index);
    await waitForPrompt(page, widths.length);
    return { page, tabId, log, items, ids: items.map((i) => i.mediaId as string) };
  }

  test.each(['the Post button', 'Ctrl+Enter'])(
    'with a slow API, %s waits until the typed (unsaved) descriptions are applied',
    async (how) => {
      const { page, log, ids } = await composerWith([40, 70], 'remind');
      session.sim.control.inject({
        target: 'metadata-v2',
        mode: 'latency',
        ms: 1_500,
        count: Number.POSITIVE_INFINITY,
      });
      await typePost(page, `Slow API, ${how}`);
      // Described in the prompt and never saved: the hold saves them itself.
      await typeAlt(page, ids[0]!, 'First, typed only');
      await typeAlt(page, ids[1]!, 'Second, typed only');
      await countPostClicks(page);
      if (how === 'Ctrl+Enter') {
        await page.click('#layers [data-testid="tweetTextarea_0"]');
        await page.keyboard.down('Control');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Control');
      } else {
        await page.click('#layers [data-testid="tweetButton"]');
      }
      // Held to save and wait, not to remind: the typed descriptions count although Save was never pressed.
      expect(await holdText(page)).toMatch(/Saving your descriptions on X|Waiting for X to apply/);
      expect(await holdButtons(page)).not.toContain('Post without a description');
      expect(log.entries('create-tweet')).toHaveLength(0);
      const created = await log.createTweet();
      expectMetadataBeforePost(log, ids);
      expect(log.entries('metadata-v2').map((e) => [metadataOf(e).id, metadataOf(e).alt])).toEqual([
        [ids[0], 'First, typed only'],
        [ids[1], 'Second, typed only'],
      ]);
      expect(log.entries('create-tweet')).toHaveLength(1);
      // (As sets: which tile has which id is the upload tests' subject.)
      expect(postedIds(created).sort()).toEqual([...ids].sort());
      await waitForHoldGone(page);
      // Nothing to ask, only calls on their way: the user's own Post went on to X, whose post request waited; the
      // extension clicked nothing.
      expect(await postClicks(page)).toBe(how === 'Ctrl+Enter' ? 0 : 1);
    },
  );

  test('Allow: the post goes at once, without alt text', async () => {
    const { page, log, ids } = await composerWith([50], 'allow');
    await page.keyboard.press('Escape');
    await waitForPromptClosed(page);
    await typePost(page, 'No description, allowed');
    await page.click('#layers [data-testid="tweetButton"]');
    const created = await log.createTweet();
    expect(postedIds(created)).toEqual(ids);
    expect(log.entries('metadata-v2')).toHaveLength(0);
    expect(await page.$(inUi('[role="alertdialog"]'))).toBeNull();
  });

  test('Remind: "Post without a description?" holds the post; "Post without a description" posts', async () => {
    const { page, log, ids } = await composerWith([50], 'remind');
    await page.keyboard.press('Escape');
    await typePost(page, 'Reminded');
    await page.click('#layers [data-testid="tweetButton"]');
    expect(await holdText(page)).toContain('Post without a description?');
    expect(await holdButtons(page)).toEqual(['Add a description', 'Post without a description', 'Cancel']);
    expect(log.entries('create-tweet')).toHaveLength(0);
    await clickHoldButton(page, 'Post without a description');
    const created = await log.createTweet();
    expect(postedIds(created)).toEqual(ids);
    expect(log.entries('metadata-v2')).toHaveLength(0);
    await waitForHoldGone(page);
  });

  test('Require: the post is blocked (button and Ctrl+Enter); "Add a description" opens the prompt; then it goes', async () => {
    const { page, log, ids } = await composerWith([50], 'require');
    await page.keyboard.press('Escape');
    await waitForPromptClosed(page);
    await typePost(page, 'Required');
    await page.click('#layers [data-testid="tweetButton"]');
    expect(await holdText(page)).toContain('Add a description to every image before posting (one missing)');
    expect(await holdButtons(page)).toEqual(['Add a description', 'Cancel']);
    await clickHoldButton(page, 'Cancel');
    await waitForHoldGone(page);
    await page.click('#layers [data-testid="tweetTextarea_0"]');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    expect(await holdText(page)).toContain('one missing');
    expect(log.entries('create-tweet')).toHaveLength(0);

    await clickHoldButton(page, 'Add a description');
    await waitForHoldGone(page);
    await waitForPrompt(page, 1);
    await typeAlt(page, ids[0]!, 'Now described');
    await page.click('#layers [data-testid="tweetButton"]');
    await log.createTweet();
    expectMetadataBeforePost(log, ids);
    expect(log.entries('create-tweet')).toHaveLength(1);
  });

  test('a call X refuses for good: the hold says so, and "Post anyway" posts and closes it', async () => {
    const { page, tabId, log, ids } = await composerWith([50], 'remind');
    session.sim.control.inject({ target: 'metadata-v2', mode: 'usage-capped', count: 1 });
    await typePost(page, 'Despite the failure');
    await typeAlt(page, ids[0]!, 'Never reaches X');
    await page.click('#layers [data-testid="tweetButton"]');
    await log.waitFor((e) => e.kind === 'metadata-v2' && e.status !== undefined);
    await page.waitForFunction(
      () =>
        document
          .querySelector('alt-text-for-x')
          ?.shadowRoot?.querySelector('[role="alertdialog"]')
          ?.textContent?.includes('X did not apply the metadata of one item'),
      { timeout: 15_000 }, // the refused call's answer reaches the hold dialog: < 3 s under load
    );
    expect(await holdButtons(page)).toEqual(['Retry', 'Add a description', 'Post anyway', 'Cancel']);
    expect(log.entries('create-tweet')).toHaveLength(0);
    // The description is not dropped silently: it stays the item's draft, and the item shows its failure.
    const state = await background.waitForTab(tabId, (s) => s.items[0]?.status.kind === 'failed');
    expect(state.items).toMatchObject([
      { mediaId: ids[0], status: { kind: 'failed' }, draft: { alt_text: 'Never reaches X' } },
    ]);
    await clickHoldButton(page, 'Post anyway');
    const created = await log.createTweet();
    expect(postedIds(created)).toEqual(ids);
    await waitForHoldGone(page);
    expect(log.entries('metadata-v2').map((e) => e.status)).toEqual([429]);
  });

  test('a thread: the hold covers every post, and each post carries its own media', async () => {
    await background.setRule('require');
    const log = new LogWindow(session);
    page = await openWide(session, '/compose/post?lang=en');
    const tabId = await session.tabIdOf(page);
    await attach(page, [pngFile('thread-1.png', 40, 48, 41)]);
    await background.waitForItems(tabId, 1);
    await typePost(page, 'Thread, post 1');
    await page.click('#layers [data-testid="addButton"]');
    await page.waitForSelector('#layers [data-testid="tweetTextarea_1"]');
    await typePost(page, 'Thread, post 2', '#layers', 1);
    await attach(page, [pngFile('thread-2.png', 90, 48, 42)]);
    const items = await background.waitForItems(tabId, 2);
    const first = items.find((i) => i.post === 0);
    const second = items.find((i) => i.post === 1);
    expect([first?.index, second?.index]).toEqual([0, 0]);
    await waitForPrompt(page, 2);
    // Post 1 described, post 2 not: the whole thread waits.
    await typeAlt(page, first?.mediaId as string, 'In the first post');
    await page.click('#layers [data-testid="tweetButton"]');
    expect(await holdText(page)).toContain('(one missing)');
    expect(log.entries('create-tweet')).toHaveLength(0);
    expect(log.entries('metadata-v2')).toHaveLength(0);
    await clickHoldButton(page, 'Add a description');
    await waitForPrompt(page, 2);
    await typeAlt(page, second?.mediaId as string, 'In the second post');
    await page.click('#layers [data-testid="tweetButton"]');
    const firstPost = await log.createTweet(0);
    const secondPost = await log.createTweet(1);
    expectMetadataBeforePost(log, [first?.mediaId as string, second?.mediaId as string]);
    expect(postedIds(firstPost)).toEqual([first?.mediaId]);
    expect(postedIds(secondPost)).toEqual([second?.mediaId]);
  });
});
