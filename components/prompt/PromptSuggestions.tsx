import type { SuggestionsState } from '../../lib/content/page-suggestions';
import type { SuggestionMark } from '../../lib/suggest/insert';
import { insertIntoField } from '../suggestions/insert-into-field';
import { SuggestionList, SuggestionMarkNote } from '../suggestions/SuggestionList';

export interface PromptSuggestionsProps {
  /** Absent when none were asked for (a video, suggestions off, an upload whose bytes the page did not keep). */
  state?: SuggestionsState;
  mark?: SuggestionMark;
  altField(): HTMLTextAreaElement | null;
  onInserted(mark: SuggestionMark): void;
}

/** One item's suggestions under its "Alt text": Insert puts one at the cursor, marked until edited or saved. */
export function PromptSuggestions({ state, mark, altField, onInserted }: PromptSuggestionsProps) {
  return (
    <>
      {mark && <SuggestionMarkNote />}
      {state && (
        <SuggestionList
          state={state}
          onInsert={(suggestion) => {
            const field = altField();
            if (!field || field.disabled) return;
            onInserted({ kind: suggestion.kind, fieldValue: insertIntoField(field, suggestion.text) });
          }}
        />
      )}
    </>
  );
}
