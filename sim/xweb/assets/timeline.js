// The /home timeline: seeded posts, the user's new posts prepended, an inline reply box under a post whose
// Reply button was clicked, and window.__sim for benchmarks (appendPosts / clearTimeline).

import { fakePost, SELF, tweetCell } from './article.js';
import { h, on } from './dom.js';
import { t } from './i18n.js';

const SEED_IDS = ['1790000000000000001', '1790000000000000002', '1790000000000000003'];

/**
 * Creates the timeline. hooks.renderReplyBox(post) returns the reply composer's element for `post`, or null
 * when no reply box is open for it.
 */
export function createTimeline(hooks) {
  const list = h('div', { class: 'timeline', 'aria-label': t('timeline'), role: 'region' });
  const cellsById = new Map(); // post id -> { post, cell, replyHost }
  let generated = 0;

  function build(post) {
    const cell = tweetCell(post);
    const replyHost = h('div', { class: 'reply-host' });
    cell.append(replyHost);
    const replyButton = cell.querySelector('[data-testid="reply"]');
    on(replyButton, 'click', () => hooks.openReply(post));
    cellsById.set(post.id, { post, cell, replyHost });
    return cell;
  }

  function prepend(post) {
    list.prepend(build(post));
  }

  function ownPost(id, text, photo) {
    return {
      id,
      user: SELF,
      text,
      time: Date.now(),
      fresh: true,
      photo,
      counts: { replies: 0, reposts: 0, likes: 0, views: 0 },
    };
  }

  /** Re-renders every open reply box (used on each route change, like the other composers). */
  function renderReplies() {
    for (const { post, replyHost } of cellsById.values()) {
      const box = hooks.renderReplyBox(post);
      replyHost.replaceChildren(...(box ? [box] : []));
    }
  }

  /** Appends `count` generated posts, `batchSize` per animation frame, as X's virtualised list grows. */
  function appendPosts(count, batchSize = 10) {
    return new Promise((resolve) => {
      let remaining = count;
      const step = () => {
        const batch = Math.min(remaining, Math.max(1, batchSize));
        const fragment = document.createDocumentFragment();
        for (let i = 0; i < batch; i++) {
          generated++;
          const post = fakePost(`1791${String(generated).padStart(15, '0')}`, generated);
          if (generated % 3 !== 0) post.photo = undefined;
          fragment.append(build(post));
        }
        list.append(fragment);
        remaining -= batch;
        if (remaining > 0) requestAnimationFrame(step);
        else resolve();
      };
      if (count <= 0) resolve();
      else requestAnimationFrame(step);
    });
  }

  function clearTimeline() {
    list.replaceChildren();
    cellsById.clear();
  }

  for (const [index, id] of SEED_IDS.entries()) list.append(build(fakePost(id, index)));
  return {
    element: list,
    renderReplies,
    appendPosts,
    clearTimeline,
    prependOwn: (id, text, photo) => prepend(ownPost(id, text, photo)),
    firstPost: () => cellsById.values().next().value?.post ?? null,
  };
}
