import { type UploadDeps, uploadCall } from './media-upload-call';
import type { Uploaded, UploadOutcome } from './media-upload-outcome';
import { type ProcessingInfo, StatusResponseSchema, UPLOAD_URLS } from './media-upload-schema';
import { parseJson } from './transport';

/**
 * After finalize, X may still be processing (GIFs, videos): ask STATUS no sooner than X's `check_after_secs`, until
 * X says succeeded or failed, or the time allowed runs out. The user's post is held meanwhile, so the wait is
 * bounded: past it, the user decides (post anyway, or try again).
 */
export const DEFAULT_PROCESSING_TIMEOUT_MS = 120_000;

/** When X names no interval, or one under a second: never ask more often than once a second. */
const MIN_CHECK_AFTER_SECS = 1;

export async function awaitProcessing(
  deps: UploadDeps,
  uploaded: Uploaded,
  first: ProcessingInfo | undefined,
  signal: AbortSignal | undefined,
): Promise<UploadOutcome> {
  const { now, wait = abortableWait, processingTimeoutMs = DEFAULT_PROCESSING_TIMEOUT_MS } = deps;
  const { mediaId } = uploaded;
  const deadline = now() + processingTimeoutMs;
  let latest = uploaded;
  let info = first;
  let step: 'finalize' | 'status' = 'finalize';
  while (info && info.state !== 'succeeded' && info.state !== 'failed') {
    const waitMs = Math.max(MIN_CHECK_AFTER_SECS, info.check_after_secs ?? 0) * 1000;
    if (now() + waitMs > deadline) {
      const message = `X was still processing the media after ${Math.round(processingTimeoutMs / 1000)} s.`;
      return { kind: 'timeout', afterMs: processingTimeoutMs, message, step: 'status', mediaId };
    }
    await wait(waitMs, signal);
    const status = await uploadCall(
      deps,
      'status',
      { method: 'GET', url: UPLOAD_URLS.status(mediaId) },
      signal,
      mediaId,
    );
    if (!status.ok) return status.failure;
    step = 'status';
    const parsed = StatusResponseSchema.safeParse(parseJson(status.answer.text));
    const data = parsed.success ? parsed.data.data : undefined;
    latest = {
      ...latest,
      mediaKey: data?.media_key ?? latest.mediaKey,
      expiresAfterSecs: data?.expires_after_secs ?? latest.expiresAfterSecs,
      rateLimit: status.answer.rateLimit,
    };
    // STATUS always carries processing_info: an answer without it is unreadable, not "done"; ask again.
    info = data?.processing_info ?? info;
  }
  if (info?.state === 'failed') {
    const message = info.error?.message ?? 'X could not process the media.';
    return { kind: 'processing-failed', message, rateLimit: latest.rateLimit, step, mediaId };
  }
  return latest;
}

/** setTimeout that ends early when the upload is cancelled (the next call then sees the signal and stops). */
function abortableWait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
