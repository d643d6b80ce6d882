import type { Worker as TesseractWorker } from 'tesseract.js';
import createWorker from 'tesseract.js/src/createWorker.js';
import { drawScaled } from './decode';
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
/**
 * The most one picture may take. Text is read in well under a second; what takes longer is texture (grain, foliage)
 * that Tesseract splits into thousands of specks, and that is never text worth offering. Past the budget the worker
 * is stopped (the only way to cancel it) and nothing is offered; the next picture starts a fresh one.
 */
export const BUDGET_MS = 2500;

export interface OcrEngine {
  /** What the picture says, or undefined when it says nothing readable. */
  read(image: Blob): Promise<string | undefined>;
  /** Whether the Tesseract worker is running now. */
  running(): boolean;
  stop(): Promise<void>;
}

/** Pictures smaller than this (longest side, px) are enlarged: Tesseract reads text from about 20 px high. */
const MIN_SIDE = 1000;
/** And larger ones reduced: time grows with pixels, and text on X is not smaller than this allows. */
const MAX_SIDE = 2400;
const OVER = Symbol('over budget');
/** Near-white, after JPEG's ringing around white letters. */
const WHITE = 225;

export function createOcrEngine(assetUrl: (path: string) => string, idleMs = IDLE_MS, budgetMs = BUDGET_MS): OcrEngine {
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

  // One picture at a time, each with its own budget from when its turn comes (X takes up to four at once).
  let turn: Promise<unknown> = Promise.resolve();

  return {
    read(image) {
      const run = turn.then(() => readOne(image));
      turn = run.catch(() => undefined);
      return run;
    },
    running: () => worker !== undefined,
    stop,
  };

  async function readOne(image: Blob): Promise<string | undefined> {
    busy++;
    clearTimeout(idleTimer);
    try {
      worker ??= start().catch((error: unknown) => {
        worker = undefined;
        throw error;
      });
      const tesseract = await worker;
      const recognise = async (canvas: OffscreenCanvas) => {
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
      };
      const deadline = Date.now() + budgetMs;
      const withinBudget = (work: Promise<string | undefined>) =>
        new Promise<string | undefined | typeof OVER>((resolve, reject) => {
          const timer = setTimeout(() => resolve(OVER), Math.max(0, deadline - Date.now()));
          work.then(resolve, reject).finally(() => clearTimeout(timer));
        });
      const first = await withinBudget(recognise(await prepare(image, 'auto')));
      if (first === OVER) {
        await stop();
        return undefined;
      }
      if (first !== undefined || deadline - Date.now() < budgetMs / 3) return first;
      // White text on a busy picture (a meme's outlined captions) is lost in the picture's own contrast: one more
      // try on its near-white pixels alone, drawn black on white. The same filter guards this pass against noise.
      const second = await withinBudget(recognise(await prepare(image, 'white-text')));
      if (second === OVER) {
        await stop();
        return undefined;
      }
      return second;
    } finally {
      busy--;
      armIdle();
    }
  }
}

/**
 * Greyscale, light-on-dark turned to dark-on-light (Tesseract's models read dark text best), at a size Tesseract
 * reads well. `white-text` keeps only near-white pixels, black on white.
 */
async function prepare(image: Blob, mode: 'auto' | 'white-text'): Promise<OffscreenCanvas> {
  const bitmap = await createImageBitmap(image);
  const longest = Math.max(bitmap.width, bitmap.height);
  const scale = longest < MIN_SIDE ? Math.min(3, MIN_SIDE / longest) : Math.min(1, MAX_SIDE / longest);
  const { canvas, context, width, height } = drawScaled(bitmap, scale);
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
    const luma = data[i] ?? 0;
    const value = mode === 'white-text' ? (luma >= WHITE ? 0 : 255) : invert ? 255 - luma : luma;
    data[i] = value;
    data[i + 1] = value;
    data[i + 2] = value;
  }
  context.putImageData(pixels, 0, 0);
  return canvas;
}
