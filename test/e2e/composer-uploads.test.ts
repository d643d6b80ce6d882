import { statSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { attach, Background, LogWindow, promptItems, tileWidth, waitForPrompt } from './harness/composer';
import { gifFile, pngFile, videoFile } from './harness/media-files';
import { ExtensionSession } from './harness/session';
import { inUi } from './harness/ui';

/**
 * Uploads in the modal composer: every kind of media becomes an item with the media id X gave it (read from the
 * simulator's log), in the tab's state and in the prompt, whatever order the uploads finish in; removing a tile
 * removes its item.
 */
describe.each(['chromium', 'firefox'] as const)('composer uploads in %s', (name) => {
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

  async function openComposer(): Promise<{ page: Page; tabId: number; log: LogWindow }> {
    const log = new LogWindow(session);
    page = await session.openX('/compose/post');
    await page.waitForSelector('alt-text-for-x');
    return { page, tabId: await session.tabIdOf(page), log };
  }

  /** Each item's media id is the one its own file's bytes were appended under (files told apart by width). */
  async function expectEachTileHasItsUpload(
    p: Page,
    log: LogWindow,
    items: Array<{ tileKey: string; mediaId?: string }>,
    files: Map<number, string>,
  ) {
    for (const item of items) {
      const width = await tileWidth(p, item.tileKey);
      const file = files.get(width);
      expect(file, `a file of width ${width}`).toBeDefined();
      const size = statSync(file as string).size;
      const appended = log.appendedBytes(item.mediaId as string);
      const detail = `${item.mediaId} should carry ${file} (${size} bytes); appends: ${JSON.stringify(
        log.entries('upload-append').map((e) => [e.query.media_id, e.body.slice(0, 20)]),
      )}; inits: ${JSON.stringify(log.entries('upload-init').map((e) => e.query.total_bytes))}`;
      // The APPEND's multipart envelope adds ~200 bytes to the file; the test files differ by 500 bytes or more.
      expect(appended - size, detail).toBeGreaterThanOrEqual(0);
      expect(appended - size, detail).toBeLessThan(450);
      const inits = log.entries('upload-init').map((e) => Number(e.query.total_bytes));
      expect(inits).toContain(size);
    }
  }

  test('one image: an item with the media id from X, in the tab state and the prompt', async () => {
    const { page, tabId, log } = await openComposer();
    await attach(page, [pngFile('single.png', 40)]);
    const items = await background.waitForItems(tabId, 1);
    const [finalized] = log.finalizedIds();
    expect(items).toMatchObject([
      { mediaId: finalized, kind: 'image', composerId: 'modal', post: 0, index: 0, status: { kind: 'unsaved' } },
    ]);
    expect(items[0]?.tileKey).toMatch(/^blob:https:\/\/x\.com\//);
    await waitForPrompt(page, 1);
    expect(await promptItems(page)).toEqual([{ mediaId: finalized, label: 'Image 1' }]);
    // The tile wears our badge.
    await page.waitForSelector('#layers [data-testid="attachments"] [role="group"] alt-text-for-x-badge', {
      timeout: 10_000, // a badge on a tile we already prompt for: one observer pass, < 1 s
    });
  });

  test('four images: four items, each tied to its own upload', async () => {
    const { page, tabId, log } = await openComposer();
    const widths = [30, 60, 90, 120];
    const files = new Map(widths.map((w) => [w, pngFile(`four-${w}.png`, w, 48, w)]));
    await attach(page, [...files.values()]);
    const items = await background.waitForItems(tabId, 4);
    expect(items.map((i) => i.mediaId).sort()).toEqual(log.finalizedIds().sort());
    expect(items.map((i) => [i.kind, i.composerId, i.post, i.index])).toEqual(
      [0, 1, 2, 3].map((index) => ['image', 'modal', 0, index]),
    );
    await expectEachTileHasItsUpload(page, log, items, files);
    await waitForPrompt(page, 4);
    expect(await promptItems(page)).toEqual(
      items.map((item, i) => ({ mediaId: item.mediaId, label: `Image ${i + 1}` })),
    );
  });

  test('a GIF: one item of kind "gif" with its media id', async () => {
    const { page, tabId, log } = await openComposer();
    await attach(page, [gifFile('anim.gif')]);
    const items = await background.waitForItems(tabId, 1);
    expect(log.entries('upload-init').map((e) => e.query.media_category)).toEqual(['tweet_gif']);
    expect(items).toMatchObject([{ mediaId: log.finalizedIds()[0], kind: 'gif', composerId: 'modal' }]);
    await waitForPrompt(page, 1);
    expect(await promptItems(page)).toEqual([{ mediaId: items[0]?.mediaId, label: 'GIF' }]);
  });

  test('a video: one item of kind "video" with its media id', async () => {
    const { page, tabId, log } = await openComposer();
    await attach(page, [videoFile('clip.mp4')]);
    const items = await background.waitForItems(tabId, 1);
    expect(log.entries('upload-init').map((e) => e.query.media_category)).toEqual(['amplify_video']);
    expect(items).toMatchObject([{ mediaId: log.finalizedIds()[0], kind: 'video', composerId: 'modal' }]);
    await waitForPrompt(page, 1);
    expect(await promptItems(page)).toEqual([{ mediaId: items[0]?.mediaId, label: 'Video' }]);
  });

  test('uploads finishing out of order: each tile still gets its own media id', async () => {
    const { page, tabId, log } = await openComposer();
    // The first FINALIZE to reach X waits 2.5 s: the other upload finishes first.
    session.sim.control.inject({ target: 'upload-finalize', mode: 'latency', ms: 2_500, count: 1 });
    const files = new Map([
      [40, pngFile('first-small.png', 40, 48, 7)],
      [160, pngFile('second-large.png', 160, 48, 8)],
    ]);
    await attach(page, [...files.values()]);
    const items = await background.waitForItems(tabId, 2);
    const finalizes = log.entries('upload-finalize');
    expect(finalizes).toHaveLength(2);
    const [arrivedFirst, arrivedSecond] = finalizes;
    expect(arrivedFirst?.endedAt as number).toBeGreaterThan(arrivedSecond?.endedAt as number);
    await expectEachTileHasItsUpload(page, log, items, files);
    expect(items.map((i) => i.index)).toEqual([0, 1]);
    expect(await Promise.all(items.map((i) => tileWidth(page, i.tileKey)))).toEqual([40, 160]);
  });

  test('removing a tile (X\'s "Remove media") removes its item from the tab state and the prompt', async () => {
    const { page, tabId } = await openComposer();
    await attach(page, [pngFile('keep.png', 50, 48, 3), pngFile('drop.png', 100, 48, 4)]);
    const items = await background.waitForItems(tabId, 2);
    await waitForPrompt(page, 2);
    const dropped = items.find((i) => i.index === 1);
    const kept = items.find((i) => i.index === 0);
    const remove = await page.waitForSelector(
      `#layers [data-testid="attachments"] [role="group"]:has(img[src="${dropped?.tileKey}"]) [aria-label="Remove media"]`,
    );
    // X's button sits under our prompt on narrow screens: click it as X's own handler receives it.
    await remove!.evaluate((b) => (b as HTMLElement).click());
    const after = await background.waitForTab(tabId, (s) => s.items.length === 1);
    expect(after.items).toMatchObject([{ mediaId: kept?.mediaId, tileKey: kept?.tileKey, index: 0 }]);
    await waitForPrompt(page, 1);
    expect((await promptItems(page)).map((i) => i.mediaId)).toEqual([kept?.mediaId]);
    expect(await page.$$(inUi(`fieldset[data-media-id="${dropped?.mediaId}"]`))).toHaveLength(0);
  });
});
