import { MEDIA_ID_LIFETIME_MS, type MediaItem, type Tile, TileSchema } from '../media/item';
import { ReuploadSchema } from '../reupload/reupload';
import type { StoredItem } from '../storage/stored-item';
import { z } from '../zod';
import { type Upload, UploadSchema } from './uploads';

/**
 * Per tab: the uploads the background saw (webRequest), and the tiles the content script sees, each with the media id
 * the page says it shows. Kept in
 * storage.session (a service worker forgets everything when it stops) with an in-memory copy for speed; each
 * change goes through one queue so concurrent events never lose an update.
 */
export const TabRecordSchema = z.object({
  uploads: z.array(UploadSchema),
  tiles: z.array(TileSchema),
  /** The content script reported from this tab: it is an x.com page with our script running. */
  hasContent: z.boolean(),
  incognito: z.boolean(),
  /** The X account (user id) the tab posts as, from x.com's twid cookie. */
  postsAs: z.optional(z.string()),
  /** Media uploaded again with the user's app after X refused metadata on the page's upload (lib/reupload). */
  reuploads: z.optional(z.record(z.string(), ReuploadSchema)),
});
export type TabRecord = z.infer<typeof TabRecordSchema>;
export const TabsSchema = z.record(z.string(), TabRecordSchema);

const empty = (): TabRecord => ({ uploads: [], tiles: [], hasContent: false, incognito: false });

export function createTabRegistry(store: StoredItem<Record<string, TabRecord>>) {
  let cache: Promise<Record<string, TabRecord>> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const all = () => {
    cache ??= store.get();
    return cache;
  };

  return {
    async get(tabId: number): Promise<TabRecord> {
      return (await all())[tabId] ?? empty();
    },

    async ids(): Promise<number[]> {
      return Object.keys(await all()).map(Number);
    },

    /** Applies `change` to the tab's record, stores it, and returns it. */
    update(tabId: number, change: (record: TabRecord) => TabRecord): Promise<TabRecord> {
      const run = chain.then(async () => {
        const records = await all();
        const changed = change(records[tabId] ?? empty());
        records[tabId] = changed;
        await store.set(records);
        return changed;
      });
      chain = run.catch(() => {});
      return run;
    },

    remove(tabId: number): Promise<void> {
      const run = chain.then(async () => {
        const records = await all();
        delete records[tabId];
        await store.set(records);
      });
      chain = run.catch(() => {});
      return run;
    },
  };
}

export type TabRegistry = ReturnType<typeof createTabRegistry>;

/**
 * The tab's tiles with what is known of their upload. The page names the media id (lib/pairing ties tiles to uploads
 * from the page's own network traffic); it counts only if this tab's upload requests, as the browser itself recorded
 * them, carried that id and X finished receiving it. So a page can at most point a tile at its own fresh upload.
 */
export function tiledMedia(tabId: number, record: TabRecord): Array<{ tile: Tile; item?: MediaItem }> {
  return record.tiles.map((tile) => {
    const upload: Upload | undefined =
      tile.mediaId === undefined ? undefined : record.uploads.find((u) => u.mediaId === tile.mediaId && !u.failed);
    if (!upload?.mediaId || !tile.ready || !isReceived(upload)) return { tile };
    const item: MediaItem = {
      mediaId: upload.mediaId,
      tabId,
      tileKey: tile.key,
      composerId: tile.composerId,
      post: tile.post,
      index: tile.index,
      kind: tile.kind,
      thumbnail: tile.thumbnail,
      detectedAt: upload.finalizedAt ?? upload.statusAt ?? upload.initAt,
      // Our own deadline stays a day: X's own word on expiry (tile.expiresAt) only decides whether an upload made
      // again can help (lib/reupload); a call past it costs one refusal, which then says so in plain words.
      expiresAt: upload.initAt + MEDIA_ID_LIFETIME_MS,
    };
    return { tile, item };
  });
}

/** FINALIZE answered; or, for a GIF from X's GIF search (never uploaded from the device), a STATUS answered. */
function isReceived(upload: Upload): boolean {
  return upload.finalizedAt !== undefined || (upload.statusAt !== undefined && !upload.appended);
}
