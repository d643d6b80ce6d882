import type { Worker as TesseractWorker } from 'tesseract.js';
import createWorker from 'tesseract.js/src/createWorker.js';
import { type OcrLine, textFromLines } from './ocr-filter';

/**
 * Tesseract (WebAssembly) in a worker of an extension context: Chrome's offscreen document or Firefox's background
 * page, never x.com's page. Its script, core and language data are the extension's own files (copied by
 * wxt.config.ts to ocr/); no network. Started on first use, stopped after a minute without work, so its memory
 * (tens of MB) is given back.
 */

export const OCR_ASSETS = 'ocr';
export const OCR_LANGUAGES = ['eng', 'fra'];
export const IDLE_MS = 60_000;

export interface OcrEngine {
  /** What the picture says, or undefined when it says nothing readable. */
  read(image: Blob): Promise<string | undefined>;
  /** Whether the Tesseract worker is running now. */
  running(): boolean;
  stop(): Promise<void>;
}

/** Pictures smaller than this (longest side, px) are enlarged: Tesseract reads text from about 20 px high. */
const MIN_SIDE = 1400;
/** And larger ones reduced: time grows with pixels, and text on X is not smaller than this allows. */
const MAX_SIDE = 2400;

export function createOcrEngine(assetUrl: (path: string) => string, idleMs = IDLE_MS): OcrEngine {
  let worker: Promise<TesseractWorker> | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;

  const start = () =>
    createWorker(OCR_LANGUAGES, 1 /* LSTM only: the small "best_int" models */, {
      workerPath: assetUrl(`${OCR_ASSETS}/worker.min.js`),
      corePath: assetUrl(`${OCR_ASSETS}/tesseract-core-simd-lstm.js`),
      langPath: assetUrl(`${OCR_ASSETS}/lang`),
      // The files are the extension's own: nothing to cache, and no IndexedDB copy of them to clean up.
      cacheMethod: 'none',
      gzip: true,
      // A blob: URL worker would need `blob:` in the CSP; the script is an extension file anyway.
      workerBlobURL: false,
    });

  const stop = async () => {
    clearTimeout(idleTimer);
    const current = worker;
    worker = undefined;
    if (current) await (await current.catch(() => undefined))?.terminate();
  };

  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (busy === 0) void stop();
    }, idleMs);
  };

  return {
    async read(image) {
      busy++;
      clearTimeout(idleTimer);
      try {
        worker ??= start().catch((error: unknown) => {
          worker = undefined;
          throw error;
        });
        const tesseract = await worker;
        const canvas = await prepare(image);
        const result = await tesseract.recognize(canvas, {}, { text: true, blocks: true });
        const lines: OcrLine[] = [];
        for (const block of result.data.blocks ?? []) {
          for (const paragraph of block.paragraphs) {
            for (const line of paragraph.lines) {
              lines.push({ words: line.words.map((w) => ({ text: w.text, confidence: w.confidence })) });
            }
          }
        }
        return textFromLines(lines);
      } finally {
        busy--;
        armIdle();
      }
    },
    running: () => worker !== undefined,
    stop,
  };
}

/**
 * Greyscale, dark themes turned light-on-dark to dark-on-light (Tesseract's models read dark text best), and a
 * size Tesseract reads well.
 */
async function prepare(image: Blob): Promise<OffscreenCanvas> {
  const bitmap = await createImageBitmap(image);
  const longest = Math.max(bitmap.width, bitmap.height);
  const scale = longest < MIN_SIDE ? Math.min(3, MIN_SIDE / longest) : Math.min(1, MAX_SIDE / longest);
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas in this context.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, width, height);
  const data = pixels.data;
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const luma = 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0);
    data[i] = luma;
    sum += luma;
  }
  const invert = sum / (data.length / 4) < 110;
  for (let i = 0; i < data.length; i += 4) {
    const value = invert ? 255 - (data[i] ?? 0) : (data[i] ?? 0);
    data[i] = value;
    data[i + 1] = value;
    data[i + 2] = value;
  }
  context.putImageData(pixels, 0, 0);
  return canvas;
}
