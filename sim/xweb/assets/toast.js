// X's toasts: div[data-testid="toast"][role="alert"] at the bottom of #layers, gone after a few seconds.

import { h } from './dom.js';
import { t } from './i18n.js';

let host = null;

export function setToastHost(element) {
  host = element;
}

/** Shows a translated message; `link` is an optional { href, textKey } (e.g. "View" after posting). */
export function toast(key, link = null) {
  if (!host) return;
  const element = h(
    'div',
    { 'data-testid': 'toast', role: 'alert', class: 'toast' },
    h('span', {}, t(key)),
    link ? h('a', { href: link.href, role: 'link', class: 'toast-link' }, t(link.textKey)) : null,
  );
  host.append(element);
  setTimeout(() => element.remove(), 6000);
}
