import type { StoredItem } from '../storage/stored-item';
import {
  createMatcher,
  type Gray,
  SAME_PICTURE,
  SAME_PICTURE_SAME_WORDS,
  sameTone,
  sha256Hex,
  toneOf,
} from './fingerprint';
import type { EarlierEntry } from './schema';
import { clampText } from './types';

/**
 * The user's own earlier descriptions, kept on this device only: recorded when a description is applied, offered
 * again when the same picture comes back (the same file, or X's re-encoded, resized or slightly cropped copy).
 * Bounded: the oldest entries go first.
 */
export const MAX_EARLIER = 5000;

export interface EarlierMatch {
  text: string;
  usedAt: number;
}

export interface EarlierLibrary {
  /** Records `altText` for the picture. `gray` is the decoded picture; `words` what OCR read in it, if known. */
  remember(entry: { bytes: Uint8Array; gray: Gray; altText: string; words?: string; now: number }): Promise<void>;
  find(query: { bytes: Uint8Array; gray: Gray; words?: string }): Promise<EarlierMatch | undefined>;
  list(): Promise<EarlierEntry[]>;
  clear(): Promise<void>;
}

/** Normalised words (lower case, letters and digits) for comparing what two pictures say. */
export function wordSignature(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []).join(' ').slice(0, 300);
}

/**
 * Two word lists say the same thing when most of their words are shared (OCR misreads a few), or when one reading
 * of at least three words lies within the other (a smaller copy of a picture often loses a line).
 */
export function sameWords(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return (a || b || '').split(' ').filter(Boolean).length < 3;
  const left = new Set(a.split(' '));
  const right = new Set(b.split(' '));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  const smaller = Math.min(left.size, right.size);
  if (smaller >= 3 && shared / smaller >= 0.8) return true;
  return shared / Math.max(left.size, right.size) >= 0.6;
}

export function createEarlierLibrary(store: StoredItem<EarlierEntry[]>, limit = MAX_EARLIER): EarlierLibrary {
  return {
    async remember({ bytes, gray, altText, words, now }) {
      const text = clampText(altText);
      if (!text) return;
      const sha256 = await sha256Hex(bytes);
      const thumb = createMatcher(gray).thumb;
      const signature = words ? wordSignature(words) : undefined;
      const tone = toneOf(gray);
      await store.update((entries) => {
        const kept = entries.filter((e) => e.sha256 !== sha256);
        const entry: EarlierEntry = {
          sha256,
          thumb,
          text,
          usedAt: now,
          ...(signature ? { words: signature } : {}),
          ...(tone ? { tone } : {}),
        };
        kept.push(entry);
        kept.sort((x, y) => x.usedAt - y.usedAt);
        return kept.slice(Math.max(0, kept.length - limit));
      });
    },
    async find({ bytes, gray, words }) {
      const entries = await store.get();
      if (entries.length === 0) return undefined;
      const sha256 = await sha256Hex(bytes);
      const exact = entries.filter((e) => e.sha256 === sha256).at(-1);
      if (exact) return { text: exact.text, usedAt: exact.usedAt };
      const matcher = createMatcher(gray);
      const signature = words === undefined ? undefined : wordSignature(words);
      const tone = toneOf(gray);
      let best: { entry: EarlierEntry; distance: number } | undefined;
      for (const entry of entries) {
        if (!sameTone(tone, entry.tone)) continue;
        const distance = matcher.distance(entry.thumb);
        if (distance >= SAME_PICTURE_SAME_WORDS) continue;
        // Words known on both sides must agree: two memes on one template differ mostly in what they say.
        const wordsKnown = signature !== undefined && entry.words !== undefined;
        if (wordsKnown && !sameWords(signature, entry.words)) continue;
        const manyWords = wordsKnown && (signature?.split(' ').length ?? 0) >= 3;
        if (distance >= (manyWords ? SAME_PICTURE_SAME_WORDS : SAME_PICTURE)) continue;
        if (!best || distance < best.distance || (distance === best.distance && entry.usedAt > best.entry.usedAt))
          best = { entry, distance };
      }
      return best ? { text: best.entry.text, usedAt: best.entry.usedAt } : undefined;
    },
    list: () => store.get(),
    clear: () => store.set([]),
  };
}
