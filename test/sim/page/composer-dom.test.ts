import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngFile, videoFile } from '../../../tools/media-files';
import { attach, type PageRig, startRig } from './harness';

// The composer's DOM as x.com draws it (x-composer.md rows marked new), in a real browser.

let rig: PageRig;
beforeAll(async () => {
  rig = await startRig();
}, 60_000); // launching Chromium on a shared 2-core machine
afterAll(() => rig?.close());

describe('composer DOM', () => {
  it('wraps each editor in tweetTextarea_NRichTextInputContainer (two prefix matches per post)', async () => {
    const page = await rig.open('/compose/post');
    await page.click('[role="dialog"] [data-testid="addButton"]');
    const found = await page.$$eval(
      '[role="dialog"] [data-testid^="tweetTextarea_"]:not([data-testid$="_label"])',
      (nodes) => nodes.map((node) => [node.getAttribute('data-testid'), node.getAttribute('role')]),
    );
    expect(found).toEqual([
      ['tweetTextarea_0RichTextInputContainer', null],
      ['tweetTextarea_0', 'textbox'],
      ['tweetTextarea_1RichTextInputContainer', null],
      ['tweetTextarea_1', 'textbox'],
    ]);
    const nested = await page.$eval('[data-testid="tweetTextarea_1RichTextInputContainer"]', (node) =>
      Boolean(node.querySelector('[data-testid="tweetTextarea_1"]')),
    );
    expect(nested).toBe(true);
  });

  it('draws tiles as groups labelled "Media", buttons with aria-labels only, one altTextWrapper per post', async () => {
    const page = await rig.open('/compose/post');
    await attach(page, pngFile('dom-a.png', 20), pngFile('dom-b.png', 21));
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="attachments"] [role="group"]').length === 2,
    );
    const tiles = await page.$$eval('[data-testid="attachments"] [role="group"]', (groups) =>
      groups.map((group) => ({
        label: group.getAttribute('aria-label'),
        img: group.querySelector('img')?.getAttribute('src')?.startsWith('blob:https://x.com/'),
        buttons: [...group.querySelectorAll('button')].map((b) => [
          b.getAttribute('aria-label'),
          b.getAttribute('data-testid'),
        ]),
      })),
    );
    for (const tile of tiles) {
      expect(tile).toEqual({
        label: 'Media',
        img: true,
        buttons: [
          ['Edit media', null],
          ['Flag sensitive media', null],
          ['Remove media', null],
        ],
      });
    }
    expect(
      await page.$$eval('[data-testid="altTextWrapper"]', (links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['/compose/post/media']);
    expect(await page.$$('[data-testid="removeMedia"]')).toHaveLength(0);
  });

  it('shows the link only on the active post, and not for a video', async () => {
    const page = await rig.open('/compose/post');
    await attach(page, pngFile('dom-c.png', 22));
    await page.click('[role="dialog"] [data-testid="addButton"]');
    await page.waitForSelector('[data-testid="tweetTextarea_1"]');
    // Post 1 is active now: post 0 keeps its image but loses the link.
    expect(await page.$$('[data-testid="altTextWrapper"]')).toHaveLength(0);
    await attach(page, videoFile('dom-clip.mp4'));
    await page.waitForSelector('video');
    expect(await page.$$('[data-testid="altTextWrapper"]')).toHaveLength(0);
    await page.click('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await page.waitForSelector('[data-testid="altTextWrapper"]');
    const cell = await page.$eval('[data-testid="altTextWrapper"]', (a) =>
      Boolean(a.closest('.composer-cell')?.querySelector('[data-testid="tweetTextarea_0"]')),
    );
    expect(cell).toBe(true);
  });

  it('previews a video as <video loop muted> with <source src="blob:…"> and no src of its own', async () => {
    const page = await rig.open('/compose/post');
    await attach(page, videoFile('dom-video.mp4'));
    await page.waitForSelector('[data-testid="attachments"] video');
    const video = await page.$eval('[data-testid="attachments"] video', (v) => ({
      src: v.getAttribute('src'),
      loop: v.loop,
      muted: v.hasAttribute('muted'),
      sources: [...v.querySelectorAll('source')].map((s) => s.getAttribute('src')?.slice(0, 18)),
    }));
    expect(video).toEqual({ src: null, loop: true, muted: true, sources: ['blob:https://x.com'] });
  });

  it('translates the tile words with the interface language', async () => {
    const page = await rig.open('/compose/post?lang=fr');
    await attach(page, pngFile('dom-fr.png', 23));
    await page.waitForSelector('[data-testid="attachments"] [role="group"]');
    const words = await page.$eval('[data-testid="attachments"] [role="group"]', (group) => [
      group.getAttribute('aria-label'),
      ...[...group.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')),
    ]);
    expect(words).toEqual(['Média', 'Modifier le média', 'Signaler un média sensible', 'Supprimer le média']);
    await page.goto('https://x.com/compose/post?lang=ja');
    await attach(page, pngFile('dom-ja.png', 24));
    await page.waitForSelector('[data-testid="attachments"] [role="group"]');
    expect(await page.$eval('[data-testid="attachments"] [role="group"]', (g) => g.getAttribute('aria-label'))).toBe(
      'メディア',
    );
  });

  it('re-creates tiles during the upload (same blob URL) unless recreateTiles is off', async () => {
    for (const recreate of [true, false]) {
      rig.sim.control.clearFaults();
      rig.sim.control.inject({ target: 'upload-finalize', mode: 'latency', ms: 400 });
      const page = await rig.open('/compose/post', { recreateTiles: recreate });
      await attach(page, pngFile(`dom-recreate-${recreate}.png`, 600, 600));
      await page.waitForSelector('[data-testid="attachments"] [role="group"]');
      await page.evaluate(() => {
        const marked = window as unknown as { firstTile: Element; firstSrc: string | null };
        marked.firstTile = document.querySelector('[data-testid="attachments"] [role="group"]') as Element;
        marked.firstSrc = marked.firstTile.querySelector('img')?.getAttribute('src') ?? null;
      });
      await page.waitForFunction(() => !document.querySelector('[role="progressbar"]:not([hidden])'));
      await rig.sim.control.log.waitFor((e) => e.kind === 'upload-finalize' && e.status === 200, 10_000);
      const after = await page.evaluate(() => {
        const marked = window as unknown as { firstTile: Element; firstSrc: string | null };
        const now = document.querySelector('[data-testid="attachments"] [role="group"]');
        return {
          same: now === marked.firstTile,
          sameSrc: now?.querySelector('img')?.getAttribute('src') === marked.firstSrc,
        };
      });
      expect(after).toEqual({ same: !recreate, sameSrc: true });
    }
  });
});
