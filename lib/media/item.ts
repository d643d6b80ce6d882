import { MediaIdSchema } from '../api/metadata-schema';
import { z } from '../zod';

/**
 * A media item of the user's composer, as the extension knows it. The content script sees tiles (it cannot see
 * network traffic); the background sees the tab's upload requests (it cannot see the page). The background joins
 * the two into items keyed by media id, the key of everything else (drafts, jobs, history).
 */

export const MEDIA_KINDS = ['image', 'gif', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** A small preview made by the content script (a blob: URL of x.com cannot be shown in extension pages). */
export const ThumbnailSchema = z
  .string()
  .check(z.maxLength(60_000), z.regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/));

const bounded = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const between = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));

/** One tile in one composer, as the content script reports it. */
export const TileSchema = z.strictObject({
  /**
   * The tile's media address (a blob: URL, stable while X keeps the attachment, even when the composer re-renders; a
   * GIF search result's https URL), or `upload:<media id>` for an upload the page made whose tile was not found.
   */
  key: bounded(1, 2000),
  /** Which composer on the page (modal, inline, reply box), and which post of its thread. */
  composerId: bounded(1, 40),
  post: between(0, 50),
  /** Position among the post's tiles. */
  index: between(0, 3),
  kind: z.enum(MEDIA_KINDS),
  /** When the content script first saw the tile (ms since epoch). */
  attachedAt: z.number().check(z.nonnegative()),
  thumbnail: z.optional(ThumbnailSchema),
  /** The page's word on which upload this tile shows (lib/pairing); the background checks it against webRequest. */
  mediaId: z.optional(MediaIdSchema),
  /** The page saw X finish receiving it. */
  ready: z.optional(z.boolean()),
  /** When X said it forgets the id (INIT's expires_after_secs; ms since epoch). */
  expiresAt: z.optional(z.number()),
  /** X's own alt text for it, typed in X's media editor (read from the tile, or from X's own metadata call). */
  xAltText: z.optional(bounded(1, 1000)),
});
export type Tile = z.infer<typeof TileSchema>;

export const MediaItemSchema = z.strictObject({
  mediaId: MediaIdSchema,
  tabId: z.int(),
  tileKey: z.string(),
  composerId: z.string(),
  post: z.int(),
  index: z.int(),
  kind: z.enum(MEDIA_KINDS),
  thumbnail: z.optional(ThumbnailSchema),
  /** When the media id became known (its upload finished). */
  detectedAt: z.number(),
  /** X forgets media ids after a while (24 h for images): after this, metadata can no longer be set. */
  expiresAt: z.number(),
});
export type MediaItem = z.infer<typeof MediaItemSchema>;

/** How long X keeps an uploaded media id (expires_after_secs for images; videos get the same here). */
export const MEDIA_ID_LIFETIME_MS = 24 * 60 * 60 * 1000;
