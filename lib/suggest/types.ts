/**
 * What the suggestion engine takes and gives. One seam: `suggestFor(input)` (service.ts). Suggestions are offered,
 * never applied by themselves: a view inserts one only when the user asks.
 */
export type SuggestionKind = 'ocr' | 'caption' | 'earlier' | 'model';

export interface Suggestion {
  kind: SuggestionKind;
  text: string;
  /** `earlier` only: when the user applied that description (ms epoch). */
  usedAt?: number;
}

export interface SuggestInput {
  /** The image as uploaded (what X receives). */
  bytes: Uint8Array;
  mimeType: string;
  /** The file the user picked, when it differs from `bytes` (its metadata may not survive X's re-encoding). */
  originalFile?: Uint8Array;
}

/** Which kinds the user lets the engine offer (Options). The caption is read whenever the text kinds are on. */
export interface SuggestPreferences {
  ocr: boolean;
  earlier: boolean;
  model: boolean;
}

export const DEFAULT_SUGGEST_PREFERENCES: SuggestPreferences = { ocr: true, earlier: true, model: false };

/** The longest text a suggestion may carry: X's alt text limit. */
export const MAX_SUGGESTION_CHARS = 1000;

export function clampText(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= MAX_SUGGESTION_CHARS ? trimmed : trimmed.slice(0, MAX_SUGGESTION_CHARS).trimEnd();
}
