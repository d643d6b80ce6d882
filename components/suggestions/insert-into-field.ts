import { insertAt } from '../../lib/suggest/insert';

/**
 * Inserts `text` at the cursor of the "Alt text" textarea (replacing any selection), leaves the cursor after it and
 * the field focused, and fires `input` so the form's own handler takes the new value like typing. Returns the
 * field's new value (for the suggestion mark).
 */
export function insertIntoField(field: HTMLTextAreaElement, text: string): string {
  const { value, caret } = insertAt(
    field.value,
    field.selectionStart ?? field.value.length,
    field.selectionEnd ?? field.value.length,
    text,
  );
  field.value = value;
  field.focus();
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return value;
}
