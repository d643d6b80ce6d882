import { distance, type Fingerprint } from '../pairing/fingerprint';
import { SAME_PICTURE } from '../pairing/pairing';

/**
 * Uploads whose tile went from the page for good. Usually the tile was removed, and nothing of its upload is kept.
 * But the same file attached twice shows the same picture in two tiles, and which of its uploads a tile was tied to
 * is a guess until the post request names them: the upload whose guessed tile went may be the one X posts for a tile
 * still shown. Such an upload is kept while some tile on the page shows its picture, for the post request to settle
 * (the controller's reconcile), and let go once none does.
 */
export function createGoneUploads(forget: (mediaId: string) => void) {
  const waiting = new Set<string>();
  return {
    add(mediaId: string): void {
      waiting.add(mediaId);
    },
    /** `uploadOf` reads a kept upload; `shown` are the pictures on the page now; `tied` the uploads tied to a tile. */
    settle(
      uploadOf: (mediaId: string) => { fingerprint?: Fingerprint } | undefined,
      shown: readonly Fingerprint[],
      tied: ReadonlySet<string>,
    ): void {
      for (const mediaId of waiting) {
        if (tied.has(mediaId)) {
          waiting.delete(mediaId); // a tile's again
          continue;
        }
        const picture = uploadOf(mediaId)?.fingerprint;
        if (picture && shown.some((other) => distance(other, picture) < SAME_PICTURE)) continue;
        waiting.delete(mediaId);
        forget(mediaId);
      }
    },
  };
}
