import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageController } from '../lib/content/page-controller';
import { createPageUi, hostPageUi, type PageUiHandle } from '../lib/content/page-ui';

export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_start: the upload tap's nonce must be taken before any page script runs (lib/content/upload-tap.ts).
  runAt: 'document_start',
  // Styles go into our shadow root as text (the page UI brings them): nothing is injected into X's page.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Created now, at document_start: the page world's nonce is taken before any page script runs. Nothing is drawn
    // before the page has a body; what is drawn comes from the page UI, loaded on first need (lib/content/page-ui.ts).
    let ui: PageUiHandle | undefined;
    const controller = createPageController(ctx.signal, (view) => ui?.draw(view));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    ui = createPageUi(ctx.signal, controller, hostPageUi(ctx.signal));
    let relayout = 0;
    window.addEventListener(
      'resize',
      () => {
        cancelAnimationFrame(relayout);
        relayout = requestAnimationFrame(() => ui?.relayout());
      },
      { signal: ctx.signal },
    );
    controller.start();
    ui.draw(controller.view);
  },
});
