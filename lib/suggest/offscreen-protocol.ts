import { z } from '../zod';

/**
 * Chrome only: the background (a service worker, which cannot start workers with a DOM-free WebAssembly OCR of this
 * size reliably and must stay light) hands OCR to an offscreen document. Messages to it carry this target; every
 * other extension message reaching the document is ignored.
 */
export const OFFSCREEN_TARGET = 'offscreen-ocr';
export const OFFSCREEN_PATH = '/offscreen.html';

export const OffscreenRequestSchema = z.strictObject({
  target: z.literal(OFFSCREEN_TARGET),
  image: z.string().check(z.maxLength(30_000_000)),
  mimeType: z.string().check(z.maxLength(100)),
});
export type OffscreenRequest = z.infer<typeof OffscreenRequestSchema>;

export type OffscreenReply = { ok: true; text: string | null } | { ok: false; message: string };
