import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import formCss from '../components/metadata-form/form.css?inline';
import { PageUi } from '../components/prompt/PageUi';
import promptCss from '../components/prompt/prompt.css?inline';
import { TileBadge } from '../components/prompt/TileBadge';
import suggestionsCss from '../components/suggestions/suggestions.css?inline';
import { createBadges } from '../lib/content/badges';
import type { PageView } from '../lib/content/page-controller';
import { registerPageUi } from '../lib/content/page-ui';
import { resolveLocale, setCatalogSource, setLocale } from '../lib/i18n';
import { catalogFromBackground } from '../lib/i18n/from-background';

/**
 * The x.com page's UI, loaded by the content script the first time the page shows a tile, the prompt or a held post
 * (lib/content/page-ui.ts): it renders the controller's view; the controller decides everything.
 */
export default defineUnlistedScript(() => {
  registerPageUi(({ container, shadow }, controller) => {
    // Its language's strings come from the background when asked (lib/i18n): this file carries English only.
    setCatalogSource(catalogFromBackground);
    const style = document.createElement('style');
    // Nothing of the page's styles reaches in (X styles the body and inherited properties).
    style.textContent = `:host{all:initial !important;}\n${formCss}\n${promptCss}\n${suggestionsCss}`;
    shadow.prepend(style);

    const openFor = (tileKey: string) => {
      const item = controller.view.tab?.items.find((i) => i.tileKey === tileKey);
      if (item) controller.openPrompt(item.composerId);
    };
    const badges = createBadges(
      promptCss,
      (host, status, key) => {
        const fromX = controller.view.tab?.items.some((item) => item.tileKey === key && item.xAltText);
        render(<TileBadge status={status} fromX={fromX} onOpen={() => openFor(key)} />, host);
      },
      (host) => render(null, host),
    );

    return {
      draw(view: PageView) {
        if (view.tab) setLocale(resolveLocale(view.tab.settings.locale));
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
      },
      relayout: () => badges.relayout(),
      remove() {
        render(null, container);
        badges.removeAll();
        style.remove();
      },
    };
  });
});
