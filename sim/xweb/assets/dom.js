// DOM building and React-style event delegation for the simulated x.com.
//
// Why delegation: React attaches ONE native listener per event type to the app's root container and
// replays the event through the component tree itself. An extension that listens in the capture phase on
// window/document therefore sees (and can stop) a Post click or Ctrl+Enter before X does. Listeners placed
// directly on buttons would behave differently from the real page, so nothing here ever does that.

/** element -> { [eventType]: handler } : the "props" handlers, never registered with the browser. */
const handlersByElement = new WeakMap();

/** Event types replayed from the root container (all bubble; focus/blur do not, so focusin is used). */
const DELEGATED_TYPES = ['click', 'keydown', 'input', 'change', 'focusin', 'paste', 'submit'];

/**
 * Creates an element. `props`: attributes (strings, numbers, booleans: true = empty attribute, false/null =
 * absent), `on: {click: fn}` handlers (delegated), `style` as an object, `text` for textContent.
 * Children: nodes or strings (strings become text nodes: never parsed as HTML).
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') handlersByElement.set(element, { ...value });
    else if (name === 'style') Object.assign(element.style, value);
    else if (name === 'text') element.textContent = value;
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Adds or replaces one delegated handler on an existing element. */
export function on(element, type, handler) {
  const handlers = handlersByElement.get(element) ?? {};
  handlers[type] = handler;
  handlersByElement.set(element, handlers);
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Installs the single bubble-phase listener per event type on the root container. Handlers run from the
 * target up to the root, like React's synthetic bubbling; `event.stopPropagation()` inside a handler stops
 * the walk (native propagation has already ended at the root anyway).
 */
export function installDelegation(root) {
  for (const type of DELEGATED_TYPES) {
    root.addEventListener(type, (event) => {
      let stopped = false;
      const originalStop = event.stopPropagation.bind(event);
      event.stopPropagation = () => {
        stopped = true;
        originalStop();
      };
      for (let node = event.target; node && node !== root.parentNode; node = node.parentNode) {
        const handler = handlersByElement.get(node)?.[type];
        if (handler) handler(event, node);
        if (stopped) break;
      }
    });
  }
}

/** A small inline SVG icon (paths are constants of this file's callers, never user text). */
export function icon(pathData, size = 20) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', pathData);
  path.setAttribute('fill-rule', 'evenodd');
  svg.append(path);
  return svg;
}

/** Icon path data (simplified shapes; X ships its own SVGs, which we do not copy). */
export const ICONS = {
  media:
    'M3 5.5C3 4.1 4.1 3 5.5 3h13C19.9 3 21 4.1 21 5.5v13c0 1.4-1.1 2.5-2.5 2.5h-13C4.1 21 3 19.9 3 18.5v-13zM5 16l4-5 3 4 2-2 5 5H5z',
  gif: 'M3 5h18v14H3zM7 10h3v1H8v2h1v-1h1v2H7zM11 10h1v4h-1zM13 10h3v1h-2v1h2v1h-2v1h-1z',
  plus: 'M11 11V4h2v7h7v2h-7v7h-2v-7H4v-2h7z',
  flag: 'M5 3h2v1h11l-2 5 2 5H7v7H5V3zm2 3v6h8.1l-1.2-3 1.2-3H7z',
  schedule: 'M6 3V2h2v1h8V2h2v1h3v18H3V3h3zm-1 6v10h14V9H5zm2 2h4v4H7v-4z',
  close:
    'M10.59 12L4.54 5.96l1.42-1.42L12 10.59l6.04-6.05 1.42 1.42L13.41 12l6.05 6.04-1.42 1.42L12 13.41l-6.04 6.05-1.42-1.42L10.59 12z',
  back: 'M7.41 13l5.3 5.29-1.42 1.42L3.59 12l7.7-7.71 1.42 1.42L7.41 11H21v2H7.41z',
  edit: 'M14.1 4.5l5.4 5.4L8.4 21H3v-5.4L14.1 4.5zM5 16.4V19h2.6l9.1-9.1-2.6-2.6L5 16.4z',
  reply: 'M1.75 10c0-4.4 3.6-8 8-8h4.4c4.4 0 8.1 3.6 8.1 8.1 0 2.9-1.6 5.6-4.1 7L10 21.5V18h-.1c-4.5.1-8.2-3.5-8.2-8z',
  retweet:
    'M4.5 3.9l4.4 4.1-1.4 1.5-2-1.9V16c0 1.1.9 2 2 2H13v2H7.5c-2.2 0-4-1.8-4-4V7.6l-2 1.9L.1 8l4.4-4.1zM16.5 6H11V4h5.5c2.2 0 4 1.8 4 4v8.4l2-1.9 1.4 1.5-4.4 4.1-4.4-4.1 1.4-1.5 2 1.9V8c0-1.1-.9-2-2-2z',
  like: 'M16.7 3.9c-1.8 0-3.3.9-4.7 2.6-1.4-1.7-2.9-2.6-4.7-2.6C4.5 3.9 2 6.3 2 9.6c0 5.1 6.3 9.6 10 11.5 3.7-1.9 10-6.4 10-11.5 0-3.3-2.5-5.7-5.3-5.7z',
  bookmark: 'M4 4.5C4 3.1 5.1 2 6.5 2h11C18.9 2 20 3.1 20 4.5v19.4l-8-5.7-8 5.7V4.5z',
  share:
    'M12 2.6l5.7 5.6-1.4 1.4L13 6.4V16h-2V6.4L7.7 9.6 6.3 8.2 12 2.6zM21 15l-.02 3.5c0 1.4-1.1 2.5-2.5 2.5H5.5C4.1 21 3 19.9 3 18.5V15h2v3.5c0 .3.2.5.5.5h13c.3 0 .5-.2.5-.5V15h2z',
  views: 'M8.75 21V3h2v18h-2zM18 21V8.5h2V21h-2zM4 21l.004-10h2L6 21H4zm9.248 0v-7h2v7h-2z',
  more: 'M3 12c0-1.1.9-2 2-2s2 .9 2 2-.9 2-2 2-2-.9-2-2zm9 2c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm7 0c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2z',
};
