import { watchPreviews } from './previews';
import type { UploadReport } from './protocol';

/** An upload as the page world follows it, from its INIT to X's last answer: what its reports say, but the bytes. */
type Upload = Omit<UploadReport, 'type' | 'nonce' | 'kind' | 'stage' | 'bytes'>;

const MAX_UPLOADS = 24;

export type UploadNews = Omit<UploadReport, 'type' | 'nonce'>;
export type OnUploadSent = (url: string, body: unknown) => ((status: number, answer: unknown) => void) | undefined;

/**
 * Follows X's chunked uploads (INIT, APPEND, FINALIZE, STATUS; the command in the query string or the form body) and
 * reports each composer-relevant fact: the id X gave an upload, where its bytes came from, and when it is ready, with
 * the bytes X sent. Returns what the XHR hook calls for each upload request it sees.
 */
export function watchUploads(report: (news: UploadNews) => void): OnUploadSent {
  const previews = watchPreviews();
  const uploads = new Map<string, Upload>();
  // By media id, apart from `uploads`: X sends the first APPEND from its own INIT answer handler, which runs before
  // ours (X's listener was added first), so the first segment may come before we know the upload.
  const segments = new Map<string, Blob[]>();
  /** By media id: the preview its bytes were cut from (see watchPreviews().sourceOf). */
  const exact = new Map<string, string>();

  /** What an upload request asks for, and what to do with X's answer. */
  const onUploadSent = (url: string, body: unknown): ((status: number, answer: unknown) => void) | undefined => {
    const field = (name: string) => fieldOf(url, body, name);
    const command = field('command')?.toUpperCase();
    const startedAt = performance.now();
    if (command === 'INIT') {
      const total = Number(field('total_bytes'));
      const totalBytes = Number.isSafeInteger(total) && total >= 0 && field('total_bytes') !== null ? total : undefined;
      const mediaType = field('media_type') ?? '';
      return (status, answer) => {
        const mediaId = ok(status) ? stringField(answer, 'media_id_string') : undefined;
        if (!mediaId) return;
        const expires = Number(objectField(answer, 'expires_after_secs'));
        const upload: Upload = {
          mediaId,
          category: field('media_category') ?? '',
          mediaType,
          totalBytes,
          sourceUrl: field('source_url') ?? undefined,
          previewUrl: totalBytes === undefined ? undefined : previews.claim(totalBytes, mediaType),
          startedAt,
          ...(Number.isSafeInteger(expires) && expires > 0 ? { expiresAfterSecs: expires } : {}),
        };
        uploads.set(mediaId, upload);
        while (uploads.size > MAX_UPLOADS) uploads.delete(uploads.keys().next().value as string);
        report(describe(upload, 'started'));
      };
    }
    const mediaId = field('media_id') ?? '';
    if (command === 'APPEND') {
      const media = body instanceof FormData ? body.get('media') : null;
      const index = Number(field('segment_index') ?? 0);
      if (!(media instanceof Blob) || !Number.isInteger(index) || index < 0 || index >= 1000) return undefined;
      const list = segments.get(mediaId) ?? [];
      list[index] = media;
      if (index === 0) {
        const source = previews.sourceOf(media);
        if (source !== undefined) exact.set(mediaId, source);
      }
      segments.set(mediaId, list);
      for (const old of segments.keys()) {
        if (segments.size <= MAX_UPLOADS) break;
        segments.delete(old);
      }
      return undefined;
    }
    const upload = uploads.get(mediaId);
    if (!upload) return undefined;
    if (command === 'FINALIZE' || command === 'STATUS') {
      return (status, answer) => {
        const state = stringField(objectField(answer, 'processing_info'), 'state');
        if (!ok(status) || state === 'failed') {
          report(describe(upload, 'failed'));
          uploads.delete(upload.mediaId);
          segments.delete(upload.mediaId);
        } else if (command === 'FINALIZE' || (upload.sourceUrl && state === 'succeeded')) {
          const parts = segments.get(upload.mediaId) ?? [];
          const whole = parts.length > 0 && [...parts].every((part) => part instanceof Blob);
          const bytes = whole ? new Blob(parts, { type: upload.mediaType }) : undefined;
          segments.delete(upload.mediaId);
          const previewUrl = exact.get(upload.mediaId) ?? upload.previewUrl;
          exact.delete(upload.mediaId);
          report({ ...describe(upload, 'ready'), ...(previewUrl ? { previewUrl } : {}), bytes });
          // The content script keeps the bytes from here on, for as long as the post needs them.
          uploads.delete(upload.mediaId);
        }
      };
    }
    return undefined;
  };
  return onUploadSent;
}

function describe(upload: Upload, stage: UploadReport['stage']): UploadNews {
  return { ...upload, kind: 'upload', stage };
}

const ok = (status: number) => status >= 200 && status < 300;

function objectField(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function stringField(value: unknown, name: string): string | undefined {
  const field = objectField(value, name);
  return typeof field === 'string' ? field : undefined;
}

/** A field of an upload request, from its query string or its form body (X's clients send either). */
function fieldOf(url: string, body: unknown, name: string): string | null {
  const fromUrl = new URL(url, location.href).searchParams.get(name);
  if (fromUrl !== null) return fromUrl;
  if (body instanceof URLSearchParams || body instanceof FormData) {
    const value = body.get(name);
    return typeof value === 'string' ? value : null;
  }
  return null;
}
