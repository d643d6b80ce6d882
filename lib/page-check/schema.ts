import { MediaIdSchema } from '../api/metadata-schema';
import { z } from '../zod';

/**
 * "Check this page": what of X's composer the content script found on a tab, and which uploads the page made, in
 * facts a user can report when X changes its page. Nothing of it leaves the browser.
 */
const count = z.int().check(z.gte(0), z.lte(1000));

export const PageCheckSchema = z.object({
  /** The page's route (no query string: it may name people). */
  route: z.string().check(z.maxLength(200)),
  /** Our watcher in X's own page world answered (it reports uploads and post requests). */
  pageWorld: z.boolean(),
  composers: count,
  textBoxes: count,
  postButtons: count,
  fileInputs: count,
  attachmentAreas: count,
  tiles: count,
  uploads: z
    .array(
      z.object({
        mediaId: MediaIdSchema,
        category: z.string().check(z.maxLength(40)),
        ready: z.boolean(),
        /** Shown in a tile the content script found. */
        tiled: z.boolean(),
        /** The browser's own record of this tab's requests carried this id (the background's check). */
        confirmed: z.optional(z.boolean()),
      }),
    )
    .check(z.maxLength(40)),
});
export type PageCheck = z.infer<typeof PageCheckSchema>;

/** What the background asks a tab's content script for (a message of its own, outside the router's contract). */
export const PAGE_CHECK_REQUEST = 'page-check/read';
