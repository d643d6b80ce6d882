// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { insertIntoField } from '../../../components/suggestions/insert-into-field';
import { SuggestionList, SuggestionMarkNote } from '../../../components/suggestions/SuggestionList';
import { SuggestOptions } from '../../../components/suggestions/SuggestOptions';
import { setLocale } from '../../../lib/i18n';
import { countsAsDescription, insertAt, markAfterInput, type SuggestionMark } from '../../../lib/suggest/insert';
import type { ModelState } from '../../../lib/suggest/model';
import type { SuggestOptionsApi } from '../../../lib/suggest/options-api';
import type { Suggestion } from '../../../lib/suggest/types';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const ALL: Suggestion[] = [
  { kind: 'ocr', text: 'Meeting moved to Thursday' },
  { kind: 'caption', text: 'Lake Annecy at dawn' },
  { kind: 'earlier', text: 'My dog Rex', usedAt: Date.UTC(2026, 0, 15) },
  { kind: 'model', text: 'A screenshot of a calendar' },
];

/** The list wired to a real textarea the way the form will be: Insert puts the text in at the cursor. */
function Harness({ suggestions }: { suggestions: Suggestion[] }) {
  const [value, setValue] = useState('Before after');
  const [mark, setMark] = useState<SuggestionMark>();
  return (
    <div>
      <label>
        Alt text
        <textarea
          value={value}
          onInput={(e) => {
            setValue(e.currentTarget.value);
            setMark((m) => markAfterInput(m, e.currentTarget.value));
          }}
        />
      </label>
      {mark && <SuggestionMarkNote />}
      <SuggestionList
        state={{ status: 'ready', suggestions }}
        onInsert={(s) => {
          const field = screen.getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement;
          const next = insertIntoField(field, s.text);
          setMark({ kind: s.kind, fieldValue: next });
        }}
      />
    </div>
  );
}

describe('the suggestion list', () => {
  test('each suggestion shows its text and a button with its exact name; earlier ones say when', () => {
    render(<SuggestionList state={{ status: 'ready', suggestions: ALL }} onInsert={() => {}} />);
    for (const name of [
      'Insert text from the image',
      "Insert the photo's caption",
      'Insert your earlier description',
      "Insert the browser's description",
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByText('Meeting moved to Thursday')).toBeTruthy();
    expect(screen.getByText(/^Used /)).toBeTruthy();
  });

  test('nothing is inserted until the user asks; Insert puts the text at the cursor, marked until edited', async () => {
    render(<Harness suggestions={ALL.slice(0, 1)} />);
    const field = screen.getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement;
    expect(field.value).toBe('Before after');
    field.setSelectionRange(7, 7);
    fireEvent.click(screen.getByRole('button', { name: 'Insert text from the image' }));
    await waitFor(() => expect(field.value).toBe('Before Meeting moved to Thursday after'));
    expect(field.selectionStart).toBe(32);
    expect(screen.getByRole('status').textContent).toMatch(/Suggested text/);
    fireEvent.input(field, { target: { value: 'Before Meeting moved to Friday after' } });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  test('loading and failure are said in words; no suggestions renders nothing', () => {
    const { container, rerender } = render(<SuggestionList state={{ status: 'loading' }} onInsert={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Looking for suggestions…');
    rerender(<SuggestionList state={{ status: 'failed' }} onInsert={() => {}} />);
    expect(screen.getByRole('status').textContent).toMatch(/still type a description/);
    rerender(<SuggestionList state={{ status: 'ready', suggestions: [] }} onInsert={() => {}} />);
    expect(container.textContent).toBe('');
  });

  test('French strings', () => {
    setLocale('fr');
    render(<SuggestionList state={{ status: 'ready', suggestions: ALL.slice(0, 1) }} onInsert={() => {}} />);
    expect(screen.getByRole('button', { name: 'Insérer le texte de l’image' })).toBeTruthy();
  });
});

describe('insertion and the posting rule', () => {
  test('spaces are added only where the text would run into its neighbours; a selection is replaced', () => {
    expect(insertAt('', 0, 0, 'Hi')).toEqual({ value: 'Hi', caret: 2 });
    expect(insertAt('ab', 1, 1, 'X')).toEqual({ value: 'a X b', caret: 3 });
    expect(insertAt('a b', 2, 2, 'X')).toEqual({ value: 'a X b', caret: 3 });
    expect(insertAt('keep REPLACE keep', 5, 12, 'new')).toEqual({ value: 'keep new keep', caret: 8 });
  });
  test('an inserted, untouched suggestion does not count as a description; edited, it does', () => {
    const mark: SuggestionMark = { kind: 'ocr', fieldValue: 'Text from image' };
    expect(countsAsDescription('Text from image', mark)).toBe(false);
    expect(countsAsDescription('Text from image, edited', mark)).toBe(true);
    expect(countsAsDescription('Typed by hand', undefined)).toBe(true);
    expect(countsAsDescription('   ', undefined)).toBe(false);
  });
});

function fakeApi(model: ModelState, earlier = [{ sha256: 'a'.repeat(64), text: 'My dog Rex', usedAt: 1 }]) {
  let settings = { ocr: true, earlier: true, model: false };
  let kept = earlier;
  const api: SuggestOptionsApi = {
    settings: async () => settings,
    update: vi.fn(async (patch) => {
      settings = { ...settings, ...patch };
      return settings;
    }),
    earlier: async () => kept,
    forget: vi.fn(async () => {
      kept = [];
    }),
    modelStatus: async () => model,
    prepareModel: vi.fn(async (onProgress: (f: number) => void) => {
      onProgress(0.5);
      return { state: 'available' } as ModelState;
    }),
  };
  return api;
}

describe('the options section', () => {
  test('where the browser has no model, its checkbox is hidden and a sentence says why', async () => {
    render(<SuggestOptions api={fakeApi({ state: 'unavailable', reason: 'no-api' })} />);
    await screen.findByRole('checkbox', { name: 'Suggest text found in images' });
    expect(screen.getByRole('checkbox', { name: 'Suggest earlier descriptions' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: "Use the browser's built-in model" })).toBeNull();
    expect(screen.getByText(/no built-in model that can describe images/)).toBeTruthy();
  });

  test('checkboxes save; "Forget earlier descriptions" empties the list', async () => {
    const api = fakeApi({ state: 'unavailable', reason: 'no-api' });
    render(<SuggestOptions api={api} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Suggest text found in images' }));
    await waitFor(() => expect(api.update).toHaveBeenCalledWith({ ocr: false }));
    expect(screen.getByText('My dog Rex')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Forget earlier descriptions' }));
    await screen.findByText('Earlier descriptions forgotten.');
    expect(screen.queryByText('My dog Rex')).toBeNull();
  });

  test('a downloadable model is downloaded only on a click, then offered', async () => {
    const api = fakeApi({ state: 'downloadable' });
    render(<SuggestOptions api={api} />);
    const download = await screen.findByRole('button', { name: 'Download the model' });
    expect(api.prepareModel).not.toHaveBeenCalled();
    fireEvent.click(download);
    await screen.findByText('The model is ready on this device.');
    expect(screen.getByRole('checkbox', { name: "Use the browser's built-in model" })).toBeTruthy();
  });
});
