import { MEDIA_ID_LIFETIME_MS, type MediaItem, type MediaKind, type Tile, TileSchema } from '../media/item';
import type { StoredItem } from '../storage/stored-item';
import { z } from '../zod';
import { tieTiles } from './tie';
import { type Upload, UploadSchema } from './uploads';

/**
 * Per tab: the uploads the background saw, the tiles the content script sees, and the ties between them. Kept in
 * storage.session (a service worker forgets everything when it stops) with an in-memory copy for speed; each
 * change goes through one queue so concurrent events never lose an update.
 */
export const TabRecordSchema = z.object({
  uploads: z.array(UploadSchema),
  tiles: z.array(TileSchema),
  ties: z.record(z.string(), z.string()),
  /** The content script reported from this tab: it is an x.com page with our script running. */
  hasContent: z.boolean(),
  incognito: z.boolean(),
});
export type TabRecord = z.infer<typeof TabRecordSchema>;
export const TabsSchema = z.record(z.string(), TabRecordSchema);

const empty = (): TabRecord => ({ uploads: [], tiles: [], ties: {}, hasContent: false, incognito: false });

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

    /** Applies `change` to the tab's record (tiles re-tied to uploads), stores it, and returns it. */
    update(tabId: number, change: (record: TabRecord) => TabRecord): Promise<TabRecord> {
      const run = chain.then(async () => {
        const records = await all();
        const changed = change(records[tabId] ?? empty());
        const next = { ...changed, ties: tieTiles(changed.tiles, changed.uploads, changed.ties) };
        records[tabId] = next;
        await store.set(records);
        return next;
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

/** The tab's tiles with what is known of their upload: the media id once X finished receiving it. */
export function tiledMedia(tabId: number, record: TabRecord): Array<{ tile: Tile; item?: MediaItem }> {
  return record.tiles.map((seen) => {
    const upload: Upload | undefined = record.uploads.find((u) => u.uid === record.ties[seen.key]);
    // The page cannot tell a GIF from an image by its tile (both are blob: images); the upload's category can.
    const tile = { ...seen, kind: kindOfCategory(upload?.category) ?? seen.kind };
    if (!upload?.mediaId || upload.finalizedAt === undefined) return { tile };
    const item: MediaItem = {
      mediaId: upload.mediaId,
      tabId,
      tileKey: tile.key,
      composerId: tile.composerId,
      post: tile.post,
      index: tile.index,
      kind: tile.kind,
      thumbnail: tile.thumbnail,
      detectedAt: upload.finalizedAt,
      expiresAt: upload.initAt + MEDIA_ID_LIFETIME_MS,
    };
    return { tile, item };
  });
}

/** tweet_gif, dm_video, … → the media kind X uploaded it as. */
function kindOfCategory(category: string | undefined): MediaKind | undefined {
  const kind = /_(image|gif|video)$/.exec(category?.toLowerCase() ?? '')?.[1];
  return kind as MediaKind | undefined;
}
