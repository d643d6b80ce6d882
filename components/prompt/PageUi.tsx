import type { MediaMetadata } from '../../lib/api/metadata-schema';
import type { SuggestionsView } from '../../lib/content/page-suggestions';
import type { Placement } from '../../lib/content/placement';
import type { HeldPost } from '../../lib/content/post-hold';
import type { DraftWithDefaults } from '../../lib/draft/defaults';
import type { MetadataDraft } from '../../lib/draft/draft';
import { dirOf, getLocale } from '../../lib/i18n';
import type { TabState } from '../../lib/media/views';
import type { SuggestionMark } from '../../lib/suggest/insert';
import { useStrings } from '../common/use-strings';
import { HoldDialog } from './HoldDialog';
import { PromptDialog } from './PromptDialog';

export interface PageUiProps {
  tab: TabState | null;
  /** The composer whose items the prompt shows, if open. */
  promptFor: string | null;
  /** Where to put the prompt: beside the composer when there is room. */
  promptPosition: Placement | null;
  held: HeldPost | null;
  drafts: Record<string, DraftWithDefaults>;
  now: () => number;
  onDraftChange(mediaId: string, draft: MetadataDraft): void;
  onSave(mediaId: string, metadata: MediaMetadata): void;
  onRetry(mediaIds: string[]): void;
  onOpenOptions(): void;
  onClosePrompt(): void;
  onDescribe(composerId: string): void;
  onPostAnyway(): void;
  onPostWithout(): void;
  onCancelHold(): void;
  suggestions?: SuggestionsView;
  onSuggestionInserted?(mediaId: string, mark: SuggestionMark): void;
}

/** Everything the extension shows on x.com (besides the tile badges), in one shadow root. */
export function PageUi(props: PageUiProps) {
  const { tab, promptFor, held } = props;
  useStrings();
  const items = tab && promptFor ? tab.items.filter((item) => item.composerId === promptFor && item.mediaId) : [];
  return (
    // lang: our words are in the extension's language, not X's page language (screen readers pick the voice).
    <div class="page-ui" lang={getLocale()} dir={dirOf(getLocale())}>
      {tab && promptFor && items.length > 0 && (
        <PromptDialog
          items={items}
          drafts={props.drafts}
          settings={tab.settings}
          account={tab.account}
          position={props.promptPosition}
          now={props.now}
          onDraftChange={props.onDraftChange}
          onSave={props.onSave}
          onRetry={(mediaId) => props.onRetry([mediaId])}
          onOpenOptions={props.onOpenOptions}
          onClose={props.onClosePrompt}
          suggestions={props.suggestions}
          onSuggestionInserted={props.onSuggestionInserted}
        />
      )}
      {held && (
        <HoldDialog
          held={held}
          onPostAnyway={props.onPostAnyway}
          onPostWithout={props.onPostWithout}
          onDescribe={() => props.onDescribe(held.composerId)}
          onRetry={props.onRetry}
          onCancel={props.onCancelHold}
        />
      )}
    </div>
  );
}
