// X's own media editor at /compose/post/media: tabs Crop / ALT / content warning (and Subtitles for a video), a
// description textarea [data-testid="altTextInput"] (maxlength 1000) and Save [data-testid="endEditingButton"].
// Save keeps descriptions and warnings in the page only: X sends them at Post time (metadata.js). A crop makes a
// new upload (a re-encoded JPEG, a new media id, a new preview). Subtitles upload at once, media_category
// subtitles: they are not composer media. The flag tab's real test ids are unknown, so it has none.

import { h, ICONS, icon } from './dom.js';
import { t } from './i18n.js';
import { setMetadata } from './metadata.js';
import { uploadBytes } from './upload.js';

const WARNINGS = [
  ['adult_content', 'nudity'],
  ['graphic_violence', 'violence'],
  ['other', 'sensitive'],
];

/** Crop choices: width / height of the kept area, centred (null keeps the image as it is). */
const ASPECTS = [
  ['cropOriginal', null],
  ['cropWide', 16 / 9],
  ['cropSquare', 1],
];

/**
 * Builds the editor dialog for one post's media; `close()` leaves the route (Save applies first);
 * `reupload(media, aspect)` starts the new upload a crop makes.
 */
export function renderMediaEditor(post, startIndex, startTab, close, reupload) {
  // Edits stay in this draft until Save, as X's editor does (Back discards them).
  const drafts = post.media.map((media) => ({
    altText: media.altText,
    warnings: [...media.warnings],
    aspect: media.crop,
  }));
  let index = Math.min(Math.max(0, startIndex), post.media.length - 1);
  let tab = startTab;
  const body = h('div', { class: 'editor-body' });
  const tabs = h('div', { role: 'tablist', class: 'editor-tabs' });

  function save() {
    post.media.forEach((media, mediaIndex) => {
      const draft = drafts[mediaIndex];
      const changed = draft.altText !== media.altText || draft.warnings.join() !== media.warnings.join();
      if (changed) setMetadata(media, draft.altText, draft.warnings);
      if (draft.aspect !== media.crop && media.kind === 'image') {
        media.crop = draft.aspect;
        reupload(media, draft.aspect);
      }
    });
    close();
  }

  function draw() {
    const media = post.media[index];
    const draft = drafts[index];
    // Videos take no description in X's composer: no ALT tab for them.
    const names = media.kind === 'video' ? ['crop', 'flag', 'subtitles'] : ['crop', 'alt', 'flag'];
    if (!names.includes(tab)) tab = 'crop';
    const labels = { crop: 'crop', alt: 'altTab', flag: 'flagTab', subtitles: 'subtitlesTab' };
    tabs.replaceChildren(
      ...names.map((name) =>
        h('button', {
          type: 'button',
          role: 'tab',
          class: 'editor-tab',
          'aria-selected': String(name === tab),
          text: t(labels[name]),
          on: {
            click: () => {
              tab = name;
              draw();
            },
          },
        }),
      ),
    );
    const preview =
      media.kind === 'video'
        ? h('video', { src: media.previewUrl, muted: true, playsinline: true, class: 'editor-preview' })
        : h('img', { src: media.previewUrl, alt: draft.altText, class: 'editor-preview' });
    body.replaceChildren(h('div', { class: 'editor-stage' }, preview, pager()), panel(draft, media));
  }

  function pager() {
    if (post.media.length < 2) return null;
    const go = (step) => () => {
      index = (index + step + post.media.length) % post.media.length;
      draw();
    };
    return h(
      'div',
      { class: 'editor-pager' },
      h('button', { type: 'button', 'aria-label': t('previous'), on: { click: go(-1) } }, '‹'),
      h('span', {}, `${index + 1} / ${post.media.length}`),
      h('button', { type: 'button', 'aria-label': t('next'), on: { click: go(1) } }, '›'),
    );
  }

  function panel(draft, media) {
    if (tab === 'subtitles') return subtitlesPanel(media);
    if (tab === 'alt') {
      const counter = h('span', { class: 'editor-counter' }, `${draft.altText.length} / 1000`);
      return h(
        'div',
        { role: 'tabpanel', class: 'editor-panel' },
        h(
          'label',
          { class: 'editor-field' },
          h('span', {}, t('altLabel')),
          h('textarea', {
            'data-testid': 'altTextInput',
            maxlength: '1000',
            rows: '4',
            dir: 'auto',
            text: draft.altText,
            on: {
              input: (event) => {
                draft.altText = event.target.value;
                counter.textContent = `${draft.altText.length} / 1000`;
              },
            },
          }),
        ),
        counter,
        h('p', { class: 'editor-hint' }, t('altHint')),
      );
    }
    if (tab === 'flag') {
      return h(
        'div',
        { role: 'tabpanel', class: 'editor-panel' },
        h('p', {}, t('flagIntro')),
        ...WARNINGS.map(([value, key]) =>
          h(
            'label',
            { class: 'editor-check' },
            h('input', {
              type: 'checkbox',
              checked: draft.warnings.includes(value),
              on: {
                change: (event) => {
                  draft.warnings = draft.warnings.filter((warning) => warning !== value);
                  if (event.target.checked) draft.warnings.push(value);
                },
              },
            }),
            h('span', {}, t(key)),
          ),
        ),
      );
    }
    if (media.kind !== 'image') {
      return h('div', { role: 'tabpanel', class: 'editor-panel editor-crop' }, h('div', { class: 'crop-frame' }));
    }
    return h(
      'div',
      { role: 'tabpanel', class: 'editor-panel editor-crop' },
      h(
        'div',
        { role: 'radiogroup', 'aria-label': t('crop'), class: 'crop-aspects' },
        ...ASPECTS.map(([key, aspect]) =>
          h('button', {
            type: 'button',
            role: 'radio',
            'aria-checked': String(draft.aspect === aspect),
            class: 'crop-aspect',
            text: t(key),
            on: {
              click: () => {
                draft.aspect = aspect;
                draw();
              },
            },
          }),
        ),
      ),
    );
  }

  /** Subtitles for a video: an .srt file uploaded through the same uploader, media_category=subtitles. */
  function subtitlesPanel(media) {
    const status = h('p', { class: 'editor-hint', role: 'status' }, media.subtitles ? t('subtitlesDone') : '');
    const input = h('input', {
      type: 'file',
      accept: '.srt,application/x-subrip,text/plain',
      'aria-label': t('subtitlesTab'),
      on: {
        change: async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          status.textContent = t('uploading');
          try {
            const mediaId = await uploadBytes({ blob: file, type: 'application/x-subrip', category: 'subtitles' });
            media.subtitles = { mediaId, name: file.name };
            status.textContent = t('subtitlesDone');
          } catch (error) {
            status.textContent = `${t('uploadFailed')} (${error.message})`;
          }
        },
      },
    });
    return h('div', { role: 'tabpanel', class: 'editor-panel' }, h('label', { class: 'editor-field' }, input), status);
  }

  draw();
  return h(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'modal-header', class: 'modal' },
    h(
      'div',
      { role: 'dialog', 'aria-labelledby': 'modal-header', class: 'modal-inner modal-editor' },
      h(
        'div',
        { class: 'modal-header' },
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'data-testid': 'app-bar-back',
            'aria-label': t('back'),
            on: { click: close },
          },
          icon(ICONS.back),
        ),
        h('h2', { id: 'modal-header', text: t('editMedia') }),
        h('button', {
          type: 'button',
          class: 'save-button',
          'data-testid': 'endEditingButton',
          text: t('save'),
          on: { click: save },
        }),
      ),
      tabs,
      body,
    ),
  );
}
