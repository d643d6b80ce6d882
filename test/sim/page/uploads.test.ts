import { statSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../sim/index';
import { mediaFile, pngFile, srtFile, videoFile, withExifOrientation } from '../../../tools/media-files';
import { attach, type PageRig, startRig, truth, waitPostEnabled } from './harness';

// How the simulated x.com uploads (x-composer.md, rows marked new): re-encoding, GIF search, videos, Data Saver,
// uploads that are not composer media, crops, and the ground truth that pairs files with media ids.

let rig: PageRig;
beforeAll(async () => {
  rig = await startRig();
}, 60_000); // launching Chromium on a shared 2-core machine
afterAll(() => rig?.close());
beforeEach(() => rig.sim.control.reset());

const inits = () => rig.sim.control.log.entries({ kind: 'upload-init' });
const waitFor = (predicate: (e: LogEntry) => boolean) => rig.sim.control.log.waitFor(predicate, 15_000);

/** Waits until every composer upload finished (truth has `count` entries and no tile shows progress). */
async function uploadsDone(page: Awaited<ReturnType<PageRig['open']>>, count: number) {
  await page.waitForFunction(
    (n) =>
      (window as unknown as { __xsim: { truth: unknown[] } }).__xsim.truth.length >= n &&
      !document.querySelector('[role="progressbar"]:not([hidden])'),
    { timeout: 15_000 },
    count,
  );
}

let lightJpeg: Buffer;
let heavyJpeg: Buffer;

describe('re-encoding before upload', () => {
  beforeAll(async () => {
    const page = await rig.open('/home');
    const { jpegFromPage } = await import('./harness');
    lightJpeg = await jpegFromPage(page, 800, 600, false);
    heavyJpeg = await jpegFromPage(page, 300, 300, true);
  }, 30_000);

  it('sends a light JPEG as it is, and re-encodes one with an EXIF orientation (total_bytes and type change)', async () => {
    const page = await rig.open('/compose/post');
    const plain = mediaFile('light.jpg', lightJpeg);
    const rotated = mediaFile('portrait.jpg', withExifOrientation(lightJpeg, 6));
    await attach(page, plain);
    await uploadsDone(page, 1);
    await attach(page, rotated);
    await uploadsDone(page, 2);
    const [first, second] = inits();
    expect(first?.query).toMatchObject({ total_bytes: String(statSync(plain).size), media_type: 'image/jpeg' });
    expect(second?.query.media_type).toBe('image/jpeg');
    expect(Number(second?.query.total_bytes)).not.toBe(statSync(rotated).size);
    // The rotation is applied: the uploaded image is 600 × 800.
    expect(rig.sim.control.log.entries({ kind: 'upload-finalize' })).toHaveLength(2);
    const id = (await truth(page)).find((t) => t.file === 'portrait.jpg')?.mediaId;
    const status = await page.evaluate(async (mediaId) => {
      const r = await fetch(`https://upload.x.com/i/media/upload.json?command=STATUS&media_id=${mediaId}`, {
        credentials: 'include',
      });
      return r.json();
    }, id);
    expect(status.image).toMatchObject({ w: 600, h: 800 });
  });

  it('re-encodes a heavy JPEG (few pixels per byte) and a PNG over 4096 px, scaled to fit', async () => {
    const page = await rig.open('/compose/post');
    const heavy = mediaFile('heavy.jpg', heavyJpeg);
    const wide = pngFile('wide.png', 5000, 20);
    await attach(page, heavy, wide);
    await uploadsDone(page, 2);
    const byFile = new Map((await truth(page)).map((t) => [t.file, t.mediaId]));
    for (const [name, path] of [
      ['heavy.jpg', heavy],
      ['wide.png', wide],
    ] as const) {
      const init = inits().find((e) =>
        rig.sim.control.log
          .entries({ kind: 'upload-append' })
          .some((a) => a.query.media_id === byFile.get(name) && a.seq > e.seq),
      );
      expect(init?.query.media_type, name).toBe('image/jpeg');
      expect(Number(init?.query.total_bytes), name).not.toBe(statSync(path).size);
    }
    const status = await page.evaluate(async (mediaId) => {
      const r = await fetch(`https://upload.x.com/i/media/upload.json?command=STATUS&media_id=${mediaId}`, {
        credentials: 'include',
      });
      return r.json();
    }, byFile.get('wide.png'));
    expect(status.image).toMatchObject({ w: 4096, h: 16 });
  });

  it('reencode=never sends every file as it is; reencode=always turns a PNG into a JPEG', async () => {
    let page = await rig.open('/compose/post', { reencode: 'never' });
    const rotated = mediaFile('never.jpg', withExifOrientation(lightJpeg, 6));
    await attach(page, rotated);
    await uploadsDone(page, 1);
    expect(inits()[0]?.query.total_bytes).toBe(String(statSync(rotated).size));
    rig.sim.control.log.clear();
    page = await rig.open('/compose/post', { reencode: 'always' });
    await attach(page, pngFile('always.png', 30));
    await uploadsDone(page, 1);
    expect(inits()[0]?.query.media_type).toBe('image/jpeg');
  });

  it('previews the picked file by default, the uploaded bytes with previewSource=uploaded', async () => {
    for (const previewSource of ['original', 'uploaded'] as const) {
      const page = await rig.open('/compose/post', { previewSource });
      const rotated = mediaFile(`preview-${previewSource}.jpg`, withExifOrientation(lightJpeg, 6));
      await attach(page, rotated);
      await uploadsDone(page, 1);
      const shown = await page.$eval('[data-testid="attachments"] [role="group"] img', async (img) => {
        const blob = await (await fetch((img as HTMLImageElement).src)).blob();
        return blob.size;
      });
      const uploaded = Number(inits().at(-1)?.query.total_bytes);
      if (previewSource === 'original') expect(shown).toBe(statSync(rotated).size);
      else expect(shown).toBe(uploaded);
    }
  });
});

describe('the uploader', () => {
  it('pairs each file with its media id in window.__xsim.truth, whatever order the uploads finish in', async () => {
    const page = await rig.open('/compose/post', { uploadJitterMs: 600 });
    const files = [pngFile('j1.png', 40), pngFile('j2.png', 41), pngFile('j3.png', 42), pngFile('j4.png', 43)];
    await attach(page, ...files);
    await uploadsDone(page, 4);
    const entries = await truth(page);
    expect(entries.map((t) => t.file).sort()).toEqual(['j1.png', 'j2.png', 'j3.png', 'j4.png']);
    // The server's view of each id (STATUS answers its size) must be the size of the file truth names for it.
    for (const entry of entries) {
      const path = files[Number(entry.file[1]) - 1] as string;
      const status = await page.evaluate(async (mediaId) => {
        const r = await fetch(`https://upload.x.com/i/media/upload.json?command=STATUS&media_id=${mediaId}`, {
          credentials: 'include',
        });
        return r.json();
      }, entry.mediaId);
      expect(status.size, entry.file).toBe(statSync(path).size);
      expect(entry).toMatchObject({ category: 'tweet_image', composer: 'modal', post: 0 });
    }
  });

  it('uploads videos as amplify_video, to upload2.json with longVideo', async () => {
    let page = await rig.open('/compose/post');
    await attach(page, videoFile('v1.mp4'));
    await waitFor((e) => e.kind === 'upload-finalize');
    expect(inits()[0]).toMatchObject({ path: '/i/media/upload.json', query: { media_category: 'amplify_video' } });
    page = await rig.open('/compose/post', { longVideo: true });
    await attach(page, videoFile('v2.mp4'));
    await waitFor((e) => e.kind === 'upload-finalize' && e.path === '/i/media/upload2.json');
    expect(inits()[1]).toMatchObject({ path: '/i/media/upload2.json', query: { media_category: 'amplify_video' } });
    expect(page.url()).toContain('/compose/post');
  });

  it('GIF search: INIT with source_url and no total_bytes, STATUS until succeeded, no APPEND or FINALIZE', async () => {
    const page = await rig.open('/compose/post');
    await page.click('[role="dialog"] [data-testid="gifSearchButton"]');
    await page.waitForSelector('.gif-choice');
    const url = await page.$eval('.gif-choice', (b) => b.getAttribute('data-gif-url'));
    await page.click('.gif-choice');
    await waitPostEnabled(page);
    const [init] = inits();
    expect(init?.query).toEqual({
      command: 'INIT',
      source_url: url,
      media_category: 'tweet_gif',
      media_type: 'image/gif',
    });
    expect(rig.sim.control.log.entries({ kind: 'upload-append' })).toHaveLength(0);
    expect(rig.sim.control.log.entries({ kind: 'upload-finalize' })).toHaveLength(0);
    expect(rig.sim.control.log.entries({ kind: 'upload-status' }).at(-1)?.status).toBe(200);
    expect(await page.$eval('[data-testid="attachments"] [role="group"] img', (img) => img.getAttribute('src'))).toBe(
      url,
    );
    expect((await truth(page))[0]).toMatchObject({ file: url, category: 'tweet_gif' });
  });

  it('Data Saver: nothing uploads until Post; then the uploads, then the post request', async () => {
    const page = await rig.open('/compose/post', { dataSaver: true });
    await attach(page, pngFile('saver.png', 50));
    await waitPostEnabled(page);
    expect(inits()).toHaveLength(0);
    await page.click('[role="dialog"] [data-testid="tweetButton"]');
    const post = await waitFor((e) => e.kind === 'create-tweet');
    const finalize = rig.sim.control.log.entries({ kind: 'upload-finalize' })[0];
    expect(finalize?.seq).toBeLessThan(post.seq);
    const mediaId = (post.json as { variables: { media: { media_entities: { media_id: string }[] } } }).variables.media
      .media_entities[0]?.media_id;
    expect(mediaId).toBe(finalize?.query.media_id);
  });

  it('uploads that are not composer media use the same URLs: DMs, profile banners, subtitles', async () => {
    let page = await rig.open('/messages');
    const dm = (await page.$(
      '[data-testid="dmComposerFileInput"]',
    )) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await dm.uploadFile(pngFile('dm.png', 30));
    await waitFor((e) => e.kind === 'upload-finalize');
    page = await rig.open('/settings/profile');
    const banner = (await page.$(
      '[data-testid="bannerFileInput"]',
    )) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await banner.uploadFile(pngFile('banner.png', 60));
    await waitFor((e) => e.kind === 'upload-finalize' && e.seq > (inits()[1]?.seq ?? Infinity));
    page = await rig.open('/compose/post');
    await attach(page, videoFile('subtitled.mp4'));
    await uploadsDone(page, 1);
    await page.click('[role="dialog"] [aria-label="Edit media"]');
    await page.waitForSelector('[role="tab"]');
    const tabs = await page.$$('[role="tab"]');
    await tabs.at(-1)?.click();
    const input = (await page.waitForSelector(
      '[role="tabpanel"] input[type="file"]',
    )) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await input.uploadFile(srtFile());
    await page.waitForFunction(
      () => document.querySelector('[role="tabpanel"] [role="status"]')?.textContent === 'Subtitles added',
    );
    expect(inits().map((e) => [e.path, e.query.media_category])).toEqual([
      ['/i/media/upload.json', 'dm_image'],
      ['/i/media/upload.json', 'banner_image'],
      ['/i/media/upload.json', 'amplify_video'],
      ['/i/media/upload.json', 'subtitles'],
    ]);
    // Only the composer's video is in the ground truth.
    expect((await truth(page)).map((t) => t.category)).toEqual(['amplify_video']);
  }, 20_000); // three pages, and a video's processing is two STATUS polls one second apart

  it('a crop in X’s editor makes a new JPEG upload with a new media id and a new preview', async () => {
    const page = await rig.open('/compose/post');
    await attach(page, pngFile('crop.png', 90, 60));
    await uploadsDone(page, 1);
    const before = await page.$eval('[data-testid="attachments"] [role="group"] img', (img) => img.getAttribute('src'));
    await page.click('[role="dialog"] [aria-label="Edit media"]');
    await page.waitForSelector('.crop-aspect');
    const square = await page.$$('.crop-aspect');
    await square[2]?.click();
    await page.click('[data-testid="endEditingButton"]');
    await uploadsDone(page, 2);
    const entries = await truth(page);
    expect(entries).toEqual([
      expect.objectContaining({ file: 'crop.png', replaced: true }),
      expect.objectContaining({ file: 'crop.png', category: 'tweet_image' }),
    ]);
    expect(entries[1]?.mediaId).not.toBe(entries[0]?.mediaId);
    expect(entries[1]?.replaced).toBeUndefined();
    expect(inits()[1]?.query.media_type).toBe('image/jpeg');
    const after = await page.$eval('[data-testid="attachments"] [role="group"] img', (img) => img.getAttribute('src'));
    expect(after).not.toBe(before);
    await page.click('[role="dialog"] [data-testid="tweetButton"]');
    const post = await waitFor((e) => e.kind === 'create-tweet');
    expect(JSON.stringify(post.json)).toContain(entries[1]?.mediaId);
    expect(JSON.stringify(post.json)).not.toContain(entries[0]?.mediaId);
  });
});
