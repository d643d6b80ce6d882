// Composer state, kept apart from the DOM on purpose: X re-renders the composer from scratch when the user
// comes back from /compose/post/media, and only this state (text, attachments, upload results) survives.

import { switches } from './config.js';

/** X's limit for an ordinary post; longer ones need the long-post feature (CreateNoteTweet). */
export const POST_LIMIT = 280;

let nextLocalId = 1;

/** kind: 'modal' (/compose/post), 'inline' (top of /home) or 'reply' (reply box under a post). */
export function createComposer(kind, { replyTo = null, quote = null } = {}) {
  return {
    id: nextLocalId++,
    kind,
    replyTo, // { id, screenName } of the post answered, for 'reply'
    quote, // { id, ... } of the quoted post, shown in the first post's attachments
    posts: [newPost()],
    activePost: 0, // the cell that last had focus: the toolbar's file input attaches there
    posting: false,
    schedule: null, // { executeAt } (Unix seconds) once chosen on /compose/post/schedule
    view: null, // the mounted view, if any; replaced on every re-render
  };
}

export function newPost() {
  return { key: nextLocalId++, text: '', media: [] };
}

/** Media kinds by MIME type (and by name when the browser gives no type). */
export function mediaKind(file) {
  const type = file.type || guessType(file.name);
  if (type === 'image/gif') return 'gif';
  if (type.startsWith('video/')) return 'video';
  return 'image';
}

export function mediaType(file) {
  return file.type || guessType(file.name);
}

function guessType(name) {
  const extension = (name.split('.').pop() ?? '').toLowerCase();
  const types = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
  return types[extension] ?? (extension === 'mov' ? 'video/quicktime' : extension === 'mp4' ? 'video/mp4' : '');
}

/** A composer media: a picked `file`, or a GIF from X's GIF search (`sourceUrl`, no file). */
export function newMedia(file, { sourceUrl = null } = {}) {
  const blobUrl = file ? URL.createObjectURL(file) : null;
  return {
    localId: nextLocalId++,
    file,
    sourceUrl,
    kind: file ? mediaKind(file) : 'gif',
    blobUrl, // the picked file's blob: URL, kept for the media's whole life
    previewUrl: blobUrl ?? sourceUrl, // what the tile shows (a crop, or previewSource=uploaded, changes it)
    status: switches.dataSaver ? 'waiting' : 'uploading', // waiting | uploading | processing | done | error
    progress: 0, // 0..1 of bytes sent
    mediaId: null, // media_id_string once INIT answered
    uploadedBlob: null, // the bytes sent (the file, or X's re-encoded JPEG)
    truth: null, // this upload's entry in window.__xsim.truth
    error: null,
    altText: '',
    warnings: [], // sensitive_media_warning values set in X's media editor
    describedInX: false, // the user saved a description or warnings in X's editor: X sends them at Post
    crop: null, // { x, y, width, height } fractions, once cropped in X's editor
    abort: null, // cancels the upload in flight
  };
}

/**
 * Splits selected files into accepted and refused, by X's rule: per post up to 4 images, or 1 GIF, or 1 video,
 * never mixed. Returns the refusal reason (an i18n key) when anything is left out.
 */
export function admitFiles(post, files) {
  const kinds = post.media.map((media) => media.kind);
  const accepted = [];
  let refusal = null;
  for (const file of files) {
    const kind = mediaKind(file);
    if (kinds.length >= 4) refusal = 'tooMany';
    else if (kinds.some((existing) => existing !== 'image') || (kind !== 'image' && kinds.length > 0))
      refusal = 'mixed';
    else {
      kinds.push(kind);
      accepted.push(file);
    }
  }
  return { accepted, refusal };
}

export function postIsEmpty(composer, index) {
  const post = composer.posts[index];
  const hasQuote = index === 0 && composer.quote !== null;
  return post.text.trim() === '' && post.media.length === 0 && !hasQuote;
}

/** Whether a post's text is over the limit for this account (long posts lift it). */
export function isLong(post) {
  return [...post.text].length > POST_LIMIT;
}

/**
 * X disables Post while any upload runs, while any post of the thread is empty or too long, and while posting.
 * With Data Saver, media waiting for Post does not block it: Post starts those uploads.
 */
export function canPost(composer) {
  if (composer.posting) return false;
  const allMedia = composer.posts.flatMap((post) => post.media);
  const ready = (media) => media.status === 'done' || (media.status === 'waiting' && switches.dataSaver);
  if (!allMedia.every(ready)) return false;
  if (!switches.longPosts && composer.posts.some(isLong)) return false;
  return composer.posts.every((_post, index) => !postIsEmpty(composer, index));
}

/** Forgets the content after a successful post (blob URLs stay alive: the new timeline post shows them). */
export function resetComposer(composer) {
  composer.posts = [newPost()];
  composer.activePost = 0;
  composer.quote = null;
  composer.schedule = null;
}
