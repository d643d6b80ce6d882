import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../sim/png';

// Real, small media files for uploads: PNGs of chosen sizes (so their byte sizes differ), a GIF, an MP4-like file,
// JPEGs with an EXIF orientation (phone photos: X re-encodes them), subtitles.

/** Names a folder the caller made and will remove (the test run's global setup), for dir() to make its own in. */
export const MEDIA_FOLDER_ENV = 'XMM_MEDIA_DIR';

let folder: string | undefined;

/**
 * This process's folder for media files (files of the same name differ between test files, which run in parallel),
 * made on first use: inside the test run's folder, removed with it, or else in the temp folder, removed at exit. The
 * demo and the bench exit normally; Vitest's workers run no exit handlers, hence the run's folder.
 */
function dir(): string {
  if (folder) return folder;
  const parent = process.env[MEDIA_FOLDER_ENV];
  const made = mkdtempSync(join(parent ?? tmpdir(), 'xmm-media-'));
  if (!parent) process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  folder = made;
  return made;
}

/**
 * A noisy RGB PNG: a diagonal blend of two colours picked by `seed` (so pictures of different seeds look different,
 * as photos do, and the same seed draws the same picture), under strong noise (which keeps it from compressing away,
 * so `width` controls the byte size).
 */
export function pngFile(name: string, width: number, height = 48, seed = 1): string {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return (state >> 16) & 0xff; // the high bits: an LCG's low bits repeat quickly
  };
  const from = [next(), next(), next()];
  const to = [next(), next(), next()];
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      for (let c = 0; c < 3; c++) {
        const base = (from[c] ?? 0) * (1 - t) + (to[c] ?? 0) * t;
        pixels[(y * width + x) * 3 + c] = Math.max(0, Math.min(255, Math.round(base + (next() - 128) * 0.6)));
      }
    }
  }
  const path = join(dir(), name);
  writeFileSync(path, encodePng(width, height, pixels));
  return path;
}

/** A 1×1 GIF. */
export function gifFile(name = 'loop.gif'): string {
  const path = join(dir(), name);
  writeFileSync(path, Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
  return path;
}

/** Bytes that start like an MP4 (the simulator does not decode videos). */
export function videoFile(name = 'clip.mp4'): string {
  const path = join(dir(), name);
  const ftyp = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');
  writeFileSync(path, Buffer.concat([ftyp, Buffer.alloc(4096, 7)]));
  return path;
}

/** Writes `bytes` as a media file named `name` in this run's folder; returns its path. */
export function mediaFile(name: string, bytes: Buffer): string {
  const path = join(dir(), name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * The JPEG `jpeg` with an EXIF APP1 segment carrying `orientation` (1..8) inserted after SOI, as a phone camera
 * writes it. Orientation 6 = "rotate 90° clockwise to display", the usual portrait photo.
 */
export function withExifOrientation(jpeg: Buffer, orientation: number): Buffer {
  if (jpeg.readUInt16BE(0) !== 0xffd8) throw new Error('withExifOrientation needs a JPEG');
  // TIFF header (big endian), one IFD with one entry: tag 0x0112 (Orientation), type SHORT, count 1.
  const tiff = Buffer.alloc(26);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

/** A SubRip subtitles file. */
export function srtFile(name = 'captions.srt'): string {
  return mediaFile(name, Buffer.from('1\n00:00:00,000 --> 00:00:01,000\nHello\n', 'utf8'));
}
