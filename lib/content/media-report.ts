import type { Tile } from '../media/item';
import type { NetworkUpload } from './network-media';
import type { TrackedTile } from './tile-tracker';

/** An upload whose tile has not been found this long after X received it is listed on its own (X changed its page). */
const UNPLACED_AFTER_MS = 1_500;
const MAX_REPORTED = 40;

export interface ReportSources {
  tracked: readonly TrackedTile[];
  uploads: readonly NetworkUpload[];
  /** Tile address → media id (lib/pairing). */
  ties: ReadonlyMap<string, string>;
  /** X's own alt text for a media id, as X's own metadata call carried it. */
  xAltText(mediaId: string): string | undefined;
  /** The upload was shown in a tile once (so, without one now, it was removed or replaced). */
  wasShown(mediaId: string): boolean;
  now: number;
}

/**
 * What the content script tells the background: every tile with the media id it shows, and every composer upload the
 * page made whose tile was not found (the network's record beats the DOM). `recheckIn`: look again then, when an
 * upload may still find its tile.
 */
export function reportedTiles(sources: ReportSources): { tiles: Tile[]; recheckIn?: number } {
  const { tracked, uploads, ties, now } = sources;
  const byId = new Map(uploads.map((upload) => [upload.mediaId, upload]));
  const tiles: Tile[] = tracked.map((tile) => {
    const mediaId = ties.get(tile.key);
    const upload = mediaId ? byId.get(mediaId) : undefined;
    const xAltText = tile.xAltText ?? (mediaId ? sources.xAltText(mediaId) : undefined);
    return {
      key: tile.key,
      composerId: tile.composerId,
      post: tile.post,
      index: tile.index,
      kind: upload?.kind ?? tile.kind,
      attachedAt: tile.seenAt,
      ...(tile.thumbnail || upload?.thumbnail ? { thumbnail: tile.thumbnail ?? upload?.thumbnail } : {}),
      ...(upload ? { mediaId: upload.mediaId, ready: upload.ready } : {}),
      ...(upload?.expiresAt ? { expiresAt: upload.expiresAt } : {}),
      ...(xAltText ? { xAltText } : {}),
    };
  });
  // The network's record beats the DOM: a composer upload whose tile is not found is still the user's media.
  const tied = new Set(ties.values());
  let recheckIn: number | undefined;
  for (const upload of uploads) {
    // Only uploads never shown in a tile: one whose tile went (removed, cropped again) is not the user's any more.
    if (tied.has(upload.mediaId) || sources.wasShown(upload.mediaId) || !upload.ready) continue;
    upload.readyAt ??= now;
    if (now - upload.readyAt < UNPLACED_AFTER_MS) {
      recheckIn = UNPLACED_AFTER_MS;
      continue;
    }
    tiles.push({
      key: `upload:${upload.mediaId}`,
      composerId: 'page',
      post: 0,
      index: 0,
      kind: upload.kind,
      attachedAt: upload.readyAt,
      ...(upload.thumbnail ? { thumbnail: upload.thumbnail } : {}),
      mediaId: upload.mediaId,
      ready: true,
      ...(upload.expiresAt ? { expiresAt: upload.expiresAt } : {}),
      ...(sources.xAltText(upload.mediaId) ? { xAltText: sources.xAltText(upload.mediaId) } : {}),
    });
  }
  return { tiles: tiles.slice(-MAX_REPORTED), recheckIn };
}
