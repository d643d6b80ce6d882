import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawInPage } from './harness/draw-in-page';
import { ExtensionSession } from './harness/session';

/**
 * The suggestion engine in the real builds: an extension page sends `suggest/for` with a picture it drew, the
 * background has the text read where it must be (Chromium: an offscreen document; Firefox: the background page's
 * own worker), and the answer comes back through the real message path.
 */

const LINES = ['Meeting moved to Thursday', 'Bring the quarterly report'];

type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
type Suggestions = Array<{ kind: string; text: string }>;

function send<T>(page: Page, type: string, payload: unknown): Promise<Reply<T>> {
  return page.evaluate(
    (message) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      return (scope.browser ?? scope.chrome).runtime.sendMessage(message);
    },
    { type, payload },
  ) as Promise<Reply<T>>;
}

const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

describe.each(['chromium', 'firefox'] as const)('the suggestion engine in %s', (name) => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    page = await session.openExtensionPage('options.html', 'body');
  });
  afterAll(async () => {
    await session?.close();
  });

  test('nothing of OCR is loaded before the first suggestion is asked for', async () => {
    const state = await send<{ ocrLoaded: boolean }>(page, 'suggest/engine-state', {});
    expect(state).toEqual({ ok: true, value: { ocrLoaded: false } });
  });

  // First use loads Tesseract's core and two language models from the extension's files: seconds on 2 cores.
  test('reads the text of a picture in an extension context and answers through the message path', async () => {
    const image = await drawInPage(page, LINES, 'image/png');
    const reply = await send<Suggestions>(page, 'suggest/for', { image, mimeType: 'image/png' });
    if (!reply.ok) throw new Error(`suggest/for failed: ${reply.error.message}`);
    const ocr = reply.value.find((s) => s.kind === 'ocr');
    expect(ocr, JSON.stringify(reply.value)).toBeDefined();
    expect(words(ocr?.text ?? '')).toEqual(LINES.flatMap(words));

    const state = await send<{ ocrLoaded: boolean }>(page, 'suggest/engine-state', {});
    expect(state).toEqual({ ok: true, value: { ocrLoaded: true } });
    if (name === 'chromium') {
      // Where it ran: Chrome's offscreen document, not the service worker and not a web page.
      const targets = session.browser.targets().map((t) => t.url());
      expect(targets.some((url) => url.endsWith('/offscreen.html'))).toBe(true);
    }
  }, 60_000);

  test('offers your earlier description again for the same picture re-encoded at half size', async () => {
    const image = await drawInPage(page, LINES, 'image/png');
    expect(
      await send(page, 'suggest/remember', { image, mimeType: 'image/png', altText: 'Note: meeting on Thursday' }),
    ).toEqual({ ok: true, value: {} });
    const copy = await page.evaluate(async (png: string) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))]));
      const canvas = new OffscreenCanvas(bitmap.width / 2, bitmap.height / 2);
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const bytes = new Uint8Array(
        await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 })).arrayBuffer(),
      );
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return btoa(binary);
    }, image);
    const reply = await send<Array<{ kind: string; text: string; usedAt?: number }>>(page, 'suggest/for', {
      image: copy,
      mimeType: 'image/jpeg',
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.find((s) => s.kind === 'earlier')).toMatchObject({
      text: 'Note: meeting on Thursday',
      usedAt: expect.any(Number),
    });
  }, 30_000);

  test('offers no text for a picture without any', async () => {
    const image = await drawInPage(page, [], 'image/png');
    const reply = await send<Suggestions>(page, 'suggest/for', { image, mimeType: 'image/png' });
    expect(reply).toEqual({ ok: true, value: [] });
  }, 30_000);

  test('refuses a payload that is not a picture, with a plain message', async () => {
    const reply = await send<Suggestions>(page, 'suggest/for', { image: 'AAAA', mimeType: 'text/html' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
