import type { Fingerprint } from '../pairing/fingerprint';
import { samePicture } from '../pairing/pairing';

/**
 * Uploads whose tile went from the page for good. Usually the tile was removed, and nothing of its upload is kept.
 * But the same file attached twice shows the same picture in two tiles, and which of its uploads a tile was tied to
 * is a guess until the post request names them: the upload whose guessed tile went may be the one X posts for a tile
 * still shown. Such an upload is kept while some tile on the page shows its picture, for the post request to settle
 * (reconcile, in tile-ties.ts), and let go once none does.
 */
export function createGoneUploads(page: {
  /** The picture of an upload the page keeps (undefined when it keeps none, or cannot read it). */
  pictureOf(mediaId: string): Fingerprint | undefined;
  /** The pictures the page shows now. */
  shown(): Fingerprint[];
  /** The uploads tied to a tile now. */
  tied(): ReadonlySet<string>;
  forget(mediaId: string): void;
}) {
  const waiting = new Set<string>();
  return {
    add(mediaId: string): void {
      waiting.add(mediaId);
    },
    /** Lets go of each upload waiting here that no tile on the page shows any more. */
    settle(): void {
      if (waiting.size === 0) return;
      const shown = page.shown();
      const tied = page.tied();
      for (const mediaId of waiting) {
        if (tied.has(mediaId)) {
          waiting.delete(mediaId); // a tile's again
          continue;
        }
        const picture = page.pictureOf(mediaId);
        if (picture && shown.some((other) => samePicture(other, picture))) continue;
        waiting.delete(mediaId);
        page.forget(mediaId);
      }
    },
  };
}
