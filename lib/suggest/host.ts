import { browser } from 'wxt/browser';
import { items } from '../storage/items';
import { toBase64 } from './base64';
import { decodeGray } from './decode';
import { createEarlierLibrary } from './earlier';
import { detectModel, type ModelProvider } from './model';
import { createOcrEngine, type OcrEngine } from './ocr-engine';
import { OFFSCREEN_PATH, OFFSCREEN_TARGET, type OffscreenReply } from './offscreen-protocol';
import { createSuggestService, type SuggestService } from './service';
import { trialMlAccess } from './trial-ml';

/**
 * The suggestion engine wired to this browser, in the background. OCR runs in an extension context, never in
 * x.com's page: Firefox's background page starts Tesseract's worker itself; Chrome's service worker opens an
 * offscreen document (reason WORKERS) on first use, which closes itself after an idle minute. Nothing here runs
 * until the first suggestion is asked for.
 */
export interface SuggestHost extends SuggestService {
  model(): ModelProvider;
  library: ReturnType<typeof createEarlierLibrary>;
  /** Whether OCR is loaded now (Firefox: the worker; Chrome: the offscreen document). For tests and the bench. */
  ocrLoaded(): Promise<boolean>;
}

interface ChromeOffscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export function createSuggestHost(): SuggestHost {
  const library = createEarlierLibrary(items.earlierDescriptions);
  const offscreen = (globalThis as { chrome?: { offscreen?: ChromeOffscreen } }).chrome?.offscreen;
  let local: OcrEngine | undefined;
  let model: ModelProvider | undefined;
  let opening: Promise<void> | undefined;

  const hasOffscreen = async () => {
    if (!offscreen) return false;
    if (offscreen.hasDocument) return offscreen.hasDocument();
    const contexts = await (
      browser.runtime as unknown as { getContexts(filter: object): Promise<unknown[]> }
    ).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    return contexts.length > 0;
  };

  const ensureOffscreen = async (chromeOffscreen: ChromeOffscreen) => {
    if (await hasOffscreen()) return;
    opening ??= chromeOffscreen
      .createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Reads the text in an image the user attached (Tesseract in a worker), on the device.',
      })
      .finally(() => {
        opening = undefined;
      });
    await opening;
  };

  const readText = async (image: Blob): Promise<string | undefined> => {
    if (!offscreen) {
      local ??= createOcrEngine((path) => browser.runtime.getURL(`/${path}` as '/'));
      return local.read(image);
    }
    await ensureOffscreen(offscreen);
    const request = {
      target: OFFSCREEN_TARGET,
      image: toBase64(new Uint8Array(await image.arrayBuffer())),
      mimeType: image.type,
    };
    const reply = (await browser.runtime.sendMessage(request)) as OffscreenReply | undefined;
    if (!reply) throw new Error('The text reader did not answer.');
    if (!reply.ok) throw new Error(reply.message);
    return reply.text ?? undefined;
  };

  const trial = trialMlAccess();
  const currentModel = () => {
    model ??= detectModel(globalThis as { LanguageModel?: unknown }, trial);
    return model;
  };

  const service = createSuggestService({
    preferences: () => items.suggestSettings.get(),
    readText,
    decode: decodeGray,
    library,
    model: currentModel,
    now: () => Date.now(),
  });

  return {
    ...service,
    library,
    model: currentModel,
    ocrLoaded: async () => (offscreen ? hasOffscreen() : (local?.running() ?? false)),
  };
}
