import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { items } from '../../../lib/storage/items';
import { createEarlierLibrary } from '../../../lib/suggest/earlier';
import type { Gray } from '../../../lib/suggest/fingerprint';
import { type ModelProvider, noModel } from '../../../lib/suggest/model';
import { createSuggestService, type SuggestDeps } from '../../../lib/suggest/service';
import { DEFAULT_SUGGEST_PREFERENCES, type SuggestPreferences } from '../../../lib/suggest/types';
import { lossy, resize, scene } from './pictures';

/**
 * The engine's one seam, `suggestFor`, with fakes for what needs a browser (OCR, decoding, the model): which kinds
 * come back, in which order, what each preference turns off, and that one failing source leaves the others.
 */

const enc = new TextEncoder();
/** A JPEG holding only an XMP caption (the caption reader's own format is tested in caption.test.ts). */
const jpegWithCaption = (caption: string) => {
  const body = enc.encode(
    `http://ns.adobe.com/xap/1.0/\0<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${caption}</rdf:li></rdf:Alt></dc:description>`,
  );
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe1,
    (body.length + 2) >> 8,
    (body.length + 2) & 255,
    ...body,
    0xff,
    0xd9,
  ]);
};
const picture = (n: number) => Uint8Array.from({ length: 40 }, (_, i) => (i * n) & 255);

function setup(
  options: { ocr?: string; ocrFails?: boolean; model?: ModelProvider; preferences?: SuggestPreferences } = {},
) {
  const grays = new Map<number, Gray>();
  const readText = vi.fn(async () => {
    if (options.ocrFails) throw new Error('core failed to load');
    return options.ocr;
  });
  const deps: SuggestDeps = {
    preferences: async () => options.preferences ?? DEFAULT_SUGGEST_PREFERENCES,
    readText,
    // The fake decoder: each test picture's first byte after the header picks its scene.
    decode: async (bytes) => resize(grays.get(bytes[1] ?? 0) ?? scene(bytes[1] ?? 0), 0.25),
    library: createEarlierLibrary(items.earlierDescriptions),
    model: () => options.model ?? noModel,
    now: () => 5000,
  };
  return { service: createSuggestService(deps), readText, grays };
}

beforeEach(() => fakeBrowser.reset());

describe('suggestFor', () => {
  test('text in the picture, the caption of the original file, in that order', async () => {
    const { service } = setup({ ocr: 'SALE 50% OFF' });
    const suggestions = await service.suggestFor({
      bytes: picture(3),
      mimeType: 'image/jpeg',
      originalFile: jpegWithCaption('Shop window in Lyon'),
    });
    expect(suggestions).toEqual([
      { kind: 'ocr', text: 'SALE 50% OFF' },
      { kind: 'caption', text: 'Shop window in Lyon' },
    ]);
  });

  test('an earlier description comes back for the re-encoded picture, with when it was used', async () => {
    const { service, grays } = setup({ ocr: undefined });
    grays.set(9, lossy(scene(9)));
    await service.remember(picture(9), 'My dog Rex on the beach');
    const suggestions = await service.suggestFor({ bytes: Uint8Array.from([0, 9, 9, 9]), mimeType: 'image/jpeg' });
    expect(suggestions).toEqual([{ kind: 'earlier', text: 'My dog Rex on the beach', usedAt: 5000 }]);
  });

  test('the browser model gets the OCR text, and is asked only when turned on', async () => {
    const describe = vi.fn(async (_image: Blob, ocr: string | undefined) => `Screenshot of a post: ${ocr}`);
    const model: ModelProvider = { ...noModel, name: 'prompt-api', describe };
    const off = setup({ ocr: 'Hello world', model });
    expect((await off.service.suggestFor({ bytes: picture(2), mimeType: 'image/png' })).map((s) => s.kind)).toEqual([
      'ocr',
    ]);
    expect(describe).not.toHaveBeenCalled();
    const on = setup({ ocr: 'Hello world', model, preferences: { ocr: true, earlier: true, model: true } });
    const suggestions = await on.service.suggestFor({ bytes: picture(2), mimeType: 'image/png' });
    expect(suggestions.at(-1)).toEqual({ kind: 'model', text: 'Screenshot of a post: Hello world' });
  });

  test('OCR turned off is never run; earlier turned off is never looked up', async () => {
    const { service, readText } = setup({ ocr: 'text', preferences: { ocr: false, earlier: false, model: false } });
    await service.remember(picture(1), 'Something');
    expect(await service.suggestFor({ bytes: picture(1), mimeType: 'image/png' })).toEqual([]);
    expect(readText).not.toHaveBeenCalled();
  });

  test('OCR failing leaves the other suggestions', async () => {
    const { service } = setup({ ocrFails: true });
    const suggestions = await service.suggestFor({
      bytes: jpegWithCaption('Caption survives'),
      mimeType: 'image/jpeg',
    });
    expect(suggestions).toEqual([{ kind: 'caption', text: 'Caption survives' }]);
  });

  test('the same text from two sources is offered once', async () => {
    const { service } = setup({ ocr: 'Same words here' });
    const suggestions = await service.suggestFor({
      bytes: picture(4),
      mimeType: 'image/jpeg',
      originalFile: jpegWithCaption('Same words here'),
    });
    expect(suggestions).toEqual([{ kind: 'ocr', text: 'Same words here' }]);
  });
});
