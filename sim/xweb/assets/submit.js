// Posting: one CreateTweet per post of the thread, in order, each reply to the previous one. Before that,
// X's own alt-text reminder may interrupt (only for images and GIFs without a description, only when enabled
// with ?altReminder=<probability>, default 0), and X's pending metadata calls are awaited.

import { createTweet } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { flushMetadata } from './metadata.js';
import { canPost, resetComposer } from './state.js';

/** Probability of the reminder, from ?altReminder= (kept for the session: client-side routes drop the query). */
function reminderProbability() {
  const requested = new URLSearchParams(location.search).get('altReminder');
  if (requested !== null) sessionStorage.setItem('simAltReminder', requested);
  const value = Number(sessionStorage.getItem('simAltReminder') ?? '0');
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

const REMINDER_PROBABILITY = reminderProbability();

/**
 * hooks: { layerHost, openEditor(composer, postIndex, mediaIndex, tab), posted(composer, results), toast(key) }.
 * Returns without doing anything when Post is disabled (a disabled button swallows clicks; Ctrl+Enter does not).
 */
export async function submit(composer, hooks, { skipReminder = false } = {}) {
  if (!canPost(composer)) return;
  const undescribed = findUndescribedImage(composer);
  if (!skipReminder && undescribed && Math.random() < REMINDER_PROBABILITY) {
    showReminder(composer, undescribed, hooks);
    return;
  }
  composer.posting = true;
  composer.view?.refresh();
  try {
    await flushMetadata(composer);
    const results = [];
    let previousId = composer.replyTo?.id ?? null;
    for (const [index, post] of composer.posts.entries()) {
      const quote = index === 0 ? composer.quote : null;
      const result = await createTweet({
        text: post.text,
        mediaIds: post.media.map((media) => media.mediaId),
        replyTo: previousId,
        attachmentUrl: quote ? `https://x.com/${quote.user.screenName}/status/${quote.id}` : null,
      });
      previousId = result.rest_id;
      results.push({ id: result.rest_id, text: post.text, media: post.media.map((media) => media.blobUrl) });
    }
    composer.posting = false;
    resetComposer(composer);
    hooks.posted(composer, results);
  } catch (error) {
    console.warn('sim: CreateTweet failed', error);
    composer.posting = false;
    composer.view?.refresh();
    hooks.toast('postFailed');
  }
}

function findUndescribedImage(composer) {
  for (const [postIndex, post] of composer.posts.entries()) {
    const mediaIndex = post.media.findIndex((media) => media.kind !== 'video' && media.altText === '');
    if (mediaIndex >= 0) return { postIndex, mediaIndex };
  }
  return null;
}

/** X's confirmation sheet: "Add a description" opens the media editor, "Not this time" posts anyway. */
function showReminder(composer, { postIndex, mediaIndex }, hooks) {
  const close = () => layer.remove();
  const layer = h(
    'div',
    { class: 'sheet-layer' },
    h('div', { 'data-testid': 'mask', class: 'mask', on: { click: close } }),
    h(
      'div',
      {
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': 'reminder-title',
        'aria-describedby': 'reminder-body',
        'data-testid': 'confirmationSheetDialog',
        class: 'sheet',
      },
      h('h1', { id: 'reminder-title', text: t('reminderTitle') }),
      h('p', { id: 'reminder-body', text: t('reminderBody') }),
      h('button', {
        type: 'button',
        class: 'sheet-confirm',
        'data-testid': 'confirmationSheetConfirm',
        text: t('reminderConfirm'),
        on: {
          click: () => {
            close();
            hooks.openEditor(composer, postIndex, mediaIndex, 'alt');
          },
        },
      }),
      h('button', {
        type: 'button',
        class: 'sheet-cancel',
        'data-testid': 'confirmationSheetCancel',
        text: t('reminderCancel'),
        on: {
          click: () => {
            close();
            submit(composer, hooks, { skipReminder: true });
          },
        },
      }),
    ),
  );
  hooks.layerHost().append(layer);
  layer.querySelector('[data-testid="confirmationSheetConfirm"]').focus();
}
