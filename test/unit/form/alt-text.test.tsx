// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { renderForm } from './harness';

function altText() {
  const form = renderForm();
  const field = within(form.group).getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement;
  const type = (value: string) => fireEvent.input(field, { target: { value } });
  const description = () =>
    (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => form.container.querySelector(`[id="${id}"]`)?.textContent ?? '')
      .join(' | ');
  return { ...form, field, type, description };
}

describe('alt text', () => {
  test('shows a live count "n / 1000" that the field describes itself with', () => {
    const { type, description, group } = altText();
    expect(description()).toContain('0 / 1000');
    type('A cat');
    expect(description()).toContain('5 / 1000');
    expect(within(group).getByText('5 / 1000')).toBeTruthy();
  });

  test('counts code points as X does: 🐱 counts 1, e + U+0301 counts 2', () => {
    const { type, description } = altText();
    type('🐱');
    expect(description()).toContain('1 / 1000');
    type('e\u0301');
    expect(description()).toContain('2 / 1000');
  });

  test('1000 emoji are at the limit and valid; one more combining accent goes over, without truncating', () => {
    const { type, field, description, group, onSave } = altText();
    const atLimit = '🐱'.repeat(1000);
    type(atLimit);
    expect(description()).toContain('1000 / 1000');
    expect(description()).toContain('Limit reached: 1000 characters.');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    fireEvent.click(within(group).getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ alt_text: { text: atLimit } });

    const over = `${'🐱'.repeat(999)}e\u0301`;
    type(over);
    expect(field.value).toBe(over);
    expect(field.hasAttribute('maxlength')).toBe(false);
    expect(description()).toContain('1001 / 1000');
    expect(description()).toContain('1 over the 1000-character limit');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  test('over the limit, Save does not save, and the limit is said once, next to the field', () => {
    const { type, field, group, onSave, description } = altText();
    type('x'.repeat(1200));
    fireEvent.click(within(group).getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(description()).toContain('200 over the 1000-character limit.');
    expect(description()).not.toContain('Alt text can be at most 1000 characters.');
    expect(field.value).toHaveLength(1200);
    expect(field.ownerDocument.activeElement).toBe(field);
  });

  test('announces politely only when a threshold is crossed', () => {
    const { type, container } = altText();
    const live = () => container.querySelector('[aria-live="polite"]')?.textContent;
    type('x'.repeat(10));
    expect(live()).toBe('');
    type('x'.repeat(950));
    expect(live()).toBe('Fewer than 100 characters left.');
    type('x'.repeat(1001));
    expect(live()).toBe('Over the 1000-character limit.');
  });

  test('calls onDraftChange on every keystroke with the whole draft', () => {
    const { type, onDraftChange } = altText();
    for (const value of ['A', 'A ', 'A c', 'A ca', 'A cat']) type(value);
    expect(onDraftChange).toHaveBeenCalledTimes(5);
    expect(onDraftChange.mock.calls.map(([draft]) => draft.alt_text)).toEqual(['A', 'A ', 'A c', 'A ca', 'A cat']);
  });
});
