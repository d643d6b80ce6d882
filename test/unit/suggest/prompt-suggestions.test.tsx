// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { MetadataForm } from '../../../components/metadata-form';
import { PromptSuggestions } from '../../../components/prompt/PromptSuggestions';
import type { SuggestionsState } from '../../../lib/content/page-suggestions';
import { emptyDraft, type MetadataDraft } from '../../../lib/draft';
import { markAfterInput, type SuggestionMark } from '../../../lib/suggest/insert';

afterEach(cleanup);

const OCR = 'Meeting moved to Thursday';

/** The prompt's item as the content script wires it: the draft and the mark live in the parent, as in the controller. */
function Item({ state, drafts }: { state?: SuggestionsState; drafts: MetadataDraft[] }) {
  const [draft, setDraft] = useState<MetadataDraft>({ ...emptyDraft(), alt_text: 'Note: ' });
  const [mark, setMark] = useState<SuggestionMark>();
  return (
    <MetadataForm
      item={{ mediaId: '1146654567674912769', label: 'Image 1', kind: 'image' }}
      draft={draft}
      defaultFields={new Set()}
      form="v2"
      status={{ kind: 'unsaved' }}
      now={() => 0}
      onDraftChange={(next) => {
        drafts.push(next);
        setDraft(next);
        setMark((current) => markAfterInput(current, next.alt_text));
      }}
      onSave={() => setMark(undefined)}
      onRetry={() => {}}
      altTextExtra={(altField) => (
        <PromptSuggestions state={state} mark={mark} altField={altField} onInserted={setMark} />
      )}
    />
  );
}

describe("the prompt's suggestions under Alt text", () => {
  test('Insert puts the text at the cursor of this item\'s "Alt text", as typing would, marked until edited', () => {
    const drafts: MetadataDraft[] = [];
    render(<Item state={{ status: 'ready', suggestions: [{ kind: 'ocr', text: OCR }] }} drafts={drafts} />);
    const field = screen.getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement;
    expect(field.value).toBe('Note: ');
    field.setSelectionRange(6, 6);
    fireEvent.click(screen.getByRole('button', { name: 'Insert text from the image' }));
    expect(field.value).toBe(`Note: ${OCR}`);
    expect(drafts.at(-1)?.alt_text).toBe(`Note: ${OCR}`);
    expect(screen.getByText(/Suggested text: check it/)).toBeTruthy();

    fireEvent.input(field, { target: { value: `Note: ${OCR}, room 4` } });
    expect(drafts.at(-1)?.alt_text).toBe(`Note: ${OCR}, room 4`);
    expect(screen.queryByText(/Suggested text: check it/)).toBeNull();
  });

  test('Save ends the mark', () => {
    render(<Item state={{ status: 'ready', suggestions: [{ kind: 'ocr', text: OCR }] }} drafts={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'Insert text from the image' }));
    expect(screen.getByText(/Suggested text: check it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByText(/Suggested text: check it/)).toBeNull();
  });

  test('without an answer (a video, suggestions off) nothing is shown; while asking, it says so', () => {
    const { rerender, container } = render(<Item drafts={[]} />);
    expect(container.querySelector('.sg-list, .sg-status')).toBeNull();
    rerender(<Item state={{ status: 'loading' }} drafts={[]} />);
    expect(screen.getByText('Looking for suggestions…')).toBeTruthy();
  });
});
