import type { Tile } from '../media/item';
import type { Fingerprint } from '../pairing/fingerprint';
import { samePicture } from '../pairing/pairing';
import { createPairing } from '../pairing/session';
import { createGoneUploads } from './gone-uploads';
import { reportedTiles } from './media-report';
import type { NetworkMedia } from './network-media';
import type { TrackedTile } from './tile-tracker';

/**
 * Where the tiles the page shows and the uploads it saw meet: lib/pairing ties them, the post request settles what a
 * guess left open, and an upload whose tile went is let go once nothing on the page can be it.
 */
export function createTileTies(page: {
  network: NetworkMedia;
  /** The tile shows `to`, not `from` as thought: what the user wrote for the tile goes with it. */
  moved(from: string, to: string): void;
  /** X's own alt text for an upload, as X's own metadata call carried it. */
  xAltText(mediaId: string): string | undefined;
}) {
  const { network } = page;
  let tracked: TrackedTile[] = [];
  let ties = new Map<string, string>();
  const pairing = createPairing();
  const tied = () => new Set(ties.values());

  // Until let go, an upload whose tile went stays that tile's for the pairing: it is given to no other tile, and not
  // listed as an upload without a tile.
  const gone = createGoneUploads({
    pictureOf: (mediaId) => network.get(mediaId)?.fingerprint,
    // Its tiles' pictures, and those of the uploads tied to them.
    shown: () =>
      tracked.flatMap(({ key, fingerprint }) =>
        [fingerprint, network.get(ties.get(key) ?? '')?.fingerprint].filter(
          (picture): picture is Fingerprint => picture !== undefined,
        ),
      ),
    tied,
    forget(mediaId) {
      pairing.forgetUpload(mediaId);
      network.forget(mediaId);
    },
  });

  return {
    /** The tiles on the page now, as the tracker last read them. */
    track(tiles: TrackedTile[]): void {
      tracked = tiles;
    },
    /** Media ids tied to a tile. */
    tied,
    /** Ties the tiles and uploads there are now; `forgotten` are the tiles gone for good since the last time. */
    report(forgotten: readonly string[], now: number): { tiles: Tile[]; recheckIn?: number } {
      for (const key of forgotten) {
        const mediaId = pairing.lastShownIn(key);
        if (mediaId) gone.add(mediaId);
      }
      gone.settle();
      const uploads = network.list();
      const before = ties;
      ties = pairing.update(
        tracked.map(({ key, kind, seenAt, fingerprint, unreadable }) => ({
          key,
          kind,
          seenAt,
          fingerprint,
          unreadable,
        })),
        uploads.map(({ mediaId, kind, startedAt, previewUrl, sourceUrl, fingerprint, unreadable }) => ({
          mediaId,
          kind,
          startedAt,
          previewUrl,
          sourceUrl,
          fingerprint,
          unreadable,
        })),
      );
      // A guess gave way to the upload that names the tile: what the user wrote for the tile goes with it.
      for (const [key, was] of before) {
        const next = ties.get(key);
        if (next !== undefined && next !== was) page.moved(was, next);
      }
      return reportedTiles({ tracked, uploads, ties, xAltText: page.xAltText, wasShown: pairing.wasShown, now });
    },
    /**
     * The post request names exactly the media of the post. An upload it carries that no tile was tied to, while a
     * tile showing the same picture is tied to an upload it does not carry, can only be the same file attached twice,
     * one removed, and the other upload kept than the one we guessed: the tile is the carried one's, and what the user
     * wrote for it goes there (the post then waits for it to be applied). True when a tile was tied again.
     */
    reconcile(carried: readonly string[]): boolean {
      const tiedIds = tied();
      let changed = false;
      for (const stray of carried) {
        const upload = network.get(stray);
        if (tiedIds.has(stray) || !upload?.ready || !upload.fingerprint) continue;
        for (const [key, mediaId] of ties) {
          const shown = network.get(mediaId)?.fingerprint;
          if (carried.includes(mediaId) || !shown || !samePicture(shown, upload.fingerprint)) continue;
          pairing.retie(key, stray);
          ties.set(key, stray);
          tiedIds.add(stray);
          page.moved(mediaId, stray);
          changed = true;
          break;
        }
      }
      return changed;
    },
  };
}
