// X's GIF search (toolbar button [data-testid="gifSearchButton"]): a picker of a few GIFs served from
// pbs.twimg.com. Choosing one attaches it by URL: the tile shows that remote URL (not a blob:), and the upload is
// INIT with source_url then STATUS (upload.js), since X fetches the GIF itself.

import { h, ICONS, icon } from './dom.js';
import { t } from './i18n.js';

/** The simulator's GIF catalogue: names are stable so tests can pick one by URL. */
export const GIFS = ['SimGifCatWaves', 'SimGifDogNods', 'SimGifParty'].map(
  (name) => `https://pbs.twimg.com/tweet_video_thumb/${name}.gif`,
);

/** A dialog listing the GIFs; `choose(url)` on a pick, `close()` on dismiss. */
export function gifPicker({ choose, close }) {
  return h(
    'div',
    { class: 'sheet-layer' },
    h('div', { 'data-testid': 'mask', class: 'mask', on: { click: close } }),
    h(
      'div',
      { role: 'dialog', 'aria-modal': 'true', 'aria-label': t('chooseGif'), class: 'sheet gif-picker' },
      h(
        'div',
        { class: 'modal-header' },
        h(
          'button',
          { type: 'button', class: 'icon-button', 'aria-label': t('close'), on: { click: close } },
          icon(ICONS.close),
        ),
        h('h2', { text: t('chooseGif') }),
      ),
      h(
        'div',
        { class: 'gif-grid' },
        ...GIFS.map((url, index) =>
          h(
            'button',
            {
              type: 'button',
              class: 'gif-choice',
              'data-gif-url': url,
              'aria-label': `GIF ${index + 1}`,
              on: { click: () => choose(url) },
            },
            h('img', { src: url, alt: '' }),
          ),
        ),
      ),
    ),
  );
}
