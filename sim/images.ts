import { createHash } from 'node:crypto';
import type { Ctx } from './context';
import { send } from './http';
import { encodePng } from './png';

// pbs.twimg.com stand-in: every GET gets a small PNG made here, so quoted posts' images never leave the machine.
// The colour comes from the path, so two different image URLs look different in screenshots.

/** An RGB PNG of width×height with a vertical gradient from the given colour. */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const shade = 1 - (0.5 * y) / height;
    for (let x = 0; x < width; x++)
      pixels.set(
        rgb.map((c) => Math.round(c * shade)),
        (y * width + x) * 3,
      );
  }
  return encodePng(width, height, pixels);
}

const cache = new Map<string, Buffer>();

export function handleImage(ctx: Ctx) {
  const { method } = ctx.req;
  if (method !== 'GET' && method !== 'HEAD') return send(ctx.res, 405, '', { allow: 'GET, HEAD' });
  const path = ctx.url.pathname;
  let png = cache.get(path);
  if (!png) {
    const digest = createHash('sha1').update(path).digest();
    png = makePng(120, 80, [digest[0] ?? 0, digest[1] ?? 0, digest[2] ?? 0]);
    cache.set(path, png);
  }
  // pbs.twimg.com serves images to any origin; the composer draws quoted posts' images from it.
  send(ctx.res, 200, method === 'HEAD' ? '' : png, {
    'content-type': 'image/png',
    'content-length': String(png.length),
    'access-control-allow-origin': '*',
    'cache-control': 'max-age=604800',
  });
}

/** Width and height from a PNG, GIF or JPEG header, for FINALIZE's `image` field; undefined if unrecognised. */
export function imageSize(head: Buffer): { w: number; h: number } | undefined {
  if (head.length >= 24 && head.readUInt32BE(0) === 0x89504e47) {
    return { w: head.readUInt32BE(16), h: head.readUInt32BE(20) };
  }
  if (head.length >= 10 && head.subarray(0, 3).toString('latin1') === 'GIF') {
    return { w: head.readUInt16LE(6), h: head.readUInt16LE(8) };
  }
  if (head.length >= 4 && head[0] === 0xff && head[1] === 0xd8) {
    // Walk JPEG segments to the first start-of-frame marker (C0–CF except C4, C8, CC).
    let at = 2;
    while (at + 9 < head.length && head[at] === 0xff) {
      const marker = head[at + 1] ?? 0;
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { w: head.readUInt16BE(at + 7), h: head.readUInt16BE(at + 5) };
      }
      at += 2 + head.readUInt16BE(at + 2);
    }
  }
  return undefined;
}
