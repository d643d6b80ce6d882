// X's chunked media upload, as the web client does it: XMLHttpRequest with credentials to upload.x.com, the
// command always in the query string: INIT, APPEND in 512 KiB segments (multipart, field "media"), FINALIZE, then
// STATUS polling for GIF/video honouring check_after_secs. Each upload runs on its own, so several run at once
// and finish in any order (uploadJitterMs makes that order random). The same uploader serves composer media,
// DMs, subtitles and profile banners; a GIF from X's GIF search is only INIT (source_url) then STATUS.

import { authHeaders, UPLOAD_URL, UPLOAD2_URL } from './api.js';
import { switches } from './config.js';
import { needsReencode, reencode } from './reencode.js';
import { mediaType } from './state.js';
import { markReplaced, recordUpload } from './truth.js';

const SEGMENT_BYTES = 512 * 1024;

/** Composer media categories: videos in posts are amplify_video (tweet_video is for Articles). */
const CATEGORY = { image: 'tweet_image', gif: 'tweet_gif', video: 'amplify_video' };

/**
 * Uploads `blob` with INIT/APPEND/FINALIZE(/STATUS). `onInit(mediaId)` runs once INIT answered, `onProgress(0..1)`
 * as bytes go, `onProcessing()` while X processes a GIF or video. Resolves with the media id; rejects on failure.
 * `control.abort` is set to a function that cancels the request in flight.
 */
export async function uploadBytes(
  { blob, type, category, url = UPLOAD_URL, onInit, onProgress, onProcessing },
  control = {},
) {
  const send = (method, query, body, progress) => {
    const request = xhr(method, `${url}?${new URLSearchParams(query)}`, body, progress);
    control.abort = request.abort;
    return request.done;
  };
  const init = await send('POST', {
    command: 'INIT',
    total_bytes: String(blob.size),
    media_type: type,
    media_category: category,
  });
  const mediaId = init.media_id_string ?? String(init.media_id);
  onInit?.(mediaId);
  const segments = Math.max(1, Math.ceil(blob.size / SEGMENT_BYTES));
  for (let index = 0; index < segments; index++) {
    const form = new FormData();
    form.append('media', blob.slice(index * SEGMENT_BYTES, (index + 1) * SEGMENT_BYTES));
    const query = { command: 'APPEND', media_id: mediaId, segment_index: String(index) };
    await send('POST', query, form, (sent) => {
      onProgress?.(Math.min(1, (index * SEGMENT_BYTES + sent) / Math.max(1, blob.size)));
    });
  }
  onProgress?.(1);
  const info = (await send('POST', { command: 'FINALIZE', media_id: mediaId })).processing_info;
  await waitForProcessing(send, mediaId, info, onProcessing);
  return mediaId;
}

async function waitForProcessing(send, mediaId, first, onProcessing) {
  let info = first;
  while (info && info.state !== 'succeeded') {
    if (info.state === 'failed') throw new Error(info.error?.message ?? 'processing failed');
    onProcessing?.();
    await sleep(Math.max(0, Number(info.check_after_secs ?? 1)) * 1000);
    info = (await send('GET', { command: 'STATUS', media_id: mediaId })).processing_info;
  }
}

/**
 * Uploads one composer media (`media` from state.js newMedia), updating it in place and calling `changed()` after
 * each visible step. `where` = { composer, post } for the ground truth. Never throws: failures end in status
 * 'error' (shown on the tile).
 */
export async function uploadMedia(media, changed, where, { crop = null } = {}) {
  let cancelled = false;
  const control = {};
  media.abort = () => {
    cancelled = true;
    control.abort?.();
  };
  media.status = 'uploading';
  media.progress = 0;
  changed();
  try {
    if (switches.uploadJitterMs > 0) await sleep(Math.random() * switches.uploadJitterMs);
    if (cancelled) return;
    if (media.sourceUrl) {
      await uploadFromSource(media, changed, where, control);
    } else {
      const { blob, type } = await bytesToUpload(media, crop);
      if (cancelled) return;
      media.uploadedBlob = blob;
      // A crop shows the cropped image; otherwise the tile shows the picked file, as X does, unless the switch says.
      if (crop || (switches.previewSource === 'uploaded' && blob !== media.file)) {
        media.previewUrl = URL.createObjectURL(blob);
        changed();
      }
      const video = media.kind === 'video';
      await uploadBytes(
        {
          blob,
          type,
          category: CATEGORY[media.kind],
          url: video && switches.longVideo ? UPLOAD2_URL : UPLOAD_URL,
          onInit: (mediaId) => {
            markReplaced(media.truth, mediaId); // a crop's new upload replaces the earlier one
            media.mediaId = mediaId;
            media.truth = recordUpload({
              file: media.file.name,
              mediaId,
              category: CATEGORY[media.kind],
              media, // the tile's preview is read from it when a test asks
              ...where(),
            });
          },
          onProgress: (progress) => {
            media.progress = progress;
            changed();
          },
          onProcessing: () => {
            media.status = 'processing';
            changed();
          },
        },
        control,
      );
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

/**
 * The file itself, or the JPEG X makes of it (re-encoding rules in reencode.js; a crop, an aspect ratio such as
 * 1 or 16/9, always re-encodes).
 */
async function bytesToUpload(media, crop) {
  const file = media.file;
  if (media.kind !== 'image' || !(await needsReencode(file, { cropped: crop !== null }))) {
    return { blob: file, type: mediaType(file) };
  }
  return { blob: await reencode(file, crop), type: 'image/jpeg' };
}

/** A GIF from X's GIF search: INIT names the GIF's URL (no bytes, no APPEND, no FINALIZE), then STATUS. */
async function uploadFromSource(media, changed, where, control) {
  const send = (method, query) => {
    const request = xhr(method, `${UPLOAD_URL}?${new URLSearchParams(query)}`, null);
    control.abort = request.abort;
    return request.done;
  };
  const init = await send('POST', {
    command: 'INIT',
    source_url: media.sourceUrl,
    media_category: 'tweet_gif',
    media_type: 'image/gif',
  });
  media.mediaId = init.media_id_string ?? String(init.media_id);
  media.truth = recordUpload({ file: media.sourceUrl, mediaId: media.mediaId, category: 'tweet_gif', ...where() });
  media.progress = 1;
  const status = await send('GET', { command: 'STATUS', media_id: media.mediaId });
  await waitForProcessing(send, media.mediaId, status.processing_info, () => {
    media.status = 'processing';
    changed();
  });
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
