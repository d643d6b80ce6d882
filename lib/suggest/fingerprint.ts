/**
 * A picture's fingerprint for "your earlier description of the same image": the bytes' SHA-256 (the very same
 * file) and a small normalised greyscale thumbnail that survives what X does to an upload (JPEG re-encoding,
 * resizing) and a small crop. Pure functions on greyscale pixels; decoding is the caller's (decode.ts).
 *
 * Why a thumbnail and not only a 64-bit hash: a hash that ignores detail matches two memes made on the same
 * template; comparing 32×32 cells block by block sees that their captions differ. Thumbnails are z-scored, so
 * brightness and contrast shifts from re-encoding do not count as differences.
 */

export const THUMB = 32;

export interface Gray {
  width: number;
  height: number;
  /** One luminance value (0–255) per pixel, row by row. */
  pixels: Float32Array | Uint8Array | number[];
  /** The picture's mean red, green and blue (0–255), when decoded from colour. */
  tone?: readonly [number, number, number];
}

export interface Fingerprint {
  sha256: string;
  /** THUMB×THUMB greyscale, 4 bits a cell (two cells a byte), base64: small enough to keep thousands. */
  thumb: string;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Greyscale from RGBA bytes (ImageData's layout), Rec. 601 luma. */
export function grayFromRgba(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Gray {
  const pixels = new Float32Array(width * height);
  let red = 0;
  let green = 0;
  let blue = 0;
  for (let i = 0; i < pixels.length; i++) {
    const r = rgba[i * 4] ?? 0;
    const g = rgba[i * 4 + 1] ?? 0;
    const b = rgba[i * 4 + 2] ?? 0;
    red += r;
    green += g;
    blue += b;
    pixels[i] = 0.299 * r + 0.587 * g + 0.114 * b;
  }
  const n = Math.max(1, pixels.length);
  const tone = [red / n, green / n, blue / n] as const;
  return { width, height, pixels, tone };
}

/**
 * The picture's average colour as "rrggbb". Thumbnails are z-scored (blind to brightness and colour, on purpose);
 * two smooth pictures with no detail (a sky, a gradient) can then look alike, and their colour tells them apart.
 * Re-encoding, resizing and a 5 % crop move it by a few units at most.
 */
export function toneOf(image: Gray): string | undefined {
  if (!image.tone) return undefined;
  return image.tone
    .map((v) =>
      Math.round(Math.max(0, Math.min(255, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
}

/** Largest difference of one channel of the average colour between two copies of one picture. */
export const SAME_TONE = 16;

export function sameTone(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  for (let i = 0; i < 6; i += 2) {
    if (Math.abs(Number.parseInt(a.slice(i, i + 2), 16) - Number.parseInt(b.slice(i, i + 2), 16)) > SAME_TONE)
      return false;
  }
  return true;
}

/**
 * The region [left, top, right, bottom] (fractions of the size) resampled to size×size by box-averaging
 * (bilinear where a cell is smaller than a source pixel).
 */
export function resample(
  image: Gray,
  size: number,
  crop: readonly [number, number, number, number] = [0, 0, 0, 0],
): Float32Array {
  const { width, height, pixels } = image;
  const x0 = crop[0] * width;
  const y0 = crop[1] * height;
  const w = width * (1 - crop[0] - crop[2]);
  const h = height * (1 - crop[1] - crop[3]);
  const out = new Float32Array(size * size);
  // Samples per cell: enough to average a cell's area, at least 2×2 for small sources.
  const steps = Math.max(2, Math.ceil(Math.max(w, h) / size));
  for (let cy = 0; cy < size; cy++) {
    for (let cx = 0; cx < size; cx++) {
      let sum = 0;
      for (let sy = 0; sy < steps; sy++) {
        for (let sx = 0; sx < steps; sx++) {
          const x = x0 + ((cx + (sx + 0.5) / steps) / size) * w - 0.5;
          const y = y0 + ((cy + (sy + 0.5) / steps) / size) * h - 0.5;
          sum += bilinear(pixels, width, height, x, y);
        }
      }
      out[cy * size + cx] = sum / (steps * steps);
    }
  }
  return out;
}

function bilinear(pixels: Gray['pixels'], width: number, height: number, x: number, y: number): number {
  const cx = Math.min(Math.max(x, 0), width - 1);
  const cy = Math.min(Math.max(y, 0), height - 1);
  const x1 = Math.floor(cx);
  const y1 = Math.floor(cy);
  const x2 = Math.min(x1 + 1, width - 1);
  const y2 = Math.min(y1 + 1, height - 1);
  const fx = cx - x1;
  const fy = cy - y1;
  const at = (px: number, py: number) => Number(pixels[py * width + px] ?? 0);
  return (at(x1, y1) * (1 - fx) + at(x2, y1) * fx) * (1 - fy) + (at(x1, y2) * (1 - fx) + at(x2, y2) * fx) * fy;
}

/**
 * Mean 0, standard deviation 1. A flat image stays flat (all zeros): below `flat` (in the input's units; 1 grey
 * level for pixels) the spread is noise, not content.
 */
export function zscore(cells: Float32Array, flat = 1): Float32Array {
  let mean = 0;
  for (const v of cells) mean += v;
  mean /= cells.length;
  let variance = 0;
  for (const v of cells) variance += (v - mean) ** 2;
  const sd = Math.sqrt(variance / cells.length);
  return cells.map((v) => (sd < flat ? 0 : (v - mean) / sd));
}

/** z-scores clamped to ±2.5 and stored on 16 levels. */
export function encodeThumb(cells: Float32Array): string {
  const bytes = new Uint8Array(cells.length / 2);
  const level = (v: number) => Math.round(((Math.max(-2.5, Math.min(2.5, v)) + 2.5) / 5) * 15);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (level(cells[i * 2] ?? 0) << 4) | level(cells[i * 2 + 1] ?? 0);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeThumb(thumb: string): Float32Array {
  const binary = atob(thumb);
  const cells = new Float32Array(binary.length * 2);
  for (let i = 0; i < binary.length; i++) {
    const b = binary.charCodeAt(i);
    cells[i * 2] = ((b >> 4) / 15) * 5 - 2.5;
    cells[i * 2 + 1] = ((b & 15) / 15) * 5 - 2.5;
  }
  return cells;
}

export function thumbOf(image: Gray): string {
  return encodeThumb(zscore(resample(image, THUMB)));
}

/**
 * How different two thumbnails are: the worst 4×4-cell block's mean absolute difference (in standard deviations).
 * The worst block, not the average: two memes on one template differ only where their captions are.
 */
export function blockDistance(a: Float32Array, b: Float32Array, size = THUMB, block = 4): number {
  let worst = 0;
  for (let by = 0; by < size; by += block) {
    for (let bx = 0; bx < size; bx += block) {
      let sum = 0;
      for (let y = by; y < by + block; y++) {
        for (let x = bx; x < bx + block; x++) sum += Math.abs((a[y * size + x] ?? 0) - (b[y * size + x] ?? 0));
      }
      worst = Math.max(worst, sum / (block * block));
    }
  }
  return worst;
}

/**
 * The largest crop the matcher looks through, as a fraction of each side: 5 % of the width or height, taken from
 * one edge or shared between two.
 */
const CROPS: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0.025, 0],
  [0, 0.025],
  [0.025, 0.025],
  [0.05, 0],
  [0, 0.05],
];

/**
 * Below this worst-block distance two thumbnails show the same picture. Re-encoding and resizing leave blocks within
 * a few tenths of a standard deviation; a different caption, face or object moves a block by more than one.
 */
export const SAME_PICTURE = 0.55;

/**
 * The looser bound used when both pictures hold the same words (three or more, read by OCR): text-heavy pictures
 * (articles, posts) are fine line patterns that a crop's sub-cell shift moves a lot, and agreeing words already say
 * they are the same. Different pictures sit well above it (above 1.5 in the tests and the bench).
 */
export const SAME_PICTURE_SAME_WORDS = 1.0;

/** Mean absolute difference of two thumbnails averaged down to 8×8: a cheap, crop-tolerant first look. */
function coarseDistance(a: Float32Array, b: Float32Array): number {
  const coarse = (cells: Float32Array) => zscore(resample({ width: THUMB, height: THUMB, pixels: cells }, 8), 0.01);
  const ca = coarse(a);
  const cb = coarse(b);
  let sum = 0;
  for (let i = 0; i < ca.length; i++) sum += Math.abs((ca[i] ?? 0) - (cb[i] ?? 0));
  return sum / ca.length;
}

/** Above this 8×8 distance a remembered picture is not looked at closely (unrelated pictures sit near 0.8 and up). */
const COARSE_GATE = 0.6;

/**
 * Measures remembered thumbnails against one query picture. The query's cropped variants are computed once; a
 * remembered picture gets the close (cropped) look only when the coarse look finds it near.
 */
export function createMatcher(query: Gray) {
  const crops: Array<readonly [number, number, number, number]> = [];
  for (const [left, right] of CROPS) {
    for (const [top, bottom] of CROPS) if (left + right + top + bottom > 0) crops.push([left, top, right, bottom]);
  }
  const queryCells = decodeThumb(thumbOf(query));
  const queryCrops = crops.map((crop) => decodeThumb(encodeThumb(zscore(resample(query, THUMB, crop)))));
  return {
    thumb: encodeThumb(queryCells),
    /** The smallest worst-block distance between the stored picture and the query, across the crops tried. */
    distance(stored: string): number {
      const storedCells = decodeThumb(stored);
      let best = blockDistance(storedCells, queryCells);
      if (best < SAME_PICTURE / 2) return best;
      if (coarseDistance(storedCells, queryCells) > COARSE_GATE) return best;
      const storedImage: Gray = { width: THUMB, height: THUMB, pixels: storedCells };
      crops.forEach((crop, i) => {
        // The query may be the cropped one (crop the stored) or the stored may be (crop the query).
        const croppedStored = decodeThumb(encodeThumb(zscore(resample(storedImage, THUMB, crop), 0.01)));
        best = Math.min(best, blockDistance(croppedStored, queryCells));
        best = Math.min(best, blockDistance(storedCells, queryCrops[i] ?? queryCells));
      });
      return best;
    },
  };
}
