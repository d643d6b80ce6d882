// Uploads that are NOT composer media, on their own routes, through the same uploader and the same URLs as the
// composer (x-composer.md): the DM composer at /messages (dm_image / dm_gif / dm_video) and the profile banner at
// /settings/profile (banner_image). An extension must not mistake them for a post's media.

import { h } from './dom.js';
import { t } from './i18n.js';
import { mediaKind, mediaType } from './state.js';
import { uploadBytes } from './upload.js';

const DM_CATEGORY = { image: 'dm_image', gif: 'dm_gif', video: 'dm_video' };

/** One file input + preview + status; `category(file)` picks the media category. */
function uploader({ category, accept, label, testId }) {
  const preview = h('div', { class: 'other-upload-preview' });
  const status = h('p', { role: 'status', class: 'other-upload-status' });
  const input = h('input', {
    type: 'file',
    accept,
    'data-testid': testId,
    'aria-label': label,
    on: {
      change: async (event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (!file) return;
        const url = URL.createObjectURL(file);
        preview.replaceChildren(h('img', { src: url, alt: '' }));
        status.textContent = t('uploading');
        try {
          const mediaId = await uploadBytes({ blob: file, type: mediaType(file), category: category(file) });
          status.textContent = t('uploaded');
          status.dataset.mediaId = mediaId;
        } catch (error) {
          status.textContent = `${t('uploadFailed')} (${error.message})`;
        }
      },
    },
  });
  return h('div', { class: 'other-upload' }, h('label', {}, h('span', {}, label), input), preview, status);
}

/** /messages: a conversation's composer with its own media button (X's DM composer). */
export function renderMessages() {
  return h(
    'section',
    { 'data-testid': 'DmActivityContainer', class: 'page-panel', 'aria-label': t('messages') },
    h('h2', { text: t('messages') }),
    uploader({
      category: (file) => DM_CATEGORY[mediaKind(file)],
      accept: 'image/jpeg,image/png,image/webp,image/gif,video/mp4',
      label: t('addMedia'),
      testId: 'dmComposerFileInput',
    }),
    h('div', {
      role: 'textbox',
      contenteditable: 'true',
      'data-testid': 'dmComposerTextInput',
      'aria-label': t('startMessage'),
      class: 'dm-text',
    }),
  );
}

/** /settings/profile: the profile banner upload. */
export function renderProfileSettings() {
  return h(
    'section',
    { class: 'page-panel', 'aria-label': t('editProfile') },
    h('h2', { text: t('editProfile') }),
    uploader({
      category: () => 'banner_image',
      accept: 'image/jpeg,image/png,image/webp',
      label: t('addBanner'),
      testId: 'bannerFileInput',
    }),
  );
}
