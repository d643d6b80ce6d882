import { MediaIdSchema } from '../api/metadata-schema';
import { TAP, type TapMessage } from './upload-tap';

/**
 * The isolated world's side of upload-tap.ts: takes the nonce at document_start (the first answer only), then
 * accepts upload reports only from this window, from https://x.com, with that nonce and a well-formed body.
 */
export function listenToUploadTap(signal: AbortSignal, onUpload: (mediaId: string, totalBytes: number) => void): void {
  let nonce: string | undefined;
  document.addEventListener(
    TAP.ready,
    (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (nonce === undefined && typeof detail === 'string' && detail.length >= 32) nonce = detail;
    },
    { signal },
  );
  document.dispatchEvent(new CustomEvent(TAP.request));
  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== window || event.origin !== 'https://x.com' || nonce === undefined) return;
      const data = event.data as Partial<TapMessage> | null;
      if (data?.type !== TAP.message || data.nonce !== nonce) return;
      const { mediaId, totalBytes } = data;
      if (MediaIdSchema.safeParse(mediaId).success && Number.isSafeInteger(totalBytes) && (totalBytes ?? -1) >= 0) {
        onUpload(mediaId as string, totalBytes as number);
      }
    },
    { signal },
  );
}
