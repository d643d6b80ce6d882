// Ground truth for tests, invisible to the extension's logic: which media id came from which file.
// window.__xsim.truth is a list of { file, mediaId, category, composer, post, replaced?, replacedBy? } per composer
// upload (file: the picked File's name, or the GIF's URL for GIF search; preview: the address its tile shows now). A
// crop re-uploads: the old entry gets replaced: true and replacedBy: the new upload's id, and a new entry follows.

const truth = [];
window.__xsim = { ...(window.__xsim ?? {}), truth };

/** Records an upload once INIT gave it an id; returns the entry so a later crop can mark it replaced. */
export function recordUpload({ file, mediaId, category, composer, post, media }) {
  const entry = { file, mediaId, category, composer, post };
  // The address the tile shows now (a crop or the uploaded preview changes it): which tile this upload is.
  if (media) Object.defineProperty(entry, 'preview', { enumerable: true, get: () => media.previewUrl });
  truth.push(entry);
  return entry;
}

export function markReplaced(entry, replacedBy) {
  if (!entry) return;
  entry.replaced = true;
  entry.replacedBy = replacedBy;
}
