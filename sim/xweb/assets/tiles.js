// One attachment tile per selected file, as X draws them in [data-testid="attachments"]: a [role=group]
// holding the blob: thumbnail (img for images and GIFs, <video> for videos), upload progress, an error line,
// "Edit media" / "Remove media" buttons and X's "Add description" link to /compose/post/media.
// Tiles are updated in place while uploading; only a re-render of the whole composer replaces them.

import { h, ICONS, icon } from './dom.js';
import { t } from './i18n.js';

/** Returns { element, update() } for `media`; the callbacks receive the media object. */
export function createTile(media, { onRemove, onEdit, onDescribe }) {
  const thumbnail =
    media.kind === 'video'
      ? h('video', { src: media.blobUrl, muted: true, playsinline: true, preload: 'metadata', class: 'tile-thumb' })
      : h('img', { src: media.blobUrl, alt: '', draggable: 'true', class: 'tile-thumb' });
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
  const label = h('span', { 'data-testid': 'altTextLabel' });
  // Videos take no description in X's composer, so only images and GIFs get the link.
  const describe =
    media.kind === 'video'
      ? null
      : h(
          'a',
          {
            href: '/compose/post/media',
            role: 'link',
            'data-testid': 'altTextWrapper',
            class: 'tile-alt',
            on: {
              click: (event) => {
                event.preventDefault();
                onDescribe(media);
              },
            },
          },
          label,
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
      h(
        'button',
        {
          type: 'button',
          class: 'tile-button',
          'aria-label': t('editMedia'),
          on: { click: () => onEdit(media) },
        },
        icon(ICONS.edit, 16),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'tile-button',
          'data-testid': 'removeMedia',
          'aria-label': t('removeMedia'),
          on: { click: () => onRemove(media) },
        },
        icon(ICONS.close, 16),
      ),
    ),
    describe,
  );

  function update() {
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
    label.textContent = media.altText ? t('altSet') : t('addDescription');
    describe?.classList.toggle('tile-alt-set', media.altText !== '');
  }
  update();
  return { element, update };
}
