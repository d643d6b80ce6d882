// One attachment tile per media, as X draws them in [data-testid="attachments"]: a [role=group] whose aria-label
// is the tile's alt text when the user typed one in X's editor, else the translated word "Media"; the preview
// (img for images and GIFs, a <video> with <source> children and no src for videos); upload progress, an error
// line, and buttons "Edit media", "Flag sensitive media", "Remove media" with aria-labels only (no test ids).
// X's "Add description" link is not here: there is one per post (composer.js).

import { h, ICONS, icon } from './dom.js';
import { t } from './i18n.js';

/** X's fallback player: a <video> without src, its sources as children, looping and muted (so loop ≠ GIF). */
function videoPreview(media) {
  const type = media.file?.type || 'video/mp4';
  return h(
    'video',
    { loop: true, muted: true, playsinline: true, preload: 'metadata', class: 'tile-thumb' },
    h('source', { src: media.previewUrl, type }),
  );
}

/** Returns { element, update() } for `media`; the callbacks receive the media object. */
export function createTile(media, { onRemove, onEdit, onFlag }) {
  const thumbnail =
    media.kind === 'video'
      ? videoPreview(media)
      : h('img', { src: media.previewUrl, alt: '', draggable: 'true', class: 'tile-thumb' });
  const bar = h('div', { class: 'tile-progress-bar' });
  const progress = h(
    'div',
    {
      class: 'tile-progress',
      role: 'progressbar',
      'aria-label': t('uploading'),
      'aria-valuemin': '0',
      'aria-valuemax': '100',
    },
    bar,
  );
  const error = h('div', { class: 'tile-error', role: 'alert', hidden: true });
  const button = (labelKey, path, onClick) =>
    h(
      'button',
      { type: 'button', class: 'tile-button', 'aria-label': t(labelKey), on: { click: onClick } },
      icon(path, 16),
    );
  const element = h(
    'div',
    { role: 'group', class: `tile tile-${media.kind}`, tabindex: '0' },
    h('div', { class: 'tile-media' }, thumbnail),
    progress,
    error,
    h(
      'div',
      { class: 'tile-buttons' },
      button('editMedia', ICONS.edit, () => onEdit(media)),
      button('flagMedia', ICONS.flag, () => onFlag(media)),
      button('removeMedia', ICONS.close, () => onRemove(media)),
    ),
  );

  function update() {
    element.setAttribute('aria-label', media.altText || t('media'));
    const source = media.kind === 'video' ? thumbnail.querySelector('source') : thumbnail;
    if (source.getAttribute('src') !== media.previewUrl) {
      source.setAttribute('src', media.previewUrl);
      if (media.kind === 'video') thumbnail.load();
    }
    const busy = media.status === 'uploading' || media.status === 'processing';
    progress.hidden = !busy;
    const percent = Math.round(media.progress * 100);
    progress.setAttribute('aria-valuenow', String(percent));
    progress.setAttribute('aria-valuetext', media.status === 'processing' ? t('processing') : `${percent}%`);
    bar.style.width = `${media.status === 'processing' ? 100 : percent}%`;
    progress.classList.toggle('tile-progress-processing', media.status === 'processing');
    error.hidden = media.status !== 'error';
    error.textContent = media.status === 'error' ? t('uploadFailed') : '';
    element.classList.toggle('tile-failed', media.status === 'error');
  }
  update();
  return { element, update };
}

/** What a tile shows, as a string: a change means React would render the tile again. */
export function tileSignature(media) {
  return [media.status, Math.round(media.progress * 100), media.altText, media.previewUrl].join('|');
}
