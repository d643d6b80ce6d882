/**
 * A tiny picture of a picture: the mean colour of each cell of an 8×8 grid. X re-encodes many images before upload
 * (JPEG 0.85, scaled to 4096 px at most), so the bytes a tile shows and the bytes X uploads often differ; their
 * fingerprints stay close, and those of different pictures do not. Only the tile ↔ upload pairing uses it.
 */
export type Fingerprint = Uint8ClampedArray;

const GRID = 8;
/** Drawn at 32 px first, then averaged 4×4: sampling noise of the downscale does not reach the grid. */
const DRAWN = 32;

/** Fingerprint of a loaded image, a video frame or a decoded bitmap; undefined if it cannot be read. */
export function fingerprintOf(source: CanvasImageSource): Fingerprint | undefined {
  const canvas = document.createElement('canvas');
  canvas.width = DRAWN;
  canvas.height = DRAWN;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  try {
    context.drawImage(source, 0, 0, DRAWN, DRAWN);
    return pool(context.getImageData(0, 0, DRAWN, DRAWN).data);
  } catch {
    // Not decodable here, or another origin's image (a tainted canvas): no fingerprint.
    return undefined;
  }
}

function pool(rgba: Uint8ClampedArray): Fingerprint {
  const cell = DRAWN / GRID;
  const out = new Uint8ClampedArray(GRID * GRID * 3);
  for (let gy = 0; gy < GRID; gy++) {
    for (let gx = 0; gx < GRID; gx++) {
      for (let channel = 0; channel < 3; channel++) {
        let sum = 0;
        for (let y = 0; y < cell; y++)
          for (let x = 0; x < cell; x++) sum += rgba[((gy * cell + y) * DRAWN + gx * cell + x) * 4 + channel] ?? 0;
        out[(gy * GRID + gx) * 3 + channel] = Math.round(sum / (cell * cell));
      }
    }
  }
  return out;
}

/** Mean absolute difference per channel, 0 (same) to 255. */
export function distance(a: Fingerprint, b: Fingerprint): number {
  if (a.length !== b.length) return 255;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}
