import { readCaption } from './caption';
import type { EarlierLibrary } from './earlier';
import { type Gray, sha256Hex } from './fingerprint';
import type { ModelProvider } from './model';
import { clampText, type SuggestInput, type Suggestion, type SuggestPreferences } from './types';

/**
 * The suggestion engine: `suggestFor` gathers what can be offered for one picture, `remember` records what the
 * user applied. Each source fails on its own: a broken caption or an OCR error removes that suggestion, not the
 * others. Suggestions are only offered; nothing here writes a description anywhere.
 */
export interface SuggestDeps {
  preferences(): Promise<SuggestPreferences>;
  /** Text in the picture (OCR), in the context that may run it. */
  readText(image: Blob): Promise<string | undefined>;
  decode(bytes: Uint8Array, mimeType: string): Promise<Gray>;
  library: EarlierLibrary;
  model(): ModelProvider;
  now(): number;
}

export interface SuggestService {
  suggestFor(input: SuggestInput): Promise<Suggestion[]>;
  /** Call when a description was applied at X: the picture and its description join the earlier ones. */
  remember(bytes: Uint8Array, altText: string, mimeType?: string): Promise<void>;
}

/** What OCR read in recent pictures, by SHA-256: `remember` uses it without reading the picture again. */
const RECENT = 50;

export function createSuggestService(deps: SuggestDeps): SuggestService {
  const recentWords = new Map<string, string>();
  const keep = (sha: string, words: string) => {
    recentWords.delete(sha);
    recentWords.set(sha, words);
    if (recentWords.size > RECENT) recentWords.delete(recentWords.keys().next().value ?? '');
  };
  const attempt = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch {
      return undefined;
    }
  };

  return {
    async suggestFor({ bytes, mimeType, originalFile }) {
      const preferences = await deps.preferences();
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType });
      const caption = (originalFile && readCaption(originalFile)) || readCaption(bytes);
      const ocr = preferences.ocr ? await attempt(() => deps.readText(blob)) : undefined;
      const sha = await sha256Hex(bytes);
      // OCR ran and found nothing: remember that too, so a text-less picture never matches one with text.
      if (preferences.ocr) keep(sha, ocr ?? '');
      const earlier = preferences.earlier
        ? await attempt(async () =>
            deps.library.find({ bytes, gray: await deps.decode(bytes, mimeType), words: recentWords.get(sha) }),
          )
        : undefined;
      const model = preferences.model ? await attempt(() => deps.model().describe(blob, ocr)) : undefined;

      const suggestions: Suggestion[] = [];
      if (ocr) suggestions.push({ kind: 'ocr', text: ocr });
      if (caption) suggestions.push({ kind: 'caption', text: caption });
      if (earlier) suggestions.push({ kind: 'earlier', text: earlier.text, usedAt: earlier.usedAt });
      if (model) suggestions.push({ kind: 'model', text: clampText(model) });
      // The same text twice (a caption that is also the earlier description) is offered once, first kind first.
      return suggestions.filter((s, i) => s.text !== '' && suggestions.findIndex((o) => o.text === s.text) === i);
    },
    async remember(bytes, altText, mimeType = 'image/jpeg') {
      const sha = await sha256Hex(bytes);
      const gray = await deps.decode(bytes, mimeType);
      await deps.library.remember({ bytes, gray, altText, words: recentWords.get(sha), now: deps.now() });
    },
  };
}
