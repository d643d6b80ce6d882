// X re-encodes many images before uploading them (x-composer.md): to JPEG at quality 0.85 when the EXIF orientation
// is not the default, the image is over 4096 px (then scaled to fit 4096) or over 5 MB, it was cropped in X's
// editor, or it is a JPEG with few pixels per byte. The uploaded bytes then differ from the file the user picked.

import { switches } from './config.js';

const MAX_SIDE = 4096;
const MAX_BYTES = 5 * 1024 * 1024;
/** Below this many pixels per byte a JPEG counts as heavy and is re-encoded (the simulator's threshold). */
const MIN_PIXELS_PER_BYTE = 2;
const QUALITY = 0.85;

/** The EXIF orientation (1..8) of a JPEG, or 1 when it has none; reads only the first 64 KiB. */
export async function exifOrientation(blob) {
  const bytes = new DataView(await blob.slice(0, 65536).arrayBuffer());
  if (bytes.byteLength < 4 || bytes.getUint16(0) !== 0xffd8) return 1;
  let at = 2;
  while (at + 4 <= bytes.byteLength && bytes.getUint8(at) === 0xff) {
    const marker = bytes.getUint8(at + 1);
    const length = bytes.getUint16(at + 2);
    if (marker === 0xe1 && at + 10 <= bytes.byteLength && bytes.getUint32(at + 4) === 0x45786966) {
      return tiffOrientation(bytes, at + 10) ?? 1; // "Exif\0\0" then a TIFF header
    }
    if (marker === 0xda) break; // start of scan: no more headers
    at += 2 + length;
  }
  return 1;
}

function tiffOrientation(view, tiff) {
  if (tiff + 8 > view.byteLength) return undefined;
  const little = view.getUint16(tiff) === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > view.byteLength) return undefined;
  const count = view.getUint16(ifd, little);
  for (let index = 0; index < count; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > view.byteLength) return undefined;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return undefined;
}

/** Whether X would re-encode this image (images only: GIFs and videos go up as they are). */
export async function needsReencode(file, { cropped = false } = {}) {
  if (switches.reencode === 'never' && !cropped) return false;
  if (switches.reencode === 'always' || cropped) return true;
  if (file.size > MAX_BYTES) return true;
  if ((await exifOrientation(file)) !== 1) return true;
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  bitmap.close();
  if (Math.max(width, height) > MAX_SIDE) return true;
  return file.type === 'image/jpeg' && (width * height) / file.size < MIN_PIXELS_PER_BYTE;
}

/**
 * The JPEG X would upload: orientation applied, cropped to `aspect` (width / height, centred) when the user cropped
 * in X's editor, scaled to fit 4096 px, encoded at quality 0.85 through OffscreenCanvas.convertToBlob.
 */
export async function reencode(file, aspect = null) {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  let sw = bitmap.width;
  let sh = bitmap.height;
  if (aspect) {
    if (sw / sh > aspect) sw = Math.max(1, Math.round(sh * aspect));
    else sh = Math.max(1, Math.round(sw / aspect));
  }
  const sx = Math.round((bitmap.width - sw) / 2);
  const sy = Math.round((bitmap.height - sh) / 2);
  const scale = Math.min(1, MAX_SIDE / Math.max(sw, sh));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(sw * scale)), Math.max(1, Math.round(sh * scale)));
  canvas.getContext('2d').drawImage(bitmap, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: QUALITY });
}
