import { MediaIdSchema } from '../api/metadata-schema';
import { z } from '../zod';

/**
 * What the background learns from a tab's upload requests to upload.x.com (webRequest: the browser's own record,
 * which the page cannot forge). X's chunked upload names its command and, after INIT, the media id, in the query
 * string or in the form body (clients differ). The INIT response (with the id) is not visible to webRequest, so
 * an id is tied to its INIT by order: the client sends the first APPEND of an upload as soon as its INIT answered.
 */

export const UploadSchema = z.object({
  /** The INIT's webRequest id, or `id:<media id>` for an upload whose INIT was not seen (e.g. installed mid-upload). */
  uid: z.string(),
  initAt: z.number(),
  initDoneAt: z.optional(z.number()),
  totalBytes: z.optional(z.number()),
  category: z.optional(z.string()),
  mediaId: z.optional(MediaIdSchema),
  finalizedAt: z.optional(z.number()),
  /** A STATUS answered 2xx (the only sign a GIF from X's GIF search, which has no FINALIZE, was received). */
  statusAt: z.optional(z.number()),
  /** Bytes were sent for it (APPEND): a device upload, which is received only when FINALIZE answers. */
  appended: z.optional(z.boolean()),
  failed: z.optional(z.boolean()),
});
export type Upload = z.infer<typeof UploadSchema>;

export type UploadCommand = {
  command: 'INIT' | 'APPEND' | 'FINALIZE' | 'STATUS';
  mediaId?: string;
  totalBytes?: number;
  category?: string;
};

/** Reads the command of an upload request from its URL and, failing that, its form fields. */
export function parseUploadCommand(url: string, formData?: Record<string, unknown>): UploadCommand | undefined {
  let query: URLSearchParams;
  try {
    query = new URL(url).searchParams;
  } catch {
    return undefined;
  }
  const field = (name: string): string | undefined => {
    const fromQuery = query.get(name);
    if (fromQuery !== null) return fromQuery;
    const value = formData?.[name];
    const first = Array.isArray(value) ? value[0] : undefined;
    return typeof first === 'string' ? first : undefined;
  };
  const command = field('command')?.toUpperCase();
  if (command !== 'INIT' && command !== 'APPEND' && command !== 'FINALIZE' && command !== 'STATUS') return undefined;
  const mediaId = field('media_id');
  const totalBytes = Number(field('total_bytes'));
  return {
    command,
    mediaId: mediaId && MediaIdSchema.safeParse(mediaId).success ? mediaId : undefined,
    totalBytes: Number.isSafeInteger(totalBytes) && totalBytes >= 0 ? totalBytes : undefined,
    category: field('media_category'),
  };
}

const MAX_UPLOADS_PER_TAB = 40;

/** A request was sent. Returns the tab's uploads with it recorded. */
export function recordRequest(uploads: Upload[], requestId: string, at: number, command: UploadCommand): Upload[] {
  if (command.command === 'INIT') {
    const init: Upload = { uid: requestId, initAt: at, totalBytes: command.totalBytes, category: command.category };
    return [...uploads, init].slice(-MAX_UPLOADS_PER_TAB);
  }
  const mediaId = command.mediaId;
  if (!mediaId) return uploads;
  if (command.command === 'APPEND' && uploads.some((u) => u.mediaId === mediaId && !u.appended)) {
    return uploads.map((u) => (u.mediaId === mediaId ? { ...u, appended: true } : u));
  }
  if (uploads.some((u) => u.mediaId === mediaId)) return uploads;
  // A media id seen for the first time belongs to the upload whose INIT answered first and has no id yet.
  const waiting = uploads
    .map((upload, position) => ({ upload, position }))
    .filter(({ upload }) => upload.initDoneAt !== undefined && !upload.mediaId && !upload.failed)
    .sort((a, b) => (a.upload.initDoneAt ?? 0) - (b.upload.initDoneAt ?? 0));
  const owner = waiting[0];
  if (!owner) {
    const seen: Upload = { uid: `id:${mediaId}`, initAt: at, mediaId, appended: command.command === 'APPEND' };
    return [...uploads, seen].slice(-MAX_UPLOADS_PER_TAB);
  }
  const appended = command.command === 'APPEND' ? { appended: true } : {};
  return uploads.map((upload, position) =>
    position === owner.position ? { ...upload, mediaId, ...appended } : upload,
  );
}

/** A request ended (status 0 means it failed without an answer). */
export function recordCompletion(
  uploads: Upload[],
  requestId: string,
  at: number,
  command: UploadCommand,
  status: number,
): Upload[] {
  const ok = status >= 200 && status < 300;
  if (command.command === 'INIT') {
    return uploads.map((u) => (u.uid === requestId ? { ...u, ...(ok ? { initDoneAt: at } : { failed: true }) } : u));
  }
  if (command.command === 'FINALIZE' && command.mediaId) {
    return uploads.map((u) =>
      u.mediaId === command.mediaId ? { ...u, ...(ok ? { finalizedAt: at } : { failed: true }) } : u,
    );
  }
  if (command.command === 'STATUS' && command.mediaId && ok) {
    return uploads.map((u) => (u.mediaId === command.mediaId ? { ...u, statusAt: at } : u));
  }
  return uploads;
}
