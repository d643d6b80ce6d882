/**
 * Putting a suggestion into the "Alt text" field: at the cursor (replacing a selection), with a space or line break
 * where the text would otherwise run into what is there, and marked as a suggestion until the user edits the
 * field or saves. Pure: the component applies the result to the textarea.
 */

export interface Inserted {
  value: string;
  /** Where the cursor goes: after the inserted text. */
  caret: number;
}

export function insertAt(value: string, start: number, end: number, text: string): Inserted {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  const before = value.slice(0, from);
  const after = value.slice(to);
  const lead = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const trail = after !== '' && !/^\s/.test(after) ? ' ' : '';
  const inserted = `${lead}${text}${trail}`;
  return { value: before + inserted + after, caret: from + lead.length + text.length };
}

/** An inserted suggestion, while the user has neither edited the field nor saved. */
export interface SuggestionMark {
  kind: 'ocr' | 'caption' | 'earlier' | 'model';
  /** The field's whole value right after the insertion. */
  fieldValue: string;
}

/** The mark after the field changed to `value`: any change the user makes ends it. */
export function markAfterInput(mark: SuggestionMark | undefined, value: string): SuggestionMark | undefined {
  return mark && mark.fieldValue === value ? mark : undefined;
}

/**
 * Whether the field holds a description for the posting rule (Remind, Require): an offered suggestion is never in
 * the field, and an inserted one the user neither edited nor saved does not count yet.
 */
export function countsAsDescription(value: string, mark: SuggestionMark | undefined): boolean {
  return value.trim() !== '' && markAfterInput(mark, value) === undefined;
}
