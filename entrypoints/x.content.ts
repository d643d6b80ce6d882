import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://x.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // The host of everything the extension shows on x.com (prompt, badges), isolated in a shadow root.
    const ui = await createShadowRootUi(ctx, {
      name: 'alt-text-for-x',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      onMount: () => {},
    });
    ui.mount();
  },
});
