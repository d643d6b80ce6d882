// The simulated x.com single-page app: layout, client-side routes and the composers' lifecycle.
// Routes: / -> /home; /home (inline composer + timeline); /compose/post (modal composer over home, with
// ?quote=<id>); /compose/post/media (X's media editor). Every route change re-renders all composers from
// their state, which is what X does when the user comes back from /compose/post/media.

import { fakePost } from './article.js';
import { renderComposer, startUpload } from './composer.js';
import { h, ICONS, icon, installDelegation, on } from './dom.js';
import { lang, t } from './i18n.js';
import { renderMediaEditor } from './media-editor.js';
import { renderMessages, renderProfileSettings } from './other-uploads.js';
import { renderSchedule } from './schedule.js';
import { createComposer } from './state.js';
import { submit } from './submit.js';
import { createTimeline } from './timeline.js';
import { setToastHost, toast } from './toast.js';

const root = document.getElementById('react-root');
const composers = { inline: createComposer('inline'), modal: null, reply: null };
let editorContext = null; // { composer, postIndex, mediaIndex, tab, returnPath, pushed }

const hooks = {
  submit: (composer) => submit(composer, submitHooks),
  openEditor,
  openSchedule: () => navigate('/compose/post/schedule'),
  layerHost: () => modalHost,
  toast,
};
const submitHooks = { layerHost: () => modalHost, openEditor, posted, toast };

/** Client-side navigation, as X's router does: pushState (or replaceState), then render; never a reload. */
function navigate(path, { replace = false, state = null } = {}) {
  if (replace) history.replaceState(state, '', path);
  else history.pushState(state, '', path);
  render();
}

function openEditor(composer, postIndex, mediaIndex, tab) {
  const returnPath = location.pathname + location.search;
  editorContext = { composer, postIndex, mediaIndex, tab, returnPath, pushed: true };
  navigate('/compose/post/media');
}

/** Leaves the media editor the way X does: back in history when we came from the composer. */
function closeEditor() {
  const context = editorContext;
  editorContext = null;
  if (context?.pushed && history.length > 1) history.back();
  else navigate(context?.returnPath ?? '/home', { replace: true });
}

function openReply(post) {
  composers.reply = createComposer('reply', { replyTo: { id: post.id, screenName: post.user.screenName } });
  render();
  document.querySelector('.composer-reply [role="textbox"]')?.focus();
}

function posted(composer, results) {
  const last = results.at(-1);
  if (last?.scheduled) toast('scheduled');
  else {
    for (const result of [...results].reverse()) timeline.prependOwn(result.id, result.text, result.media[0]);
    toast('sent', { href: `/simuser/status/${last.id}`, textKey: 'view' });
  }
  if (composer.kind === 'modal') {
    composers.modal = null;
    navigate('/home', { replace: true });
  } else {
    if (composer.kind === 'reply') composers.reply = null;
    render();
  }
}

function closeModal() {
  // X would offer to save a draft; the simulator discards it, uploads in flight included.
  for (const media of composers.modal?.posts.flatMap((post) => post.media) ?? []) media.abort?.();
  composers.modal = null;
  navigate('/home');
}

// ---- layout (built once; the timeline survives route changes, composers do not) ----
const inlineHost = h('div', { class: 'inline-composer' });
const otherHost = h('div', { class: 'other-page' });
const timeline = createTimeline({
  openReply,
  renderReplyBox: (post) =>
    composers.reply?.replyTo.id === post.id
      ? h(
          'div',
          { class: 'reply-box' },
          h('div', { class: 'replying-to' }, `${t('reply')} → @${post.user.screenName}`),
          renderComposer(composers.reply, hooks),
        )
      : null,
});
const modalHost = h('div', { class: 'modal-host' });
const toastHost = h('div', { class: 'toast-host', 'aria-live': 'polite' });
setToastHost(toastHost);

function layout() {
  const homeLink = h('a', {
    href: '/home',
    role: 'link',
    'data-testid': 'AppTabBar_Home_Link',
    'aria-label': t('home'),
  });
  homeLink.append(h('span', { class: 'logo' }, '𝕏'), h('span', { class: 'nav-label' }, t('home')));
  // X's side-nav Post button: opens the modal composer client-side (a link to /compose/post).
  const newPost = h('a', {
    href: '/compose/post',
    role: 'link',
    class: 'nav-post',
    'data-testid': 'SideNav_NewTweet_Button',
    'aria-label': t('post'),
    text: t('post'),
  });
  return h(
    'div',
    { class: 'app' },
    h('header', { role: 'banner', class: 'banner' }, h('nav', { role: 'navigation' }, homeLink, newPost)),
    h(
      'main',
      { role: 'main', class: 'main' },
      h(
        'div',
        { 'data-testid': 'primaryColumn', class: 'primary-column' },
        h(
          'div',
          { class: 'column-header' },
          h('h2', { text: t('home') }),
          h('div', { class: 'tab', text: t('forYou') }),
        ),
        inlineHost,
        otherHost,
        timeline.element,
      ),
    ),
  );
}

function modalComposer(composer) {
  return h(
    'div',
    { role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'modal-header', class: 'modal' },
    h(
      'div',
      { role: 'dialog', 'aria-labelledby': 'modal-header', class: 'modal-inner' },
      h(
        'div',
        { class: 'modal-header' },
        h(
          'button',
          {
            type: 'button',
            class: 'icon-button',
            'data-testid': 'app-bar-close',
            'aria-label': t('close'),
            on: { click: closeModal },
          },
          icon(ICONS.close),
        ),
        h('h2', { id: 'modal-header', class: 'visually-hidden', text: t('post') }),
        h('a', {
          href: '/compose/post/unsent/drafts',
          role: 'link',
          'data-testid': 'unsentButton',
          class: 'drafts',
          text: t('drafts'),
        }),
      ),
      renderComposer(composer, hooks),
    ),
  );
}

/** Renders the current route; called on boot, after each navigate() and on popstate. */
function render() {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return navigate(`/home${location.search}`, { replace: true });
  const params = new URLSearchParams(location.search);
  const onEditor = path === '/compose/post/media' || path === '/compose/tweet/media';
  const onSchedule = path === '/compose/post/schedule';
  const onCompose = !onEditor && (path.startsWith('/compose/post') || path.startsWith('/compose/tweet'));
  const otherPage =
    path === '/messages' || path.startsWith('/messages/')
      ? 'messages'
      : path === '/settings/profile'
        ? 'profile'
        : null;
  if (onEditor && !editorContext?.composer.posts[editorContext.postIndex]?.media.length) {
    // Reached without a media to edit (reload, deep link): X goes back to the composer.
    editorContext = null;
    return navigate('/compose/post', { replace: true });
  }
  if (onCompose) {
    const quoteId = params.get('quote');
    if (!composers.modal) composers.modal = createComposer('modal', { quote: quoteId ? fakePost(quoteId) : null });
  }
  // Every composer gets new DOM; the editor replaces the composer it edits.
  const editing = onEditor ? editorContext.composer : null;
  inlineHost.replaceChildren(editing === composers.inline || otherPage ? '' : renderComposer(composers.inline, hooks));
  otherHost.replaceChildren(
    otherPage === 'messages' ? renderMessages() : otherPage === 'profile' ? renderProfileSettings() : '',
  );
  timeline.renderReplies();
  modalHost.replaceChildren();
  if (onEditor) {
    const { composer, postIndex, mediaIndex, tab } = editorContext;
    const post = composer.posts[postIndex];
    const reupload = (media, aspect) => startUpload(composer, post, media, { crop: aspect });
    modalHost.append(renderMediaEditor(post, mediaIndex, tab, closeEditor, reupload));
  } else if (onSchedule && composers.modal) {
    const back = () => navigate('/compose/post', { replace: true });
    const confirm = (executeAt) => {
      composers.modal.schedule = { executeAt };
      back();
    };
    modalHost.append(renderSchedule(composers.modal, { confirm, close: back }));
  } else if (onCompose && composers.modal) {
    modalHost.append(modalComposer(composers.modal));
    modalHost.querySelectorAll('[role="textbox"]')[composers.modal.activePost]?.focus();
  }
  document.title = t('title');
}

// Internal links are followed client-side, as X's router does (the altTextWrapper link has its own handler).
function followLink(event) {
  const link = event.target.closest?.('a[href^="/"]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  navigate(link.getAttribute('href'));
}

function boot() {
  document.documentElement.lang = lang;
  root.replaceChildren(layout(), h('div', { id: 'layers' }, modalHost, toastHost));
  installDelegation(root);
  on(root, 'click', followLink); // runs last in the delegated walk, after any handler that prevented it
  window.addEventListener('popstate', render);
  window.__sim = { appendPosts: timeline.appendPosts, clearTimeline: timeline.clearTimeline };
  render();
}

boot();
