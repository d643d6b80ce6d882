// X's own alt text / content-warning handling: Save in X's media editor only keeps them in the page; X sends them
// itself at Post time, before the post request, one metadata/create.json call per media the user described or
// flagged (with the metadataForUndescribed switch, for every media: whether X does that is unknown).

import { createMetadata } from './api.js';
import { switches } from './config.js';

/** Keeps what the user saved in X's editor; nothing goes to the network here. */
export function setMetadata(media, altText, warnings) {
  media.altText = altText;
  media.warnings = warnings;
  media.describedInX = true;
}

/** X's calls at Post time, in attachment order; resolves when all answered (a failure does not stop the post). */
export async function sendMetadataAtPost(composer) {
  const allMedia = composer.posts.flatMap((post) => post.media);
  const due = allMedia.filter((media) => media.mediaId && (media.describedInX || switches.metadataForUndescribed));
  await Promise.all(
    due.map((media) =>
      createMetadata(media.mediaId, media.altText, media.warnings).catch((error) => {
        console.warn('sim: metadata/create failed', error);
      }),
    ),
  );
}
