import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageController, type PageView } from '../lib/content/page-controller';
import {
  hostPageUi,
  loadPageUi,
  needsPageUi,
  type PageUiHandle,
  type PageUiTarget,
  UI_LOAD_MEASURE,
  UI_WAIT_MEASURE,
} from '../lib/content/page-ui';
import { X } from '../lib/x/selectors';

/** After a failed load of the page's UI (the extension updated under the page), the next try waits this long. */
const UI_RETRY_MS = 2_000;

export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_start: the upload tap's nonce must be taken before any page script runs (lib/content/upload-tap.ts).
  runAt: 'document_start',
  // Styles go into our shadow root as text (the page's UI brings them): nothing is injected into X's page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // What the page shows comes from the page UI script, loaded when there is something to show, or as soon as the
    // user starts composing (below): most x.com page views never need it.
    let pageUi: PageUiHandle | undefined;
    let target: PageUiTarget | undefined;
    let loading = false;
    let neededAt: number | undefined;
    let measured = false;
    const load = () => {
      if (!target || loading || ctx.signal.aborted) return;
      loading = true;
      const into = target;
      const started = performance.now();
      loadPageUi().then(
        (mount) => {
          if (ctx.signal.aborted) return;
          pageUi = mount(into, controller);
          performance.measure(UI_LOAD_MEASURE, { start: started });
          draw(controller.view);
        },
        () => {
          // Never trap a post behind a dialog that cannot be shown: it goes as it would without us.
          if (controller.view.held) controller.hold.postAnyway();
          setTimeout(() => {
            loading = false;
            if (neededAt !== undefined) load();
          }, UI_RETRY_MS);
        },
      );
    };
    const draw = (view: PageView) => {
      if (!target) return;
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
    // Created now, at document_start: the page world's nonce is taken before any page script runs. Nothing is drawn
    // before the page has a body.
    const controller = createPageController(ctx.signal, (view) => draw(view));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    target = hostPageUi(ctx.signal);
    // The user is composing (X's text box has focus) or picks, drops or pastes a file: a tile may follow in moments.
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
      document.addEventListener(type, composing, { capture: true, passive: true, signal: ctx.signal });
    }
    // X may have focused its text box before this script could listen (the composer opened with the page).
    if (document.activeElement?.closest(X.textBox)) load();
    let relayout = 0;
    window.addEventListener(
      'resize',
      () => {
        cancelAnimationFrame(relayout);
        relayout = requestAnimationFrame(() => pageUi?.relayout());
      },
      { signal: ctx.signal },
    );
    ctx.signal.addEventListener('abort', () => pageUi?.remove(), { once: true });
    controller.start();
    draw(controller.view);
  },
});
