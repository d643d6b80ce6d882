import { pair, type TileSide, type UploadSide } from './pairing';

/** Tile addresses remembered as once shown: more than a composer's tiles over many crops and removals. */
const MAX_SEEN = 64;

/**
 * Pairing over the life of a page: remembers the ties, and which tile each upload was last shown in, so that an
 * upload whose tile went (removed, or replaced by a crop in X's editor, which uploads again) is given to no other
 * tile, and is not listed as an upload without a tile either.
 */
export function createPairing() {
  let ties = new Map<string, string>();
  const lastTile = new Map<string, string>();
  /** Uploads the post request showed were not the tile's after all (see retie): never tied again. */
  const dropped = new Set<string>();
  /** Tile addresses the page has shown (bounded): an upload naming one that is gone lost its tile. */
  const seen = new Set<string>();

  return {
    /** Ties for the tiles and uploads there are now (tile address → media id). */
    update(tiles: readonly TileSide[], uploads: ReadonlyArray<Omit<UploadSide, 'retiredFrom'>>): Map<string, string> {
      const present = new Set(tiles.map((tile) => tile.key));
      for (const key of present) {
        seen.delete(key);
        seen.add(key);
      }
      for (const key of seen) if (seen.size > MAX_SEEN) seen.delete(key);
      const sides: UploadSide[] = uploads.map((upload) => {
        // Its bytes are exactly the file of a tile that went before the upload could be tied (a crop while it was
        // on its way): that tile was its own, so it is shown in no other.
        const named = upload.previewUrl;
        if (!lastTile.has(upload.mediaId) && named !== undefined && seen.has(named) && !present.has(named))
          lastTile.set(upload.mediaId, named);
        const was = lastTile.get(upload.mediaId);
        if (dropped.has(upload.mediaId)) return { ...upload, retiredFrom: '' };
        return was !== undefined && !present.has(was) ? { ...upload, retiredFrom: was } : upload;
      });
      ties = pair(tiles, sides, ties);
      for (const [key, mediaId] of ties) lastTile.set(mediaId, key);
      return ties;
    },
    /**
     * The post request carries `mediaId` and not the upload tied to the tile at `key`, which shows the same picture:
     * the same file attached twice, one removed, and X kept the other upload than we guessed. The request is the
     * ground truth: the tile shows `mediaId`.
     */
    retie(key: string, mediaId: string): void {
      const before = ties.get(key);
      if (before !== undefined && before !== mediaId) dropped.add(before);
      ties.set(key, mediaId);
      lastTile.set(mediaId, key);
    },
    /** The upload was shown in a tile at some point (so, without one now, it was removed or replaced). */
    wasShown: (mediaId: string) => lastTile.has(mediaId),
    /** The upload a tile (gone for good) last showed. */
    lastShownIn: (key: string): string | undefined => [...lastTile].find(([, shown]) => shown === key)?.[0],
    /** An upload the page let go of: nothing of it is kept. */
    forgetUpload(mediaId: string): void {
      lastTile.delete(mediaId);
    },
  };
}
