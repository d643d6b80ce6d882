// X's chunked media upload, as the web client does it: XMLHttpRequest with credentials to upload.x.com,
// INIT, APPEND in 512 KiB segments (multipart, field "media"), FINALIZE, then STATUS polling for GIF/video
// honouring check_after_secs. Each file uploads on its own, so several run at once and finish in any order.

import { authHeaders, UPLOAD_URL } from './api.js';
import { mediaType } from './state.js';

const SEGMENT_BYTES = 512 * 1024;
const CATEGORY = { image: 'tweet_image', gif: 'tweet_gif', video: 'tweet_video' };

/**
 * Uploads `media.file`, updating `media` in place and calling `changed()` after each visible step.
 * Never throws: failures end in status 'error' (shown on the tile).
 */
export async function uploadMedia(media, changed) {
  let current = null;
  let cancelled = false;
  media.abort = () => {
    cancelled = true;
    current?.abort();
  };
  const send = (method, query, body, onProgress) => {
    current = xhr(method, `${UPLOAD_URL}?${new URLSearchParams(query)}`, body, onProgress);
    return current.done;
  };
  try {
    const file = media.file;
    const init = await send('POST', {
      command: 'INIT',
      total_bytes: String(file.size),
      media_type: mediaType(file),
      media_category: CATEGORY[media.kind],
    });
    media.mediaId = init.media_id_string ?? String(init.media_id);
    const segments = Math.max(1, Math.ceil(file.size / SEGMENT_BYTES));
    for (let index = 0; index < segments; index++) {
      const form = new FormData();
      form.append('media', file.slice(index * SEGMENT_BYTES, (index + 1) * SEGMENT_BYTES));
      await send('POST', { command: 'APPEND', media_id: media.mediaId, segment_index: String(index) }, form, (sent) => {
        media.progress = Math.min(1, (index * SEGMENT_BYTES + sent) / Math.max(1, file.size));
        changed();
      });
    }
    media.progress = 1;
    let info = (await send('POST', { command: 'FINALIZE', media_id: media.mediaId })).processing_info;
    while (info && info.state !== 'succeeded') {
      if (info.state === 'failed') throw new Error(info.error?.message ?? 'processing failed');
      media.status = 'processing';
      changed();
      await sleep(Math.max(0, Number(info.check_after_secs ?? 1)) * 1000);
      info = (await send('GET', { command: 'STATUS', media_id: media.mediaId })).processing_info;
    }
    media.status = 'done';
  } catch (error) {
    if (cancelled) return;
    media.status = 'error';
    media.error = String(error?.message ?? error);
  } finally {
    media.abort = null;
  }
  changed();
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One XMLHttpRequest; resolves with the parsed JSON body (or {} when empty), rejects on non-2xx. */
function xhr(method, url, body, onProgress) {
  const request = new XMLHttpRequest();
  const done = new Promise((resolve, reject) => {
    request.open(method, url);
    request.withCredentials = true;
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    if (onProgress) request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      if (request.status < 200 || request.status > 299) {
        reject(new Error(`${request.status} ${request.statusText}`.trim()));
        return;
      }
      try {
        resolve(request.responseText ? JSON.parse(request.responseText) : {});
      } catch {
        reject(new Error('bad JSON from upload.x.com'));
      }
    };
    request.onerror = () => reject(new Error('network error'));
    request.onabort = () => reject(new Error('aborted'));
    request.send(body ?? null);
  });
  return { done, abort: () => request.abort() };
}
