// Posts as X renders them: article[data-testid="tweet"] with avatar, User-Name, tweetText, optional
// tweetPhoto and the action bar (~60 elements each, so that timeline benchmarks weigh like the real page),
// and the quoted-post card that X puts inside the composer's attachments area.

import { h, ICONS, icon } from './dom.js';
import { count, t } from './i18n.js';

export const SELF = { name: 'Sim User', screenName: 'simuser' };

const ACTIONS = [
  ['reply', ICONS.reply, 'replies'],
  ['retweet', ICONS.retweet, 'reposts'],
  ['like', ICONS.like, 'likes'],
];

function avatar(user) {
  return h(
    'div',
    { 'data-testid': 'Tweet-User-Avatar', class: 'tweet-avatar' },
    h(
      'div',
      { 'data-testid': `UserAvatar-Container-${user.screenName}` },
      h(
        'a',
        { href: `/${user.screenName}`, role: 'link', tabindex: '-1' },
        h('div', { class: `avatar avatar-${user.screenName.length % 4}` }),
      ),
    ),
  );
}

function userName(user, post) {
  return h(
    'div',
    { 'data-testid': 'User-Name', class: 'user-name' },
    h(
      'a',
      { href: `/${user.screenName}`, role: 'link' },
      h('span', { class: 'display-name' }, h('span', {}, user.name)),
    ),
    h('span', { class: 'verified', 'aria-label': t('verified'), role: 'img' }, '✓'),
    h(
      'a',
      { href: `/${user.screenName}`, role: 'link', tabindex: '-1' },
      h('span', { class: 'handle' }, `@${user.screenName}`),
    ),
    h('span', { 'aria-hidden': 'true', class: 'dot' }, '·'),
    h(
      'a',
      { href: `/${user.screenName}/status/${post.id}`, role: 'link' },
      h('time', { datetime: new Date(post.time).toISOString() }, post.fresh ? t('now') : relativeTime(post.time)),
    ),
  );
}

function relativeTime(time) {
  const hours = Math.max(1, Math.round((Date.now() - time) / 3_600_000));
  return new Intl.RelativeTimeFormat(document.documentElement.lang, { style: 'narrow' }).format(-hours, 'hour');
}

function tweetText(text) {
  return h('div', { 'data-testid': 'tweetText', class: 'tweet-text', lang: 'en', dir: 'auto' }, h('span', {}, text));
}

function photo(post) {
  return h(
    'div',
    { 'data-testid': 'tweetPhoto', class: 'tweet-photo' },
    h('img', { src: post.photo, alt: post.photoAlt ?? t('image'), draggable: 'true' }),
  );
}

function actionButton([testId, path, labelKey], value) {
  return h(
    'div',
    { class: 'action' },
    h(
      'button',
      { type: 'button', 'data-testid': testId, 'aria-label': `${value} ${t(labelKey)}`, role: 'button' },
      h('div', { class: 'action-inner' }, h('div', { class: 'action-icon' }, icon(path, 18))),
      h('div', { class: 'action-count' }, h('span', {}, h('span', {}, count(value)))),
    ),
  );
}

function actionBar(post) {
  const { replies, reposts, likes, views } = post.counts;
  return h(
    'div',
    { role: 'group', class: 'action-bar', 'aria-label': `${replies} ${t('replies')}, ${likes} ${t('likes')}` },
    actionButton(ACTIONS[0], replies),
    actionButton(ACTIONS[1], reposts),
    actionButton(ACTIONS[2], likes),
    h(
      'div',
      { class: 'action' },
      h(
        'a',
        {
          href: `/${post.user.screenName}/status/${post.id}/analytics`,
          role: 'link',
          'aria-label': `${views} ${t('views')}`,
        },
        icon(ICONS.views, 18),
        h('span', {}, count(views)),
      ),
    ),
    h(
      'div',
      { class: 'action action-end' },
      h(
        'button',
        { type: 'button', 'data-testid': 'bookmark', 'aria-label': t('bookmarks') },
        icon(ICONS.bookmark, 18),
      ),
      h('button', { type: 'button', 'aria-label': t('shareLabel') }, icon(ICONS.share, 18)),
    ),
  );
}

/** A timeline cell holding one post; `post`: { id, user, text, time, photo?, counts }. */
export function tweetCell(post) {
  const labelId = `id__${post.id}`;
  const article = h(
    'article',
    { 'data-testid': 'tweet', role: 'article', tabindex: '0', 'aria-labelledby': labelId, class: 'tweet' },
    h(
      'div',
      { class: 'tweet-row' },
      avatar(post.user),
      h(
        'div',
        { class: 'tweet-body', id: labelId },
        h(
          'div',
          { class: 'tweet-header' },
          userName(post.user, post),
          h('button', { type: 'button', 'data-testid': 'caret', 'aria-label': t('more') }, icon(ICONS.more, 18)),
        ),
        tweetText(post.text),
        post.photo ? photo(post) : null,
        actionBar(post),
      ),
    ),
  );
  return h('div', { 'data-testid': 'cellInnerDiv', class: 'cell' }, h('div', {}, h('div', {}, article)));
}

/** Deterministic stand-in for a post fetched by id (quotes and the seeded timeline). */
export function fakePost(id, index = 0) {
  const authors = [
    { name: 'Nasa Webb', screenName: 'NASAWebb' },
    { name: 'Photo Club', screenName: 'photoclub' },
    { name: 'Ada L.', screenName: 'ada_l' },
  ];
  const digit = Number(String(id).slice(-1)) || 0;
  return {
    id: String(id),
    user: authors[(digit + index) % authors.length],
    text: `Post ${String(id).slice(-6)}: a view worth sharing, with a picture.`,
    time: Date.now() - (index + 1) * 3_600_000,
    photo: `https://pbs.twimg.com/media/SimPhoto${digit % 4}.jpg?format=jpg&name=small`,
    photoAlt: null,
    counts: { replies: 12 + digit, reposts: 40 + index, likes: 1200 + digit * 7, views: 54_000 + index * 913 },
  };
}

/** The quoted post X shows inside [data-testid="attachments"] of the first post: not the user's media. */
export function quoteCard(quote) {
  return h(
    'div',
    { class: 'quote', 'aria-label': t('quoteLabel') },
    h(
      'article',
      { class: 'quote-article', role: 'article', 'aria-labelledby': `quote-${quote.id}` },
      h('div', { class: 'quote-head' }, avatar(quote.user), userName(quote.user, quote)),
      h('div', { id: `quote-${quote.id}` }, tweetText(quote.text)),
      photo(quote),
    ),
  );
}
