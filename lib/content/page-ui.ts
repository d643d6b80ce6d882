import { browser } from 'wxt/browser';
import type { PageController, PageView } from './page-controller';

/**
 * The page's UI (the prompt, the form, the badges, the hold dialog, their styles and strings) is a script of its own,
 * loaded the first time a page needs it: x.com loads the content script on every page view, and almost none of them
 * uploads anything. The content script keeps what must run from the start (the upload tap, pairing, the post guard).
 */
export const PAGE_UI_SCRIPT = '/x-page-ui.js';

/** User timing entries (the bench reads them): how long loading the UI took, and how long its first need waited. */
export const UI_LOAD_MEASURE = 'alt-text-for-x: page UI loaded';
export const UI_WAIT_MEASURE = 'alt-text-for-x: page UI first need waited';

export interface PageUiHandle {
  draw(view: PageView): void;
  /** The tiles' sizes changed (window resized). */
  relayout(): void;
  remove(): void;
}

export interface PageUiTarget {
  /** Where the UI renders, inside our shadow root (lib/content hosts it from the start). */
  container: HTMLElement;
  shadow: ShadowRoot;
}

export type MountPageUi = (target: PageUiTarget, controller: PageController) => PageUiHandle;

// A property of the content scripts' own global: the page's scripts cannot see it.
const KEY = Symbol.for('alt-text-for-x/page-ui');

/** Called by the UI script when it runs. */
export function registerPageUi(mount: MountPageUi): void {
  (globalThis as Record<symbol, unknown>)[KEY] = mount;
}

/**
 * Runs the UI script (once; later calls find it registered) and answers its mount function. The address is our own
 * packaged file's (web-ext lint can only call it "a computed import": test/e2e/build-output.test.ts names it).
 */
export async function loadPageUi(): Promise<MountPageUi> {
  const registered = () => (globalThis as Record<symbol, unknown>)[KEY];
  if (typeof registered() !== 'function') await import(/* @vite-ignore */ browser.runtime.getURL(PAGE_UI_SCRIPT));
  const mount = registered();
  if (typeof mount !== 'function') throw new Error('The page UI script did not register itself.');
  return mount as MountPageUi;
}

/**
 * Our element at the end of the page's body, with an open shadow root (its own styles, and tests and assistive
 * technology can reach in), present from the start: the UI renders into its container once loaded. Keys typed in our
 * UI stop at our shadow root: they must not reach X's shortcuts (or its Ctrl/Cmd+Enter to post).
 */
export function hostPageUi(signal: AbortSignal): PageUiTarget {
  const host = document.createElement('alt-text-for-x');
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  for (const type of ['keydown', 'keyup', 'keypress']) {
    shadow.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
  document.body.append(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { container, shadow };
}

/** Something to show: a tile (its badge), the prompt, or a held post's dialog. */
export function needsPageUi(view: PageView): boolean {
  return view.media.size > 0 || view.promptFor !== null || view.held !== null;
}
