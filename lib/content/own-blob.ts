import { fromBase64 } from '../suggest/base64';

/**
 * The page world hands over the bytes X uploaded as a Blob that belongs to the page. Firefox refuses a content
 * script much of what such an object returns (its promises, its buffers: "permission denied"), so the content script
 * reads it once through a FileReader as a data: URL (a plain string) and keeps a Blob of its own.
 */
export function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('The page’s bytes could not be read.'));
    reader.readAsDataURL(blob);
  });
}

export async function ownCopy(blob: Blob, type: string): Promise<Blob> {
  return new Blob([fromBase64(await base64Of(blob)) as Uint8Array<ArrayBuffer>], { type });
}
