import { getLocale, type MessageKey, t } from '../../lib/i18n';
import type { Suggestion, SuggestionKind } from '../../lib/suggest/types';

export type SuggestionsState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; suggestions: readonly Suggestion[] };

export interface SuggestionListProps {
  state: SuggestionsState;
  /** The user chose this suggestion: insert it into the item's "Alt text" field (see insertIntoField). */
  onInsert(suggestion: Suggestion): void;
}

const KIND: Record<SuggestionKind, MessageKey> = {
  ocr: 'suggest.kind.ocr',
  caption: 'suggest.kind.caption',
  earlier: 'suggest.kind.earlier',
  model: 'suggest.kind.model',
};
const INSERT: Record<SuggestionKind, MessageKey> = {
  ocr: 'suggest.insert.ocr',
  caption: 'suggest.insert.caption',
  earlier: 'suggest.insert.earlier',
  model: 'suggest.insert.model',
};

/**
 * The suggestions for one item, each with its text and an Insert button. Offered only: nothing goes into the
 * field unless the user presses Insert (people who start from an automatic description write worse ones).
 */
export function SuggestionList({ state, onInsert }: SuggestionListProps) {
  if (state.status === 'loading') {
    return (
      <p class="sg-status" role="status">
        {t('suggest.loading')}
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p class="sg-status" role="status">
        {t('suggest.failed')}
      </p>
    );
  }
  if (state.suggestions.length === 0) return null;
  return (
    <section class="sg-list" aria-label={t('suggest.heading')}>
      <ul>
        {state.suggestions.map((suggestion) => (
          <li key={suggestion.kind} class="sg-item" data-kind={suggestion.kind}>
            <p class="sg-kind">{t(KIND[suggestion.kind])}</p>
            <p class="sg-text">{suggestion.text}</p>
            {suggestion.usedAt !== undefined && (
              <p class="sg-used">
                {t('suggest.usedAt', { date: new Date(suggestion.usedAt).toLocaleDateString(getLocale()) })}
              </p>
            )}
            <button type="button" class="sg-insert" onClick={() => onInsert(suggestion)}>
              {t(INSERT[suggestion.kind])}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Shown under "Alt text" while the field holds an inserted suggestion the user has not edited or saved. */
export function SuggestionMarkNote({ id }: { id?: string }) {
  return (
    <p class="sg-marked" id={id} role="status">
      {t('suggest.marked')}
    </p>
  );
}
