import { clampText } from './types';

/**
 * Turns Tesseract's words into a suggestion, or nothing. A photo without text makes Tesseract "read" textures as
 * short, low-confidence fragments; offering that would be noise. So: keep only words it is confident in that look
 * like words, keep a line only when most of it survives, and offer the text only when enough real words remain.
 * The rules are about words in general, not about any test picture.
 */

export interface OcrWord {
  text: string;
  /** 0–100, Tesseract's own confidence. */
  confidence: number;
}

export interface OcrLine {
  words: OcrWord[];
}

/** A word Tesseract is this sure of is kept (its default reporting scale: 0–100). */
export const MIN_WORD_CONFIDENCE = 60;
/** Fewer confident, word-like words than this in the whole picture: no suggestion. */
export const MIN_WORDS = 2;
/** A line keeps its text only when this share of its words are confident and word-like. */
const MIN_LINE_SHARE = 0.5;

/** Has at least two letters or digits and is mostly made of them (a "word" of slashes and bars is texture). */
export function looksLikeWord(text: string): boolean {
  const core = text.replace(/^[("'“‘«[]+|[)"'”’».,;:!?…\]]+$/gu, '');
  const letters = core.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters === 0) return false;
  if (letters === 1) return /^[\p{L}\p{N}]$/u.test(core) && /^[aAiIyà&0-9]$/u.test(core);
  return letters / core.length >= 0.6;
}

export function textFromLines(lines: readonly OcrLine[]): string | undefined {
  const kept: string[] = [];
  let wordCount = 0;
  let confidenceSum = 0;
  for (const line of lines) {
    const words = line.words.filter((w) => w.text.trim() !== '');
    if (words.length === 0) continue;
    const good = words.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE && looksLikeWord(w.text));
    if (good.length / words.length < MIN_LINE_SHARE) continue;
    // Within a kept line, a low-confidence word is still the best reading of that spot: keep the line whole.
    kept.push(words.map((w) => w.text).join(' '));
    wordCount += good.length;
    confidenceSum += good.reduce((sum, w) => sum + w.confidence, 0);
  }
  if (wordCount < MIN_WORDS || confidenceSum / wordCount < 70) return undefined;
  const text = clampText(kept.join('\n'));
  return text === '' ? undefined : text;
}
