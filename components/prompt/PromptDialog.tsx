import { useEffect, useRef } from 'preact/hooks';
import type { AccountStatus } from '../../lib/account/status';
import type { MediaMetadata } from '../../lib/api/metadata-schema';
import type { SuggestionsView } from '../../lib/content/page-suggestions';
import type { Placement } from '../../lib/content/placement';
import type { DraftWithDefaults } from '../../lib/draft/defaults';
import type { MetadataDraft } from '../../lib/draft/draft';
import { t } from '../../lib/i18n';
import type { ItemView } from '../../lib/media/views';
import type { Settings } from '../../lib/settings/settings';
import type { SuggestionMark } from '../../lib/suggest/insert';
import { accountSentence } from '../common/AccountLine';
import { MetadataForm } from '../metadata-form';
import { itemLabel } from './item-label';
import { PromptSuggestions } from './PromptSuggestions';

export interface PromptDialogProps {
  items: ItemView[];
  drafts: Record<string, DraftWithDefaults>;
  settings: Settings;
  account: AccountStatus;
  /** Beside the composer when there is room (lib/content/placement.ts); a corner when the composer is unknown. */
  position: Placement | null;
  now: () => number;
  onDraftChange(mediaId: string, draft: MetadataDraft): void;
  onSave(mediaId: string, metadata: MediaMetadata): void;
  onRetry(mediaId: string): void;
  onOpenOptions(): void;
  onClose(): void;
  /** The pictures' suggestions (lib/content/page-suggestions.ts); without them the form shows none. */
  suggestions?: SuggestionsView;
  onSuggestionInserted?(mediaId: string, mark: SuggestionMark): void;
}

/**
 * "Describe your media": one group per item of a composer, shown on x.com next to the composer. Not modal: the
 * user can look at the page; Esc or Close dismisses it, and focus goes back where it was.
 */
export function PromptDialog(props: PromptDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>('textarea, input, button')?.focus();
    return () => previous?.focus?.();
  }, []);
  const severalPosts = new Set(props.items.map((item) => item.post)).size > 1;
  const described = props.items.filter((item): item is ItemView & { mediaId: string } => item.mediaId !== undefined);

  return (
    <div
      ref={dialog}
      class="prompt"
      style={
        props.position
          ? {
              top: `${props.position.top}px`,
              left: `${props.position.left}px`,
              width: `${props.position.width}px`,
              maxHeight: `${props.position.maxHeight}px`,
            }
          : { top: '16px', right: '16px' }
      }
      role="dialog"
      aria-labelledby="xmm-prompt-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onClose();
        }
      }}
    >
      {/* A div, not <header>: outside sectioning content a header is a banner landmark, a second one on X's page. */}
      <div class="prompt-header">
        <h2 id="xmm-prompt-title">{t('prompt.title')}</h2>
        <button type="button" class="prompt-close" aria-label={t('prompt.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="prompt-intro">{t('prompt.intro')}</p>
      {props.account.state !== 'connected' && (
        <p class="prompt-account" role="status">
          {props.account.state === 'none' ? t('prompt.noAccount') : accountSentence(props.account)}{' '}
          <button type="button" onClick={props.onOpenOptions}>
            {t('prompt.openOptions')}
          </button>
        </p>
      )}
      <div class="prompt-items">
        {described.map((item) => {
          const draft = props.drafts[item.mediaId];
          if (!draft) return null;
          return (
            <MetadataForm
              key={item.mediaId}
              item={{
                mediaId: item.mediaId,
                label: itemLabel(item, severalPosts),
                kind: item.kind,
                thumbnailUrl: item.thumbnail,
                xAltText: item.xAltText,
                reuploaded: item.reuploadedAs !== undefined,
              }}
              draft={draft.draft}
              defaultFields={new Set(draft.defaultFields)}
              form={props.settings.endpointForm}
              status={item.status}
              now={props.now}
              onDraftChange={(next) => props.onDraftChange(item.mediaId, next)}
              onSave={(metadata) => props.onSave(item.mediaId, metadata)}
              onRetry={() => props.onRetry(item.mediaId)}
              altTextExtra={
                props.suggestions &&
                ((altField) => (
                  <PromptSuggestions
                    state={props.suggestions?.byMedia[item.mediaId]}
                    mark={props.suggestions?.marks[item.mediaId]}
                    altField={altField}
                    onInserted={(mark) => props.onSuggestionInserted?.(item.mediaId, mark)}
                  />
                ))
              }
            />
          );
        })}
      </div>
    </div>
  );
}
