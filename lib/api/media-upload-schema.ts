import { z } from '../zod';

/**
 * X's v2 media upload, the dedicated endpoints (initialize → append → finalize → STATUS), as the simulator and the
 * extension both implement it (project issue 13). The base URLs are constants; the only thing put into a URL is a
 * media id that X itself answered, and only after it passed MEDIA_ID below.
 */
const BASE = 'https://api.x.com/2/media/upload';

export const UPLOAD_URLS = {
  initialize: `${BASE}/initialize`,
  append: (mediaId: string) => `${BASE}/${mediaId}/append`,
  finalize: (mediaId: string) => `${BASE}/${mediaId}/finalize`,
  status: (mediaId: string) => `${BASE}?${new URLSearchParams({ command: 'STATUS', media_id: mediaId })}`,
} as const;

export const MEDIA_CATEGORIES = [
  'tweet_image',
  'tweet_gif',
  'tweet_video',
  'amplify_video',
  'dm_image',
  'dm_gif',
  'dm_video',
  'subtitles',
] as const;
export type MediaCategory = (typeof MEDIA_CATEGORIES)[number];

/** X's media ids: 1 to 19 digits (the metadata schema's rule too). Anything else never reaches a URL. */
export const MEDIA_ID = /^[0-9]{1,19}$/;

/**
 * At most 4 MiB a segment. X takes up to 5 MB per append: 4 MiB (4,194,304 bytes) stays under that whether X counts
 * 5,000,000 bytes or 5 MiB, with room for the multipart envelope. A smaller request also leaves sooner: Chrome stops
 * an extension's service worker whose fetch has no answer after 30 s, so each segment must be sent within one
 * call's timeout (20 s by default: 4 MiB needs about 1.7 Mbit/s of upload).
 */
export const SEGMENT_BYTES = 4 * 1024 * 1024;

/** X numbers segments 0 to 999. */
export const MAX_SEGMENTS = 1000;

const mediaId = () => z.string().check(z.regex(MEDIA_ID));

/** What X says while it processes a GIF or a video; images usually come back without it. */
export const ProcessingInfoSchema = z.looseObject({
  state: z.string(),
  check_after_secs: z.optional(z.number()),
  progress_percent: z.optional(z.number()),
  error: z.optional(z.looseObject({ code: z.optional(z.number()), message: z.optional(z.string()) })),
});
export type ProcessingInfo = z.infer<typeof ProcessingInfoSchema>;

/** initialize's answer: everything the later steps and the uploaded outcome need, so all of it is required. */
export const InitializeResponseSchema = z.looseObject({
  data: z.looseObject({ id: mediaId(), media_key: z.string(), expires_after_secs: z.number() }),
});

/**
 * finalize's and STATUS's answers: the id is already known, so every field is optional. No processing_info means
 * nothing is left to process (X's rule for images), so an unreadable 2xx counts as done rather than being resent.
 */
export const FinalizeResponseSchema = z.looseObject({
  data: z.optional(
    z.looseObject({
      media_key: z.optional(z.string()),
      expires_after_secs: z.optional(z.number()),
      processing_info: z.optional(ProcessingInfoSchema),
    }),
  ),
});
export const StatusResponseSchema = FinalizeResponseSchema;
