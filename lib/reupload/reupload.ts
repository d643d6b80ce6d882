import type { AccountStatus } from '../account/status';
import type { UploadInput } from '../api/media-upload';
import type { UploadOutcome } from '../api/media-upload-outcome';
import { MEDIA_CATEGORIES, type MediaCategory } from '../api/media-upload-schema';
import type { MediaMetadata } from '../api/metadata-schema';
import { MediaIdSchema } from '../api/metadata-schema';
import type { Upload } from '../background/uploads';
import type { Job } from '../queue';
import { z } from '../zod';

/**
 * Nobody knows whether X lets a third-party app's token set metadata on media that X's own web client uploaded
 * (shared/docs/x-api.md, "Media ownership"). If X answers "doesn't own" for an id this tab uploaded minutes ago as
 * the connected user, that is the answer: the same bytes are uploaded again with the user's own app, the metadata
 * is applied to the new id, and the held post request carries the new id instead (lib/content/post-hold.ts).
 * One upload per media id, never repeated once it succeeded (each is billed to the user's app).
 */
export const ReuploadSchema = z.object({
  state: z.enum(['uploading', 'done', 'failed']),
  /** The id X gave the upload made with the user's app. */
  appId: z.optional(MediaIdSchema),
  /** Why it failed, in words. */
  message: z.optional(z.string()),
  at: z.number(),
});
export type Reupload = z.infer<typeof ReuploadSchema>;

/** The background asks the tab for the bytes X's page uploaded (base64: extension messages carry JSON). */
export const BYTES_REQUEST = 'reupload/bytes';
export const BytesAnswerSchema = z.object({
  base64: z.string().check(z.maxLength(64 * 1024 * 1024)),
  mediaType: z.string().check(z.maxLength(100)),
  category: z.string().check(z.maxLength(40)),
});

export interface ReuploadCase {
  job: Job;
  upload: Upload | undefined;
  /** When X said it would forget the id (INIT's expires_after_secs): "doesn't own" before then is not age. */
  expiresAt: number | undefined;
  postsAs: string | undefined;
  account: AccountStatus;
  existing: Reupload | undefined;
  now: number;
}

/** Whether a failed job calls for an upload again (and nothing else could help). */
export function shouldReupload({ job, upload, expiresAt, postsAs, account, existing, now }: ReuploadCase): boolean {
  if (job.phase !== 'failed' || job.cause !== 'media-gone' || !job.active) return false;
  if (existing && existing.state !== 'failed') return false;
  if (account.state !== 'connected' || (postsAs !== undefined && postsAs !== account.user.id)) return false;
  // Expired, X answers the same "doesn't own": then the user is told to attach the image again (lib/failures).
  return upload !== undefined && expiresAt !== undefined && now < expiresAt;
}

export interface ReuploadDeps {
  /** The bytes X's page uploaded for the id, from the tab (kept in its memory while the post needs them). */
  bytesOf(): Promise<{ bytes: Uint8Array; mediaType: string; category: string } | undefined>;
  upload(input: UploadInput): Promise<UploadOutcome>;
  record(reupload: Reupload): Promise<void>;
  /** Applies the metadata the refused job carried to the new id (the durable queue, as any save). */
  apply(appId: string, metadata: MediaMetadata): Promise<void>;
  now(): number;
}

export const WORDS = {
  noBytes:
    'X would not take a description for this image as your app, and the page no longer holds it to upload again. Remove the image and attach it again, or post without the description.',
  failed: (reason: string) =>
    `X would not take a description for this image as your app, and uploading it again with your app failed (${reason}). Post anyway, or cancel and try again.`,
};

/** Uploads the media again with the user's app and applies the metadata of `job` to the new id. */
export async function reupload(deps: ReuploadDeps, job: Job): Promise<void> {
  const metadata = job.active?.metadata;
  if (!metadata) return;
  await deps.record({ state: 'uploading', at: deps.now() });
  const source = await deps.bytesOf().catch(() => undefined);
  if (!source) {
    await deps.record({ state: 'failed', message: WORDS.noBytes, at: deps.now() });
    return;
  }
  const category: MediaCategory = (MEDIA_CATEGORIES as readonly string[]).includes(source.category)
    ? (source.category as MediaCategory)
    : 'tweet_image';
  const outcome = await deps.upload({ bytes: source.bytes, mediaType: source.mediaType, category });
  if (outcome.kind !== 'uploaded') {
    await deps.record({ state: 'failed', message: WORDS.failed(outcome.message), at: deps.now() });
    return;
  }
  await deps.record({ state: 'done', appId: outcome.mediaId, at: deps.now() });
  await deps.apply(outcome.mediaId, metadata);
}
