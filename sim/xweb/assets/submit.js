// Posting: one CreateTweet per post of the thread, in order, each reply to the previous one ("Post all");
// CreateNoteTweet for a post over 280 characters (longPosts switch); CreateScheduledTweet when a time was chosen
// on /compose/post/schedule. Before that: X's own alt-text reminder may interrupt (only for images and GIFs
// without a description, only when enabled with ?altReminder=<probability>, default 0); with Data Saver the
// uploads start now and are awaited; then X's own metadata calls go out, before the post request.

import { createScheduledTweet, createTweet } from './api.js';
import { startUpload } from './composer.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { sendMetadataAtPost } from './metadata.js';
import { canPost, isLong, resetComposer } from './state.js';

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
    await uploadWaitingMedia(composer);
    await sendMetadataAtPost(composer);
    const results = [];
    if (composer.schedule) {
      const [post] = composer.posts;
      const mediaIds = post.media.map((media) => media.mediaId);
      const id = await createScheduledTweet({ text: post.text, mediaIds, executeAt: composer.schedule.executeAt });
      results.push({ id, text: post.text, media: post.media.map((media) => media.previewUrl), scheduled: true });
    }
    let previousId = composer.replyTo?.id ?? null;
    for (const [index, post] of composer.schedule ? [] : composer.posts.entries()) {
      const quote = index === 0 ? composer.quote : null;
      const result = await createTweet({
        text: post.text,
        mediaIds: post.media.map((media) => media.mediaId),
        replyTo: previousId,
        attachmentUrl: quote ? `https://x.com/${quote.user.screenName}/status/${quote.id}` : null,
        note: isLong(post),
      });
      previousId = result.rest_id;
      results.push({ id: result.rest_id, text: post.text, media: post.media.map((media) => media.previewUrl) });
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

/** Data Saver: the uploads start when Post is pressed; the post waits for all of them. */
async function uploadWaitingMedia(composer) {
  const uploads = [];
  for (const post of composer.posts) {
    for (const media of post.media) {
      if (media.status === 'waiting') uploads.push(startUpload(composer, post, media));
    }
  }
  await Promise.all(uploads);
  const failed = composer.posts.flatMap((post) => post.media).find((media) => media.status !== 'done');
  if (failed) throw new Error(`upload failed: ${failed.error ?? failed.status}`);
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
