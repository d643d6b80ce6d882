import { describe, expect, test } from 'vitest';
import { looksLikeWord, type OcrLine, textFromLines } from '../../../lib/suggest/ocr-filter';

/** What Tesseract reads becomes a suggestion only when it is text; texture read as "words" gives nothing. */

const line = (...words: Array<[string, number]>): OcrLine => ({
  words: words.map(([text, confidence]) => ({ text, confidence })),
});

describe('word shapes', () => {
  test.each(['Hello', 'l’été', '2026', '@alice', '#a11y', 'don’t', '(yes)', 'a', 'I', 'x.com'])('%s is a word', (w) =>
    expect(looksLikeWord(w)).toBe(true),
  );
  test.each(['|', '//', '—', '~~', 'i|', '.', '""', '=\\', 'q'])('%s is not', (w) =>
    expect(looksLikeWord(w)).toBe(false),
  );
});

describe('text from lines', () => {
  test('confident lines are kept whole, in order, one per line', () => {
    const text = textFromLines([
      line(['Meeting', 96], ['moved', 95], ['to', 93], ['Thursday', 91]),
      line(['Bring', 90], ['the', 88], ['report', 58]),
    ]);
    expect(text).toBe('Meeting moved to Thursday\nBring the report');
  });
  test('texture read as fragments gives nothing', () => {
    expect(
      textFromLines([line(['|', 40], ['~', 30]), line(['ee', 45], ['=', 20], ['Wi', 52]), line(['.', 10])]),
    ).toBeUndefined();
  });
  test('one confident word among noise is not enough to offer', () => {
    expect(textFromLines([line(['Sale', 92]), line(['/|', 30], ['}{', 25])])).toBeUndefined();
  });
  test('a noisy line is dropped while the real lines stay', () => {
    expect(
      textFromLines([line(['|', 20], ['==', 30], ['ii', 41]), line(['Just', 95], ['shipped', 94], ['v2', 90])]),
    ).toBe('Just shipped v2');
  });
  test('confident words whose average is still low give nothing', () => {
    expect(textFromLines([line(['Abc', 61], ['Def', 62], ['Ghi', 63])])).toBeUndefined();
  });
  test('the result never exceeds X’s 1000 characters', () => {
    const long = Array.from({ length: 300 }, () => line(['Lorem', 95], ['ipsum', 95]));
    expect(textFromLines(long)?.length).toBeLessThanOrEqual(1000);
  });
});
