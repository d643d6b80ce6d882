// Small: it travels with every tile report and is kept in history; 64 px is enough to recognise an image.
const SIZE = 64;

/**
 * A small JPEG data: URL of a tile's image, a video's current frame or an uploaded picture, for the popup and history (an x.com blob: URL
 * cannot be shown in the extension's own pages). Undefined until the media has loaded.
 */
export function makeThumbnail(media: HTMLImageElement | HTMLVideoElement | ImageBitmap): string | undefined {
  const width =
    media instanceof HTMLImageElement
      ? media.naturalWidth
      : media instanceof HTMLVideoElement
        ? media.videoWidth
        : media.width;
  const height =
    media instanceof HTMLImageElement
      ? media.naturalHeight
      : media instanceof HTMLVideoElement
        ? media.videoHeight
        : media.height;
  const ready =
    media instanceof HTMLImageElement
      ? media.complete
      : media instanceof HTMLVideoElement
        ? media.readyState >= 2
        : true;
  if (!ready || width === 0 || height === 0) return undefined;
  const scale = Math.min(1, SIZE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  try {
    canvas.getContext('2d')?.drawImage(media, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.6);
  } catch {
    return undefined;
  }
}
