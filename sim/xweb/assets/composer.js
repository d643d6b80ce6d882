// Renders a composer (modal, inline on /home, or reply box) from its state. Every call builds brand-new
// nodes, as X does when it re-renders the composer after /compose/post/media; refresh() then keeps the
// mounted view in step with uploads and edits without replacing the text boxes.

import { quoteCard } from './article.js';
import { h, ICONS, icon } from './dom.js';
import { t } from './i18n.js';
import { syncMetadata } from './metadata.js';
import { admitFiles, canPost, newMedia, newPost } from './state.js';
import { textBox } from './textbox.js';
import { createTile } from './tiles.js';
import { uploadMedia } from './upload.js';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime';

/** hooks: { submit(composer), openEditor(composer, postIndex, mediaIndex, tab), toast(key) } */
export function renderComposer(composer, hooks) {
  const cells = new Map(); // post.key -> { element, attachments, grid, tiles: Map(localId -> tile), textHost }
  const thread = h('div', { class: 'composer-thread' });
  const postButton = h(
    'button',
    {
      type: 'button',
      role: 'button',
      class: 'post-button',
      'data-testid': composer.kind === 'modal' ? 'tweetButton' : 'tweetButtonInline',
      on: { click: () => hooks.submit(composer) },
    },
    h('div', { class: 'post-button-label' }, h('span', {}, h('span', {}))),
  );
  const fileInput = h('input', {
    type: 'file',
    'data-testid': 'fileInput',
    multiple: true,
    accept: ACCEPT,
    tabindex: '-1',
    class: 'visually-hidden',
    on: { change: (event) => attachFiles(event.target) },
  });
  const addButton =
    composer.kind === 'reply'
      ? null
      : h(
          'button',
          {
            type: 'button',
            class: 'add-button',
            'data-testid': 'addButton',
            'aria-label': t('addPost'),
            on: { click: addPost },
          },
          icon(ICONS.plus, 18),
        );
  const toolbar = h(
    'div',
    { 'data-testid': 'toolBar', class: 'toolbar' },
    h(
      'nav',
      { role: 'navigation', class: 'toolbar-icons' },
      h(
        'div',
        { role: 'presentation' },
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'aria-label': t('addMedia'),
            on: { click: () => fileInput.click() },
          },
          icon(ICONS.media),
        ),
        fileInput,
      ),
    ),
    h('div', { class: 'toolbar-actions' }, addButton, postButton),
  );
  const element = h('div', { class: `composer composer-${composer.kind}` }, thread, toolbar);

  /** The file input is emptied right after reading, as X does (so the same file can be chosen again). */
  function attachFiles(input) {
    const files = Array.from(input.files ?? []);
    input.value = '';
    const post = composer.posts[composer.activePost] ?? composer.posts[0];
    const { accepted, refusal } = admitFiles(post, files);
    if (refusal) hooks.toast(refusal);
    for (const file of accepted) {
      const media = newMedia(file);
      post.media.push(media);
      uploadMedia(media, () => {
        if (media.status === 'done') syncMetadata(media);
        composer.view?.refresh();
      });
    }
    refresh();
  }

  function addPost() {
    composer.posts.push(newPost());
    composer.activePost = composer.posts.length - 1;
    refresh();
    const cell = cells.get(composer.posts[composer.activePost].key);
    cell?.element.querySelector('[role="textbox"]')?.focus();
  }

  function removeMedia(post, media) {
    media.abort?.();
    post.media.splice(post.media.indexOf(media), 1);
    URL.revokeObjectURL(media.blobUrl);
    refresh();
  }

  function buildCell(post) {
    const index = () => composer.posts.indexOf(post);
    const grid = h('div', { class: 'tile-grid' });
    const attachments = h('div', { 'data-testid': 'attachments', class: 'attachments' });
    if (index() === 0 && composer.quote) attachments.append(quoteCard(composer.quote));
    attachments.append(grid);
    const textHost = h('div', { class: 'cell-text' });
    textHost.append(
      textBox({
        index: index(),
        text: post.text,
        placeholder: placeholderFor(index()),
        onText: (text) => {
          post.text = text;
          refreshButton();
        },
        onSubmit: () => hooks.submit(composer),
      }),
    );
    const removePost = h(
      'button',
      {
        type: 'button',
        class: 'icon-button remove-post',
        'aria-label': t('removePost'),
        on: {
          click: () => {
            composer.posts.splice(index(), 1);
            composer.activePost = Math.min(composer.activePost, composer.posts.length - 1);
            refresh();
          },
        },
      },
      icon(ICONS.close, 16),
    );
    const cellElement = h(
      'div',
      { class: 'composer-cell', on: { focusin: () => (composer.activePost = index()) } },
      h('div', { class: 'avatar avatar-self', 'data-testid': 'UserAvatar-Container-simuser' }),
      h('div', { class: 'cell-body' }, textHost, attachments),
      removePost,
    );
    return { element: cellElement, grid, tiles: new Map(), removePost, textHost };
  }

  function placeholderFor(index) {
    if (composer.kind === 'reply') return t('placeholderReply');
    return index === 0 ? t('placeholder') : t('placeholderThread');
  }

  /** Reconciles post cells and tiles with the state, keyed by post and media identity. */
  function refresh() {
    for (const [key, cell] of cells) {
      if (!composer.posts.some((post) => post.key === key)) {
        cell.element.remove();
        cells.delete(key);
      }
    }
    composer.posts.forEach((post, index) => {
      let cell = cells.get(post.key);
      if (!cell) {
        cell = buildCell(post);
        cells.set(post.key, cell);
      }
      if (thread.children[index] !== cell.element) thread.insertBefore(cell.element, thread.children[index] ?? null);
      // Test ids follow the position (tweetTextarea_1 becomes _0 when the first post is removed).
      cell.element.querySelector('[role="textbox"]')?.setAttribute('data-testid', `tweetTextarea_${index}`);
      cell.removePost.hidden = index === 0 || composer.kind === 'reply';
      reconcileTiles(post, cell);
    });
    refreshButton();
  }

  function reconcileTiles(post, cell) {
    for (const [localId, tile] of cell.tiles) {
      if (!post.media.some((media) => media.localId === localId)) {
        tile.element.remove();
        cell.tiles.delete(localId);
      }
    }
    for (const media of post.media) {
      let tile = cell.tiles.get(media.localId);
      if (!tile) {
        tile = createTile(media, {
          onRemove: () => removeMedia(post, media),
          onEdit: () => hooks.openEditor(composer, composer.posts.indexOf(post), post.media.indexOf(media), 'crop'),
          onDescribe: () => hooks.openEditor(composer, composer.posts.indexOf(post), post.media.indexOf(media), 'alt'),
        });
        cell.tiles.set(media.localId, tile);
        cell.grid.append(tile.element);
      }
      tile.update();
    }
    cell.grid.dataset.count = String(post.media.length);
  }

  function refreshButton() {
    const enabled = canPost(composer);
    postButton.disabled = !enabled;
    if (enabled) postButton.removeAttribute('aria-disabled');
    else postButton.setAttribute('aria-disabled', 'true');
    const label = composer.kind === 'reply' ? 'reply' : composer.posts.length > 1 ? 'postAll' : 'post';
    postButton.querySelector('span span').textContent = t(label);
  }

  composer.view = { element, refresh };
  refresh();
  return element;
}
