import { AccountStatusSchema } from '../account/status';
import { EndpointFormSchema } from '../api/endpoint-forms';
import { MediaIdSchema, MediaMetadataSchema } from '../api/metadata-schema';
import { MetadataDraftSchema } from '../draft/draft';
import { SettingsSchema } from '../settings/settings';
import { z } from '../zod';
import { MEDIA_KINDS, ThumbnailSchema } from './item';
import { ItemStatusSchema } from './item-status';
import { TAB_CHANGED } from './tab-changed';

/** One media item as a view shows it: where it is, the user's draft, and where its metadata stands. */
export const ItemViewSchema = z.object({
  tileKey: z.string(),
  /** Undefined while the upload has not finished (X has not given the media id yet). */
  mediaId: z.optional(MediaIdSchema),
  kind: z.enum(MEDIA_KINDS),
  composerId: z.string(),
  post: z.int(),
  index: z.int(),
  thumbnail: z.optional(ThumbnailSchema),
  /** X refused metadata on the page's upload, so it was uploaded again with the user's app: the post uses this id. */
  reuploadedAs: z.optional(MediaIdSchema),
  /** X's own alt text for it (typed in X's media editor): a description, which X sends itself at Post time. */
  xAltText: z.optional(z.string()),
  draft: z.nullable(MetadataDraftSchema),
  status: ItemStatusSchema,
});
export type ItemView = z.infer<typeof ItemViewSchema>;

/** Everything a view of one tab needs, in one answer. */
export const TabStateSchema = z.object({
  tabId: z.int(),
  /** Whether our content script runs in this tab (an x.com page). */
  onX: z.boolean(),
  items: z.array(ItemViewSchema),
  account: AccountStatusSchema,
  settings: SettingsSchema,
  /** The X account (user id) the tab posts as, when x.com says. */
  postsAs: z.optional(z.string()),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** What reached X for a media id: the popup's "recently applied" list. */
export const HistoryEntrySchema = z.object({
  mediaId: MediaIdSchema,
  at: z.number(),
  form: EndpointFormSchema,
  sent: MediaMetadataSchema,
  thumbnail: z.optional(ThumbnailSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Pushed by the background to views and to the tab's content script when a tab's items change. */
export const TabChangedSchema = z.object({ type: z.literal(TAB_CHANGED), state: TabStateSchema });
export type TabChanged = z.infer<typeof TabChangedSchema>;
