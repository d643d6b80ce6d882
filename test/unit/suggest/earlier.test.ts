import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { items } from '../../../lib/storage/items';
import { createEarlierLibrary, sameWords, wordSignature } from '../../../lib/suggest/earlier';
import { createMatcher, type Gray, SAME_PICTURE, sameTone, toneOf } from '../../../lib/suggest/fingerprint';
import { crop, lossy, meme, resize, scene } from './pictures';

/**
 * Earlier descriptions: the same picture is known again after X's treatment (lossy re-encoding, half size, a 5 %
 * crop), different pictures never are, and two memes on one template with different captions are told apart.
 */

const bytesOf = (n: number) => Uint8Array.from({ length: 32 }, (_, i) => (n * 31 + i) & 255);

/** As decode.ts hands pictures to the matcher: at most 96 px a side. */
const decoded = (image: Gray) => resize(image, Math.min(1, 96 / Math.max(image.width, image.height)));

const variants = (image: Gray): Array<[string, Gray]> => [
  ['lossy', lossy(image, 3)],
  ['half size', resize(image, 0.5)],
  ['half size, lossy', lossy(resize(image, 0.5), 5)],
  ['5 % cropped from the right', crop(image, 0, 0, 0.05, 0)],
  ['5 % cropped around', crop(image, 0.025, 0.025, 0.025, 0.025)],
  ['5 % cropped top and left, half size, lossy', lossy(resize(crop(image, 0.05, 0.05, 0, 0), 0.5), 9)],
];

describe('the picture distance', () => {
  const scenes = Array.from({ length: 8 }, (_, i) => scene(100 + i));

  test.each(scenes.map((s, i) => [i, s] as const))('scene %i matches its own altered copies', (_, image) => {
    const stored = createMatcher(decoded(image)).thumb;
    for (const [name, copy] of variants(image)) {
      expect(createMatcher(decoded(copy)).distance(stored), name).toBeLessThan(SAME_PICTURE);
    }
  });

  test('no two different scenes match, in any of their altered forms', () => {
    for (let a = 0; a < scenes.length; a++) {
      const stored = createMatcher(decoded(scenes[a] as Gray)).thumb;
      for (let b = 0; b < scenes.length; b++) {
        if (a === b) continue;
        for (const [name, copy] of variants(scenes[b] as Gray)) {
          const distance = createMatcher(decoded(copy)).distance(stored);
          expect(distance, `${a} vs ${b} ${name}`).toBeGreaterThanOrEqual(SAME_PICTURE);
        }
      }
    }
    // 8 × 7 pairs × 6 altered copies, each made and reduced in plain TypeScript: seconds on a shared 2-core machine.
  }, 30_000);

  test('two memes on one template with different captions do not match by picture alone', () => {
    const template = scene(7);
    const first = meme(template, 'WHEN THE CODE WORKS');
    const second = meme(template, 'WHEN IT FAILS AGAIN');
    const stored = createMatcher(decoded(first)).thumb;
    expect(createMatcher(decoded(second)).distance(stored)).toBeGreaterThanOrEqual(SAME_PICTURE);
    expect(createMatcher(decoded(lossy(resize(first, 0.5)))).distance(stored)).toBeLessThan(SAME_PICTURE);
  });
});

describe('words', () => {
  test('a signature keeps letters and digits, lower-cased', () => {
    expect(wordSignature('Hello, World! 2 3 42 café')).toBe('hello world 42 café');
  });
  test('OCR misreading a word still agrees; different captions do not', () => {
    expect(sameWords('when the code works on friday', 'when the c0de works on friday')).toBe(true);
    expect(sameWords('when the code works', 'when it fails again')).toBe(false);
    expect(sameWords('', 'a long caption with words')).toBe(false);
    expect(sameWords('', '')).toBe(true);
  });
});

describe('the library', () => {
  beforeEach(() => fakeBrowser.reset());

  test('remembers, finds by exact bytes and by picture, and tells when it was used', async () => {
    const library = createEarlierLibrary(items.earlierDescriptions);
    const photo = scene(1);
    await library.remember({ bytes: bytesOf(1), gray: photo, altText: '  A lake at dawn ', now: 1000 });
    expect(await library.find({ bytes: bytesOf(1), gray: scene(99) })).toEqual({
      text: 'A lake at dawn',
      usedAt: 1000,
    });
    expect(await library.find({ bytes: bytesOf(2), gray: decoded(lossy(resize(photo, 0.5))) })).toEqual({
      text: 'A lake at dawn',
      usedAt: 1000,
    });
    expect(await library.find({ bytes: bytesOf(3), gray: scene(2) })).toBeUndefined();
  });

  test('words read in the pictures must agree when both are known', async () => {
    const library = createEarlierLibrary(items.earlierDescriptions);
    const template = scene(5);
    await library.remember({
      bytes: bytesOf(1),
      gray: template,
      altText: 'Meme: when the code works',
      words: 'WHEN THE CODE WORKS',
      now: 1,
    });
    expect(
      await library.find({ bytes: bytesOf(2), gray: lossy(template), words: 'WHEN IT FAILS AGAIN' }),
    ).toBeUndefined();
    expect(
      await library.find({ bytes: bytesOf(2), gray: lossy(template), words: 'WHEN THE CODE W0RKS' }),
    ).toMatchObject({
      text: 'Meme: when the code works',
    });
  });

  test('is bounded: the oldest go first; the same picture again replaces its entry; clear empties it', async () => {
    const library = createEarlierLibrary(items.earlierDescriptions, 3);
    for (let i = 0; i < 5; i++)
      await library.remember({ bytes: bytesOf(i), gray: scene(i), altText: `photo ${i}`, now: 100 + i });
    expect((await library.list()).map((e) => e.text)).toEqual(['photo 2', 'photo 3', 'photo 4']);
    await library.remember({ bytes: bytesOf(3), gray: scene(3), altText: 'photo 3, again', now: 200 });
    expect((await library.list()).map((e) => e.text)).toEqual(['photo 2', 'photo 4', 'photo 3, again']);
    await library.remember({ bytes: bytesOf(9), gray: scene(9), altText: '   ', now: 300 });
    expect(await library.list()).toHaveLength(3);
    await library.clear();
    expect(await library.list()).toEqual([]);
  });

  test('stored entries survive validation and stay small (5,000 fit in storage.local)', async () => {
    const library = createEarlierLibrary(items.earlierDescriptions);
    await library.remember({ bytes: bytesOf(1), gray: scene(1), altText: 'x'.repeat(100), now: 1 });
    const [entry] = await items.earlierDescriptions.get();
    expect(JSON.stringify(entry).length).toBeLessThan(1000);
  });
});

describe('colour', () => {
  beforeEach(() => fakeBrowser.reset());

  test('two smooth pictures that differ only in colour do not match; the same one re-encoded does', async () => {
    const library = createEarlierLibrary(items.earlierDescriptions);
    const smooth = (tone: [number, number, number]): Gray => {
      const width = 64;
      const height = 48;
      const pixels = Float32Array.from({ length: width * height }, (_, i) => 40 + (i % width) * 2);
      return { width, height, pixels, tone };
    };
    await library.remember({ bytes: bytesOf(1), gray: smooth([200, 120, 60]), altText: 'Orange sky', now: 1 });
    expect(await library.find({ bytes: bytesOf(2), gray: smooth([60, 120, 200]) })).toBeUndefined();
    expect(await library.find({ bytes: bytesOf(3), gray: smooth([203, 118, 63]) })).toMatchObject({
      text: 'Orange sky',
    });
  });

  test('the average colour is kept as rrggbb and compared channel by channel', () => {
    expect(toneOf({ width: 1, height: 1, pixels: [0], tone: [255, 16.4, 0] })).toBe('ff1000');
    expect(sameTone('ff1000', 'f01a08')).toBe(true);
    expect(sameTone('ff1000', 'ff1000'.replace('10', '30'))).toBe(false);
    expect(sameTone(undefined, 'ff1000')).toBe(true);
  });
});

test('a reading that lost a line still agrees; two captions sharing a few words do not', () => {
  expect(sameWords('when the code works', 'when the code works on the first try')).toBe(true);
  expect(sameWords('when the', 'when the build fails five minutes before lunch')).toBe(false);
  expect(sameWords('me on monday ready for the week', 'me on friday already on holiday')).toBe(false);
});
