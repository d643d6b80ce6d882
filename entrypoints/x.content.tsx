import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import formCss from '../components/metadata-form/form.css?inline';
import { PageUi } from '../components/prompt/PageUi';
import promptCss from '../components/prompt/prompt.css?inline';
import { TileBadge } from '../components/prompt/TileBadge';
import suggestionsCss from '../components/suggestions/suggestions.css?inline';
import { createBadges } from '../lib/content/badges';
import { createPageController, type PageView } from '../lib/content/page-controller';
import { setCatalogSource } from '../lib/i18n';
import { catalogFromBackground } from '../lib/i18n/from-background';

export default defineContentScript({
  matches: ['https://x.com/*'],
  // document_start: the upload tap's nonce must be taken before any page script runs (lib/content/upload-tap.ts).
  runAt: 'document_start',
  // Styles go into our shadow roots as text: nothing is injected into X's page, nor exposed to it as a file.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Its language's strings come from the background when asked (lib/i18n): this file carries English only.
    setCatalogSource(catalogFromBackground);
    // Created now, at document_start: the page world's nonce is taken before any page script runs. Nothing is drawn
    // before the page has a body.
    let draw = (_view: PageView) => {};
    const controller = createPageController(ctx.signal, (view) => draw(view));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    let container: HTMLElement | undefined;
    const badges = createBadges(
      promptCss,
      (host, status, key) => {
        const fromX = controller.view.tab?.items.some((item) => item.tileKey === key && item.xAltText);
        render(<TileBadge status={status} fromX={fromX} onOpen={() => openFor(key)} />, host);
      },
      (host) => render(null, host),
    );
    draw = (view: PageView) => {
      if (!container) return;
      render(
        <PageUi
          tab={view.tab}
          promptFor={view.promptFor}
          promptPosition={view.promptPosition}
          held={view.held}
          drafts={view.drafts}
          now={Date.now}
          onDraftChange={controller.draftChanged}
          onSave={(mediaId, metadata) => void controller.save(mediaId, metadata)}
          onRetry={(ids) => void controller.retry(ids)}
          onOpenOptions={controller.openOptions}
          onClosePrompt={controller.closePrompt}
          onDescribe={() => {
            const composerId = controller.hold.describe();
            if (composerId !== undefined) controller.openPrompt(composerId);
          }}
          onPostAnyway={controller.hold.postAnyway}
          onPostWithout={controller.hold.confirmWithoutDescription}
          onCancelHold={controller.hold.cancel}
          suggestions={view.suggestions}
          onSuggestionInserted={controller.suggestionInserted}
        />,
        container,
      );
      badges.sync(view.media, (key) => view.tab?.items.find((item) => item.tileKey === key && item.mediaId)?.status);
    };
    const openFor = (tileKey: string) => {
      const item = controller.view.tab?.items.find((i) => i.tileKey === tileKey);
      if (item) controller.openPrompt(item.composerId);
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'alt-text-for-x',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: `${formCss}\n${promptCss}\n${suggestionsCss}`,
      // Keys typed in our UI must not reach X's shortcuts (or its Ctrl/Cmd+Enter to post).
      isolateEvents: true,
      onMount: (uiContainer) => {
        container = uiContainer;
      },
      onRemove: () => {
        if (container) render(null, container);
        badges.removeAll();
      },
    });
    ui.mount();
    let relayout = 0;
    window.addEventListener(
      'resize',
      () => {
        cancelAnimationFrame(relayout);
        relayout = requestAnimationFrame(() => badges.relayout());
      },
      { signal: ctx.signal },
    );
    controller.start();
  },
});
