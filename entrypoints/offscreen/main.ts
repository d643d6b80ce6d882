import { browser } from 'wxt/browser';
import { fromBase64 } from '../../lib/suggest/base64';
import { createOcrEngine, IDLE_MS } from '../../lib/suggest/ocr-engine';
import { type OffscreenReply, OffscreenRequestSchema } from '../../lib/suggest/offscreen-protocol';

// Chrome's offscreen document (reason WORKERS): runs Tesseract's worker for the background. It closes itself after a
// minute without work, which ends the worker and gives its memory back; the background opens it again when needed.
const engine = createOcrEngine((path) => browser.runtime.getURL(`/${path}` as '/'));
let idle: ReturnType<typeof setTimeout> | undefined;
let busy = 0;
const closeLater = () => {
  clearTimeout(idle);
  idle = setTimeout(() => {
    if (busy === 0) void engine.stop().finally(() => window.close());
  }, IDLE_MS);
};
closeLater();

browser.runtime.onMessage.addListener((message: unknown) => {
  const parsed = OffscreenRequestSchema.safeParse(message);
  // Not ours (the content script's or a page's message to the background): no answer, so the background's counts.
  if (!parsed.success) return undefined;
  busy++;
  clearTimeout(idle);
  const blob = new Blob([fromBase64(parsed.data.image) as Uint8Array<ArrayBuffer>], { type: parsed.data.mimeType });
  return engine
    .read(blob)
    .then((text): OffscreenReply => ({ ok: true, text: text ?? null }))
    .catch((error: unknown): OffscreenReply => ({ ok: false, message: String(error).slice(0, 300) }))
    .finally(() => {
      busy--;
      closeLater();
    });
});
