import { type Gray, grayFromRgba } from './fingerprint';

/** The picture, decoded and reduced to at most `size` px a side (enough for a fingerprint), as greyscale. */
export async function decodeGray(bytes: Uint8Array, mimeType: string, size = 96): Promise<Gray> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const { context, width, height } = drawScaled(bitmap, Math.min(1, size / Math.max(bitmap.width, bitmap.height)));
  return grayFromRgba(context.getImageData(0, 0, width, height).data, width, height);
}

/** Draws `bitmap` scaled by `scale` (smoothly) on a canvas of its own, to read its pixels; closes the bitmap. */
export function drawScaled(
  bitmap: ImageBitmap,
  scale: number,
): { canvas: OffscreenCanvas; context: OffscreenCanvasRenderingContext2D; width: number; height: number } {
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas in this context.');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return { canvas, context, width, height };
}
