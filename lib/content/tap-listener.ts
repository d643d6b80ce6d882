import { MediaIdSchema } from '../api/metadata-schema';
import { type Answer, type AskReport, TAP, type UploadReport } from '../page-world/protocol';
import { z } from '../zod';

/**
 * The content script's side of page-world/tap.ts: takes the nonce at document_start (the first answer only), then
 * accepts reports only from this window, from https://x.com, with that nonce and a well-formed, bounded body. What
 * passes is still only the page's word: media ids are checked by the background against the browser's own record.
 */

const text = (max: number) => z.string().check(z.maxLength(max));
const blobLike = z.custom<Blob>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Blob).size === 'number' &&
    (value as Blob).size <= 2 ** 30 &&
    typeof (value as Blob).arrayBuffer === 'function',
);

const UploadReportSchema = z.object({
  kind: z.literal('upload'),
  stage: z.enum(['started', 'ready', 'failed']),
  mediaId: MediaIdSchema,
  category: text(40),
  mediaType: text(100),
  totalBytes: z.optional(z.int().check(z.gte(0), z.lte(2 ** 40))),
  sourceUrl: z.optional(text(2000).check(z.regex(/^https:\/\//))),
  previewUrl: z.optional(text(200).check(z.regex(/^blob:https:\/\/x\.com\//))),
  bytes: z.optional(blobLike),
  startedAt: z.number().check(z.gte(0)),
  expiresAfterSecs: z.optional(z.int().check(z.positive(), z.lte(10 * 365 * 86400))),
});

const AskReportSchema = z.object({
  kind: z.literal('ask'),
  requestId: text(64).check(z.minLength(1)),
  request: z.enum(['post', 'x-metadata']),
  operation: text(40),
  mediaIds: z.array(MediaIdSchema).check(z.maxLength(40)),
  altText: z.optional(text(10_000)),
});

export type Upload = Omit<UploadReport, 'type' | 'nonce'>;
export type Ask = Omit<AskReport, 'type' | 'nonce'>;
export type PageAnswer = Answer extends infer A ? (A extends { nonce: string } ? Omit<A, 'nonce'> : never) : never;

export interface PageChannel {
  /** The page world took part in the handshake: it runs in this page. */
  connected(): boolean;
  /** Tells the page world what to do with a request it asked about (or which media may go without asking). */
  answer(answer: PageAnswer): void;
}

export function listenToPage(
  signal: AbortSignal,
  handlers: { onUpload(upload: Upload): void; onAsk(ask: Ask): void },
): PageChannel {
  let nonce: string | undefined;
  document.addEventListener(
    TAP.ready,
    (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (nonce === undefined && typeof detail === 'string' && detail.length >= 32) nonce = detail;
    },
    { signal },
  );
  document.dispatchEvent(new CustomEvent(TAP.request));
  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== window || event.origin !== 'https://x.com' || nonce === undefined) return;
      const data = event.data as { type?: unknown; nonce?: unknown; kind?: unknown } | null;
      if (data?.type !== TAP.message || data.nonce !== nonce) return;
      if (data.kind === 'upload') {
        const parsed = UploadReportSchema.safeParse(data);
        if (parsed.success) handlers.onUpload(parsed.data as Upload);
      } else if (data.kind === 'ask') {
        const parsed = AskReportSchema.safeParse(data);
        if (parsed.success) handlers.onAsk(parsed.data);
      }
    },
    { signal },
  );
  return {
    connected: () => nonce !== undefined,
    answer(answer) {
      if (nonce === undefined || signal.aborted) return;
      document.dispatchEvent(new CustomEvent(TAP.answer, { detail: JSON.stringify({ ...answer, nonce }) }));
    },
  };
}
