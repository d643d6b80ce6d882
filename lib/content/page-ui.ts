import { browser } from 'wxt/browser';
import { X } from '../x/selectors';
import type { PageController, PageView } from './page-controller';

/**
 * The page's UI (the prompt, the form, the badges, the hold dialog, their styles and strings) is a script of its own,
 * loaded the first time a page needs it: x.com loads the content script on every page view, and almost none of them
 * uploads anything. The content script keeps what must run from the start (the upload tap, pairing, the post guard).
 */
export const PAGE_UI_SCRIPT = '/x-page-ui.js';

/** After a failed load (the extension updated under the page), the next try waits this long. */
const RETRY_MS = 2_000;

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

/**
 * Draws the controller's view through the page UI, loading it when there is something to show, or as soon as the
 * user starts composing: X's text box gets focus, or a file is picked, dropped or pasted (a tile follows in moments).
 * Most x.com page views never load it.
 */
export function createPageUi(signal: AbortSignal, controller: PageController, target: PageUiTarget): PageUiHandle {
  let pageUi: PageUiHandle | undefined;
  let loading = false;
  let neededAt: number | undefined;
  let measured = false;

  const load = () => {
    if (loading || signal.aborted) return;
    loading = true;
    const started = performance.now();
    loadPageUi().then(
      (mount) => {
        if (signal.aborted) return;
        pageUi = mount(target, controller);
        performance.measure(UI_LOAD_MEASURE, { start: started });
        draw(controller.view);
      },
      () => {
        // Never trap a post behind a dialog that cannot be shown: it goes as it would without us.
        if (controller.view.held) controller.hold.postAnyway();
        setTimeout(() => {
          loading = false;
          if (neededAt !== undefined) load();
        }, RETRY_MS);
      },
    );
  };
  const draw = (view: PageView) => {
    if (neededAt === undefined && needsPageUi(view)) neededAt = performance.now();
    if (!pageUi) {
      if (neededAt !== undefined) load();
      return;
    }
    if (neededAt !== undefined && !measured) {
      measured = true;
      performance.measure(UI_WAIT_MEASURE, { start: neededAt });
    }
    pageUi.draw(view);
  };

  const composing = (event: Event) => {
    if (event.type === 'focusin') {
      if (event.target instanceof Element && event.target.closest(X.textBox)) load();
      return;
    }
    const files =
      event instanceof DragEvent
        ? event.dataTransfer?.files
        : event instanceof ClipboardEvent
          ? event.clipboardData?.files
          : event.target instanceof HTMLInputElement && event.target.type === 'file'
            ? event.target.files
            : undefined;
    if (files && files.length > 0) load();
  };
  for (const type of ['focusin', 'change', 'drop', 'paste']) {
    document.addEventListener(type, composing, { capture: true, passive: true, signal });
  }
  // X may have focused its text box before this script could listen (the composer opened with the page).
  if (document.activeElement?.closest(X.textBox)) load();
  signal.addEventListener('abort', () => pageUi?.remove(), { once: true });

  return {
    draw,
    relayout: () => pageUi?.relayout(),
    remove: () => pageUi?.remove(),
  };
}
