import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageController, type PageView } from '../lib/content/page-controller';
import { hostPageUi, loadPageUi, needsPageUi, type PageUiHandle, type PageUiTarget } from '../lib/content/page-ui';

/** After a failed load of the page's UI (the extension updated under the page), the next try waits this long. */
const UI_RETRY_MS = 2_000;

export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_start: the upload tap's nonce must be taken before any page script runs (lib/content/upload-tap.ts).
  runAt: 'document_start',
  // Styles go into our shadow root as text (the page's UI brings them): nothing is injected into X's page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // What the page shows comes from the page UI script, loaded the first time there is something to show.
    let pageUi: PageUiHandle | undefined;
    let target: PageUiTarget | undefined;
    let loading = false;
    const draw = (view: PageView) => {
      if (pageUi) return pageUi.draw(view);
      if (!target || loading || !needsPageUi(view)) return;
      loading = true;
      const started = performance.now();
      const into = target;
      loadPageUi().then(
        (mount) => {
          if (ctx.signal.aborted) return;
          pageUi = mount(into, controller);
          // A user timing entry: the bench reads how long the first need of the UI waited for it.
          performance.measure('alt-text-for-x: page UI loaded', { start: started });
          pageUi.draw(controller.view);
        },
        () => {
          // Never trap a post behind a dialog that cannot be shown: it goes as it would without us.
          if (controller.view.held) controller.hold.postAnyway();
          setTimeout(() => {
            loading = false;
            draw(controller.view);
          }, UI_RETRY_MS);
        },
      );
    };
    // Created now, at document_start: the page world's nonce is taken before any page script runs. Nothing is drawn
    // before the page has a body.
    const controller = createPageController(ctx.signal, (view) => draw(view));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    target = hostPageUi(ctx.signal);
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
