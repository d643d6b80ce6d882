import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../sim/png';

/** Real, small media files for uploads: PNGs of chosen sizes (so their byte sizes differ), a GIF, an MP4-like file. */
const dir = mkdtempSync(join(tmpdir(), 'xmm-media-'));

/** A noisy RGB PNG (noise keeps it from compressing away, so `width` controls the byte size). */
export function pngFile(name: string, width: number, height = 48, seed = 1): string {
  let state = seed;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    pixels[i] = state & 0xff;
  }
  const path = join(dir, name);
  writeFileSync(path, encodePng(width, height, pixels));
  return path;
}

/** A 1×1 GIF. */
export function gifFile(name = 'loop.gif'): string {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));
  return path;
}

/** Bytes that start like an MP4 (the simulator does not decode videos). */
export function videoFile(name = 'clip.mp4'): string {
  const path = join(dir, name);
  const ftyp = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');
  writeFileSync(path, Buffer.concat([ftyp, Buffer.alloc(4096, 7)]));
  return path;
}
