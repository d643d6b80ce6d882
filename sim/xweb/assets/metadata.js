// X's own alt text / content-warning sync: the web client keeps these per media and sends them to
// metadata/create.json itself. A description saved before the upload finished waits for the media id.

import { createMetadata } from './api.js';

/** Marks the media's description or warnings as changed and sends them as soon as possible. */
export function setMetadata(media, altText, warnings) {
  media.altText = altText;
  media.warnings = warnings;
  media.metadataDirty = true;
  syncMetadata(media);
}

/** Sends pending metadata when the media is uploaded; the promise is kept so Post can wait for it. */
export function syncMetadata(media) {
  if (!media.metadataDirty || media.status !== 'done' || !media.mediaId) return;
  media.metadataDirty = false;
  media.metadataSent = createMetadata(media.mediaId, media.altText, media.warnings).catch((error) => {
    // X retries silently at post time; so do we (the next Post waits for a fresh attempt).
    media.metadataDirty = true;
    console.warn('sim: metadata/create failed', error);
  });
}

/** Resolves once every media of the composer has its metadata sent (retrying failed ones once). */
export async function flushMetadata(composer) {
  const allMedia = composer.posts.flatMap((post) => post.media);
  for (const media of allMedia) syncMetadata(media);
  await Promise.all(allMedia.map((media) => media.metadataSent));
}
