import { distance, type Fingerprint } from './fingerprint';

/**
 * Ties the media tiles the page shows to the uploads the network saw. Pure, so a property test can run thousands of
 * sessions through it. The network is the ground truth (which media ids exist, of what kind); the DOM only says where
 * each one is shown. In order of certainty:
 * 1. the upload names its tile: the page made the tile's blob: URL for exactly the uploaded bytes, or the tile shows
 *    the GIF search result the upload was made from (this overrides an earlier guess);
 * 2. a tie already made holds while both sides exist;
 * 3. pictures: the closest fingerprints, when close enough (re-encoding and scaling keep them close);
 * 4. what is left is tied in order (tiles by when they appeared, uploads by when they started), kind by kind, but
 *    only once the pictures that can be compared have been: a guess never takes a place a certain tie would.
 * An upload whose tile is gone (removed, or replaced by a crop in X's editor, which uploads again) goes back only to
 * a tile at that same address: it never becomes another tile's, however alike the pictures.
 */
export type UploadKind = 'image' | 'gif' | 'video';
/** What the tile shows its media with: X shows a GIF as an image or as a looping video, so the element cannot tell. */
export type TileElement = 'image' | 'video';

/** A GIF upload may show either way; an image only as an image, a video only as a video. */
export function compatible(tile: TileElement, upload: UploadKind): boolean {
  return upload === 'gif' || tile === upload;
}

export interface TileSide {
  key: string;
  kind: TileElement;
  /** When the tile first appeared. */
  seenAt: number;
  fingerprint?: Fingerprint;
  /** The picture could not be read (another origin, a decode error): it will never have a fingerprint. */
  unreadable?: boolean;
}

export interface UploadSide {
  mediaId: string;
  kind: UploadKind;
  startedAt: number;
  previewUrl?: string;
  sourceUrl?: string;
  fingerprint?: Fingerprint;
  unreadable?: boolean;
  /** It was tied to the tile at this address, which is gone from the page. */
  retiredFrom?: string;
}

/** Below this, two fingerprints show the same picture; JPEG 0.85 and scaling stay well under it. */
export const SAME_PICTURE = 10;

export function samePicture(a: Fingerprint, b: Fingerprint): boolean {
  return distance(a, b) < SAME_PICTURE;
}
/** Within this of the best, candidates are equally good, and order decides (the same picture attached twice). */
const AS_GOOD = 3;

export function pair(
  tiles: readonly TileSide[],
  uploads: readonly UploadSide[],
  previous: ReadonlyMap<string, string>,
): Map<string, string> {
  const ties = new Map<string, string>();
  const tiedUploads = new Set<string>();
  const tie = (key: string, mediaId: string) => {
    ties.set(key, mediaId);
    tiedUploads.add(mediaId);
  };
  const byId = new Map(uploads.map((upload) => [upload.mediaId, upload]));

  const names = (upload: UploadSide, key: string) =>
    upload.previewUrl === key || (upload.sourceUrl !== undefined && upload.sourceUrl === key);
  /** Ties made before hold while both sides exist: first those the upload names, then the guesses. */
  const keepPrevious = (named: boolean) => {
    for (const tile of tiles) {
      const mediaId = previous.get(tile.key);
      const upload = mediaId === undefined ? undefined : byId.get(mediaId);
      if (!upload || ties.has(tile.key) || tiedUploads.has(upload.mediaId) || !compatible(tile.kind, upload.kind))
        continue;
      if (names(upload, tile.key) === named) tie(tile.key, upload.mediaId);
    }
  };
  keepPrevious(true);
  // An upload that names its tile takes it even from an earlier guess: a crop in X's editor shows its new picture
  // before the new upload starts, and the old upload, still on its way, may have been guessed for it meanwhile.
  for (const tile of tiles) {
    if (ties.has(tile.key)) continue;
    const named = uploads.find(
      (u) =>
        !tiedUploads.has(u.mediaId) &&
        (u.retiredFrom === undefined || u.retiredFrom === tile.key) &&
        names(u, tile.key),
    );
    if (named) tie(tile.key, named.mediaId);
  }
  keepPrevious(false);

  const order = <T>(list: T[], at: (item: T) => number) => [...list].sort((a, b) => at(a) - at(b));
  const freeTiles = () =>
    order(
      tiles.filter((t) => !ties.has(t.key)),
      (t) => t.seenAt,
    );
  const freeUploads = () =>
    order(
      uploads.filter((u) => !tiedUploads.has(u.mediaId) && u.retiredFrom === undefined),
      (u) => u.startedAt,
    );

  // Pictures: repeatedly take the closest pair; among pairs as good as it, the one whose orders agree best.
  for (;;) {
    const tileList = freeTiles().filter((t) => t.fingerprint);
    const uploadList = freeUploads().filter((u) => u.fingerprint);
    const candidates: Array<{ tile: TileSide; upload: UploadSide; d: number; skew: number }> = [];
    tileList.forEach((tile, ti) => {
      uploadList.forEach((upload, ui) => {
        if (!compatible(tile.kind, upload.kind)) return;
        const d = distance(tile.fingerprint as Fingerprint, upload.fingerprint as Fingerprint);
        if (d < SAME_PICTURE) candidates.push({ tile, upload, d, skew: Math.abs(ti - ui) });
      });
    });
    if (candidates.length === 0) break;
    const best = Math.min(...candidates.map((c) => c.d));
    const chosen = candidates
      .filter((c) => c.d <= best + AS_GOOD)
      .sort((a, b) => a.skew - b.skew || a.tile.seenAt - b.tile.seenAt || a.upload.startedAt - b.upload.startedAt)[0];
    if (!chosen) break;
    tie(chosen.tile.key, chosen.upload.mediaId);
  }

  // The rest, in order, kind by kind: only sides that will never be compared by picture (or cannot be told apart by
  // it), and only while nothing comparable is still waiting for its fingerprint.
  for (const kind of ['image', 'gif', 'video'] as const) {
    const settled = (side: { fingerprint?: Fingerprint; unreadable?: boolean; kind: string }) =>
      side.kind === 'video' || side.unreadable === true || side.fingerprint !== undefined;
    const uploadList = freeUploads().filter((u) => u.kind === kind);
    const tileList = freeTiles().filter((t) => compatible(t.kind, kind));
    if (![...tileList, ...uploadList].every(settled)) continue;
    for (let i = 0; i < Math.min(tileList.length, uploadList.length); i++) {
      const tile = tileList[i];
      const upload = uploadList[i];
      if (tile && upload && !picturesDiffer(tile, upload)) tie(tile.key, upload.mediaId);
    }
  }
  return ties;
}

/** Both pictures are known and are not the same one: never tie those, whatever the order says. */
function picturesDiffer(tile: TileSide, upload: UploadSide): boolean {
  return (
    tile.fingerprint !== undefined &&
    upload.fingerprint !== undefined &&
    !samePicture(tile.fingerprint, upload.fingerprint)
  );
}
