import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { distance, type Fingerprint } from '../../../lib/pairing/fingerprint';
import { SAME_PICTURE, type TileSide, type UploadSide } from '../../../lib/pairing/pairing';
import { createPairing } from '../../../lib/pairing/session';

/**
 * Composer sessions as X's page lives them, run through pair() one event at a time: 1–4 pictures (sometimes the same
 * file twice), re-encoding on or off (X's re-encoded bytes differ a little from what the tile shows; the tile's blob:
 * URL then names nothing), INITs in any order when re-encoding delays them, uploads finishing in any order, tiles and
 * fingerprints arriving at any time, removals, and crops in X's editor (a new upload and a new tile for the same
 * place). After every event no tile may be tied to another picture's upload; at the end every tile is tied.
 */

const PIXELS = 192;
type Picture = number[];

interface Session {
  pictures: Picture[];
  /** For each file, the index of an earlier file it repeats (the same file attached twice), or -1. */
  repeats: number[];
  reencode: boolean;
  /** INIT order and finish order: permutations of the files. */
  startOrder: number[];
  finishOrder: number[];
  /** Interleaving of the tile side with the upload side. */
  interleave: boolean[];
  removeOne: number;
  cropOne: number;
  /** The crop comes while the cropped picture's first upload is still on its way (started, not finished). */
  cropEarly: boolean;
  noise: number[];
}

const picture = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: PIXELS, maxLength: PIXELS });
const session: fc.Arbitrary<Session> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    pictures: fc.array(picture, { minLength: n, maxLength: n }),
    repeats: fc.array(fc.integer({ min: -3, max: n - 1 }), { minLength: n, maxLength: n }),
    reencode: fc.boolean(),
    startOrder: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    finishOrder: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    interleave: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    removeOne: fc.integer({ min: -4, max: n - 1 }),
    cropOne: fc.integer({ min: -4, max: n - 1 }),
    cropEarly: fc.boolean(),
    noise: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: PIXELS, maxLength: PIXELS }),
  }),
);

const fp = (values: number[]): Fingerprint => Uint8ClampedArray.from(values);
const reencoded = (values: number[], noise: number[]) => values.map((v, i) => v + (noise[i] ?? 0));

function run(s: Session) {
  const n = s.pictures.length;
  const pictures = s.pictures.map((p, i) => {
    const earlier = s.repeats[i] ?? -1;
    return earlier >= 0 && earlier < i ? (s.pictures[earlier] as Picture) : p;
  });
  const tiles: TileSide[] = [];
  const uploads: UploadSide[] = [];
  const truth = new Map<string, string>(); // tile key → media id
  const pictureOfTile = new Map<string, Picture>();
  const pictureOfUpload = new Map<string, Picture>();
  let clock = 0;
  let ties = new Map<string, string>();
  let wrong = 0;
  let abandoned: string | undefined;
  let cropStarted = false;
  const pairing = createPairing();

  const step = () => {
    ties = pairing.update(tiles, uploads);
    for (const [key, mediaId] of ties) {
      if (!tiles.some((t) => t.key === key)) continue;
      // The same file attached twice shows the same picture: either of its uploads is that picture's.
      const tilePicture = pictureOfTile.get(key) as Picture;
      const uploadPicture = pictureOfUpload.get(mediaId) as Picture;
      if (truth.get(key) === mediaId || tilePicture === uploadPicture) continue;
      // An upload a crop abandoned on its way names no tile when X re-encoded it, and looks like the cropped picture:
      // until the crop's own upload starts (and names its tile), nothing tells them apart. For another tile showing a
      // picture that cannot be told from it (two files alike), it is as good as that tile's own until the post request.
      const lookAlike = distance(fp(tilePicture), fp(uploadPicture)) < SAME_PICTURE;
      if (mediaId === abandoned && lookAlike && (!key.startsWith('blob:crop') || !cropStarted)) continue;
      wrong++;
    }
  };

  // The tile side: tiles appear in attach order, fingerprints come later. The upload side: INITs in startOrder,
  // then finishing (with the bytes' fingerprint) in finishOrder.
  const tileEvents: Array<() => void> = [];
  for (let i = 0; i < n; i++) {
    tileEvents.push(() => {
      tiles.push({ key: `blob:${i}`, kind: 'image', seenAt: ++clock });
      truth.set(`blob:${i}`, `id${i}`);
      pictureOfTile.set(`blob:${i}`, pictures[i] as Picture);
    });
  }
  for (let i = 0; i < n; i++) {
    tileEvents.push(() => {
      const tile = tiles.find((t) => t.key === `blob:${i}`);
      if (tile) tile.fingerprint = fp(pictures[i] as Picture);
    });
  }
  const uploadEvents: Array<() => void> = [];
  for (const i of s.startOrder) {
    uploadEvents.push(() => {
      uploads.push({
        mediaId: `id${i}`,
        kind: 'image',
        startedAt: ++clock,
        // Without re-encoding the page made the tile's blob: URL for exactly these bytes; with it, nothing names it.
        previewUrl: s.reencode ? undefined : `blob:${i}`,
      });
      pictureOfUpload.set(`id${i}`, pictures[i] as Picture);
    });
  }
  for (const i of s.finishOrder) {
    uploadEvents.push(() => {
      const upload = uploads.find((u) => u.mediaId === `id${i}`);
      if (upload)
        upload.fingerprint = fp(s.reencode ? reencoded(pictures[i] as Picture, s.noise) : (pictures[i] as Picture));
    });
  }
  // Cropping in X's editor: a new picture (a small crop looks much like the original: the old upload is as close as
  // the new one), a new tile in the same place, then a new upload with a new id, of the bytes that tile shows (X
  // makes the cropped picture, shows it and uploads it: its blob: URL names the tile, re-encoded or not).
  let cropped = false;
  const crop = (index: number) => {
    cropped = true;
    const old = `blob:${index}`;
    const picture = (pictures[index] as Picture).map((v, i) => (i % 7 === 0 ? Math.min(255, v + 9) : v));
    tiles.splice(
      tiles.findIndex((tile) => tile.key === old),
      1,
    );
    const key = `blob:crop${index}`;
    tiles.push({ key, kind: 'image', seenAt: ++clock });
    truth.set(key, `crop${index}`);
    pictureOfTile.set(key, picture);
    step();
    const tile = tiles.find((x) => x.key === key);
    if (tile) tile.fingerprint = fp(picture);
    step();
    // The first upload finishes while X prepares the cropped one: its picture is as close to the new tile as can be.
    const first = uploads.find((x) => x.mediaId === `id${index}`);
    if (first && !first.fingerprint) {
      abandoned = first.mediaId;
      first.fingerprint = fp(
        s.reencode ? reencoded(pictures[index] as Picture, s.noise) : (pictures[index] as Picture),
      );
      step();
    }
    uploads.push({ mediaId: `crop${index}`, kind: 'image', startedAt: ++clock, previewUrl: key });
    cropStarted = true;
    pictureOfUpload.set(`crop${index}`, picture);
    step();
    const upload = uploads.find((x) => x.mediaId === `crop${index}`);
    if (upload) upload.fingerprint = fp(reencoded(picture, s.noise));
    step();
  };
  // An early crop: as soon as the picture's first upload has started, before it finishes (uploads take the network's
  // time). A person crops a tile seconds after picking: by then every tile is shown and its picture read.
  const cropNow = () =>
    s.cropEarly &&
    t >= tileEvents.length &&
    !cropped &&
    s.cropOne >= 0 &&
    s.cropOne !== s.removeOne &&
    tiles.some((tile) => tile.key === `blob:${s.cropOne}`) &&
    uploads.some((upload) => upload.mediaId === `id${s.cropOne}` && upload.fingerprint === undefined);

  // Tiles cannot get their fingerprint before they appear: keep each side's own order, interleave the two.
  let t = 0;
  let u = 0;
  for (const tileFirst of s.interleave) {
    if ((tileFirst && t < tileEvents.length) || u >= uploadEvents.length) tileEvents[t++]?.();
    else uploadEvents[u++]?.();
    step();
    if (cropNow()) crop(s.cropOne);
  }
  while (t < tileEvents.length) {
    tileEvents[t++]?.();
    step();
    if (cropNow()) crop(s.cropOne);
  }
  while (u < uploadEvents.length) {
    uploadEvents[u++]?.();
    step();
    if (cropNow()) crop(s.cropOne);
  }

  if (s.removeOne >= 0) {
    const key = `blob:${s.removeOne}`;
    tiles.splice(
      tiles.findIndex((tile) => tile.key === key),
      1,
    );
    step();
  }
  if (s.cropOne >= 0 && s.cropOne !== s.removeOne && !cropped) crop(s.cropOne);
  const missing = tiles.filter((tile) => !ties.has(tile.key)).length;
  return { wrong, missing, tiles: tiles.length };
}

describe('pairing tiles with uploads, over randomized composer sessions', () => {
  test('no tile is ever tied to another picture, and at the end every tile is tied', () => {
    const totals = { sessions: 0, tiles: 0, wrong: 0, missing: 0 };
    fc.assert(
      fc.property(session, (s) => {
        const result = run(s);
        totals.sessions++;
        totals.tiles += result.tiles;
        totals.wrong += result.wrong;
        totals.missing += result.missing;
        return result.wrong === 0 && result.missing === 0;
      }),
      { numRuns: 1000 },
    );
    console.info(
      `pairing: ${totals.sessions} sessions, ${totals.tiles} tiles, ${totals.wrong} wrong, ${totals.missing} missing`,
    );
    expect(totals.sessions).toBeGreaterThanOrEqual(1000);
  });
});
