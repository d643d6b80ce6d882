// Renders a composer (modal, inline on /home, or reply box) from its state. Every call builds brand-new
// nodes, as X does when it re-renders the composer after /compose/post/media; refresh() then keeps the
// mounted view in step with uploads and edits without replacing the text boxes.

import { quoteCard } from './article.js';
import { switches } from './config.js';
import { h, ICONS, icon } from './dom.js';
import { gifPicker } from './gif-search.js';
import { t } from './i18n.js';
import { admitFiles, canPost, newMedia, newPost } from './state.js';
import { textBox } from './textbox.js';
import { createTile, tileSignature } from './tiles.js';
import { uploadMedia } from './upload.js';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime';

/**
 * Starts (or, after a crop, restarts) the upload of one composer media; the composer's view follows its steps.
 * Data Saver leaves new media waiting: submit.js starts them when Post is pressed.
 */
export function startUpload(composer, post, media, options = {}) {
  const where = () => ({ composer: composer.kind, post: composer.posts.indexOf(post) });
  return uploadMedia(media, () => composer.view?.refresh(), where, options);
}

/** The Post button's test id and label: X's usual ones, or renamed ones (the postButton switch). */
function postButtonIdentity(composer) {
  if (switches.postButton === 'renamed') return { testId: 'composerSendButton', label: 'postRenamed' };
  const testId = composer.kind === 'modal' ? 'tweetButton' : 'tweetButtonInline';
  if (composer.kind === 'reply') return { testId, label: 'reply' };
  if (composer.schedule) return { testId, label: 'schedule' };
  return { testId, label: composer.posts.length > 1 ? 'postAll' : 'post' };
}

/** hooks: { submit(composer), openEditor(composer, postIndex, mediaIndex, tab), openSchedule(), toast(key) } */
export function renderComposer(composer, hooks) {
  const cells = new Map(); // post.key -> { element, attachments, grid, tiles: Map(localId -> tile), textHost }
  const thread = h('div', { class: 'composer-thread' });
  const postButton = h(
    'button',
    {
      type: 'button',
      role: 'button',
      class: 'post-button',
      'data-testid': postButtonIdentity(composer).testId,
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
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'data-testid': 'gifSearchButton',
            'aria-label': t('addGif'),
            on: { click: openGifPicker },
          },
          icon(ICONS.gif),
        ),
        composer.kind === 'modal'
          ? h(
              'button',
              {
                type: 'button',
                class: 'icon-button',
                'data-testid': 'scheduleOption',
                'aria-label': t('schedulePost'),
                on: { click: () => hooks.openSchedule?.() },
              },
              icon(ICONS.schedule),
            )
          : null,
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
      if (!switches.dataSaver) startUpload(composer, post, media);
    }
    refresh();
  }

  /** X's GIF search: a chosen GIF is attached by URL and uploaded by X from there (INIT with source_url). */
  function openGifPicker() {
    const post = composer.posts[composer.activePost] ?? composer.posts[0];
    const picker = gifPicker({
      choose: (url) => {
        picker.remove();
        const media = newMedia(null, { sourceUrl: url });
        const { refusal } = admitFiles(post, [{ type: 'image/gif', name: url }]);
        if (refusal) return hooks.toast(refusal);
        post.media.push(media);
        if (!switches.dataSaver) startUpload(composer, post, media);
        refresh();
      },
      close: () => picker.remove(),
    });
    (hooks.layerHost?.() ?? element).append(picker);
    picker.querySelector('button')?.focus();
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
    if (media.blobUrl) URL.revokeObjectURL(media.blobUrl);
    refresh();
  }

  function buildCell(post) {
    const index = () => composer.posts.indexOf(post);
    const grid = h('div', { class: 'tile-grid' });
    const attachments = h('div', { 'data-testid': 'attachments', class: 'attachments' });
    if (index() === 0 && composer.quote) attachments.append(quoteCard(composer.quote));
    const altLabel = h('span', { 'data-testid': 'altTextLabel' });
    // X's "Add description": one per post's attachments, opening the editor on the first image.
    const altLink = h(
      'a',
      {
        href: '/compose/post/media',
        role: 'link',
        'data-testid': 'altTextWrapper',
        class: 'tile-alt',
        on: {
          click: (event) => {
            event.preventDefault();
            const first = post.media.findIndex((media) => media.kind !== 'video');
            hooks.openEditor(composer, index(), Math.max(0, first), 'alt');
          },
        },
      },
      altLabel,
    );
    attachments.append(grid, altLink);
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
      {
        class: 'composer-cell',
        on: {
          focusin: () => {
            if (composer.activePost === index()) return;
            composer.activePost = index();
            refresh();
          },
        },
      },
      h('div', { class: 'avatar avatar-self', 'data-testid': 'UserAvatar-Container-simuser' }),
      h('div', { class: 'cell-body' }, textHost, attachments),
      removePost,
    );
    return { element: cellElement, grid, tiles: new Map(), removePost, textHost, altLink, altLabel };
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
      cell.element
        .querySelector('[data-testid$="RichTextInputContainer"]')
        ?.setAttribute('data-testid', `tweetTextarea_${index}RichTextInputContainer`);
      refreshAltLink(post, cell, index);
      cell.removePost.hidden = index === 0 || composer.kind === 'reply';
      reconcileTiles(post, cell);
    });
    refreshButton();
  }

  /** The link shows only on the active post, only when it has images or a GIF; its label names a lone description. */
  function refreshAltLink(post, cell, index) {
    const describable = post.media.filter((media) => media.kind !== 'video');
    cell.altLink.hidden = index !== composer.activePost || describable.length === 0;
    if (cell.altLink.hidden) cell.altLink.remove();
    else if (!cell.altLink.isConnected) cell.grid.after(cell.altLink);
    const described = describable.filter((media) => media.altText !== '');
    cell.altLabel.textContent =
      described.length === 1 ? described[0].altText : t(described.length ? 'altSet' : 'addDescription');
    cell.altLink.classList.toggle('tile-alt-set', described.length > 0);
  }

  function reconcileTiles(post, cell) {
    for (const [localId, tile] of cell.tiles) {
      if (!post.media.some((media) => media.localId === localId)) {
        tile.element.remove();
        cell.tiles.delete(localId);
      }
    }
    const open = (media, tab) =>
      hooks.openEditor(composer, composer.posts.indexOf(post), post.media.indexOf(media), tab);
    post.media.forEach((media, position) => {
      let tile = cell.tiles.get(media.localId);
      const signature = tileSignature(media);
      // React may render a tile again on each upload step: new elements, same blob URL (recreateTiles switch).
      if (tile && switches.recreateTiles && tile.signature !== signature) {
        tile.element.remove();
        tile = undefined;
      }
      if (!tile) {
        tile = createTile(media, {
          onRemove: () => removeMedia(post, media),
          onEdit: () => open(media, 'crop'),
          onFlag: () => open(media, 'flag'),
        });
        cell.tiles.set(media.localId, tile);
      }
      tile.signature = signature;
      if (cell.grid.children[position] !== tile.element)
        cell.grid.insertBefore(tile.element, cell.grid.children[position] ?? null);
      tile.update();
    });
    cell.grid.dataset.count = String(post.media.length);
  }

  function refreshButton() {
    const enabled = canPost(composer);
    postButton.disabled = !enabled;
    if (enabled) postButton.removeAttribute('aria-disabled');
    else postButton.setAttribute('aria-disabled', 'true');
    const { testId, label } = postButtonIdentity(composer);
    postButton.setAttribute('data-testid', testId);
    postButton.querySelector('span span').textContent = t(label);
  }

  composer.view = { element, refresh };
  refresh();
  return element;
}
