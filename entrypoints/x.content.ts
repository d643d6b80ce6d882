import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageController, type PageView } from '../lib/content/page-controller';
import {
  hostPageUi,
  loadPageUi,
  needsPageUi,
  type PageUiHandle,
  type PageUiTarget,
  UI_WAIT_MEASURE,
} from '../lib/content/page-ui';

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
    // user picks, drops or pastes a file (its tile follows in moments).
    let pageUi: PageUiHandle | undefined;
    let target: PageUiTarget | undefined;
    let loading = false;
    let neededAt: number | undefined;
    let measured = false;
    const load = () => {
      if (!target || loading || ctx.signal.aborted) return;
      loading = true;
      const into = target;
      loadPageUi().then(
        (mount) => {
          if (ctx.signal.aborted) return;
          pageUi = mount(into, controller);
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
    const filesComing = (event: Event) => {
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
    for (const type of ['change', 'drop', 'paste']) {
      document.addEventListener(type, filesComing, { capture: true, passive: true, signal: ctx.signal });
    }
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
