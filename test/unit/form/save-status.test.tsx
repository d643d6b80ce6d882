// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { emptyDraft } from '../../../lib/draft';
import { setLocale } from '../../../lib/i18n';
import type { ItemStatus } from '../../../lib/media/item-status';
import { NOW, renderForm } from './harness';

afterEach(() => setLocale('en'));

const statusText = (group: HTMLElement) => within(group).getByRole('status').textContent;

describe('Save', () => {
  test('calls onSave with exactly the metadata expected', () => {
    const { group, onSave } = renderForm();
    const ui = within(group);
    fireEvent.input(ui.getByRole('textbox', { name: 'Alt text' }), { target: { value: 'A cat on a mat' } });
    fireEvent.click(ui.getByRole('checkbox', { name: 'Graphic violence' }));
    fireEvent.click(ui.getByRole('checkbox', { name: 'Other sensitive content' }));
    fireEvent.click(ui.getByRole('checkbox', { name: 'Other sensitive content' }));
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({
      alt_text: { text: 'A cat on a mat' },
      sensitive_media_warning: { graphic_violence: true, other: false },
    });
  });

  test('when invalid: not called, problems shown, focus on the first invalid field (opening More options)', () => {
    const { group, onSave } = renderForm();
    const ui = within(group);
    fireEvent.click(ui.getByRole('button', { name: 'More options' }));
    fireEvent.input(ui.getByRole('textbox', { name: 'Origin id' }), { target: { value: 'abc' } });
    fireEvent.click(ui.getByRole('button', { name: 'More options' }));
    expect(ui.queryByRole('textbox', { name: 'Origin id' })).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    const provider = ui.getByRole('textbox', { name: 'Origin provider' });
    expect(document.activeElement).toBe(provider);
    expect(provider.getAttribute('aria-invalid')).toBe('true');
    expect(ui.getByText('Origin provider is required.')).toBeTruthy();
    // One message: the status and the note do not repeat each other.
    expect(statusText(group)).toBe('Not saved Check the marked fields.');
  });

  test('is unavailable while saving, and keeps focus', () => {
    const { group, onSave } = renderForm({ status: { kind: 'saving' } });
    const save = within(group).getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    // aria-disabled keeps keyboard focus on the button while the call runs; a click does nothing.
    expect(save.getAttribute('aria-disabled')).toBe('true');
    save.focus();
    expect(document.activeElement).toBe(save);
    fireEvent.click(save);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('status', () => {
  const cases: [ItemStatus, string][] = [
    [{ kind: 'unsaved' }, 'Not saved'],
    [{ kind: 'saving' }, 'Saving…'],
    [{ kind: 'applied', at: NOW, sent: {} }, 'Applied'],
    [{ kind: 'waiting', reason: 'retrying' }, 'Waiting…'],
    [{ kind: 'failed', message: 'X refused the description.', problems: [] }, 'Failed: X refused the description.'],
  ];
  test.each(cases)('%o reads "%s"', (status, text) => {
    const { group } = renderForm({ status });
    expect(within(group).getByText(text)).toBeTruthy();
    expect(statusText(group)).toContain(text);
  });

  test('waiting says why and until when', () => {
    const until = NOW + 5 * 60_000;
    const { group } = renderForm({ status: { kind: 'waiting', reason: 'rate-limited', until } });
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(until);
    expect(statusText(group)).toBe(`Waiting… X’s rate limit was reached. Next try at ${time}.`);
    const signIn = renderForm({ item: { mediaId: '2', label: 'Image 2', kind: 'image' } });
    signIn.update({ status: { kind: 'waiting', reason: 'needs-sign-in' } });
    expect(statusText(signIn.group)).toContain('Sign in to X again in Options.');
  });

  test('changes land in one polite live region; Failed offers Retry', () => {
    const { group, update, onRetry } = renderForm();
    const region = within(group).getByRole('status');
    update({ status: { kind: 'saving' } });
    expect(region.textContent).toBe('Saving…');
    update({ status: { kind: 'failed', message: 'Network error.', problems: [] } });
    expect(within(group).getByRole('status')).toBe(region);
    fireEvent.click(within(group).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    update({ status: { kind: 'applied', at: NOW, sent: {} } });
    expect(region.textContent).toBe('Applied');
    expect(within(group).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  test("X's problems show next to their fields, and the field's panel opens", () => {
    const { group } = renderForm({
      status: {
        kind: 'failed',
        message: 'X refused the request.',
        problems: [{ path: 'upload_source.upload_source', rule: 'rule.text', params: {} }],
      },
    });
    const source = within(group).getByRole('textbox', { name: 'Upload source' });
    expect(source.getAttribute('aria-invalid')).toBe('true');
    const notes = group.querySelector(`[id="${source.getAttribute('aria-describedby')}"]`);
    expect(notes?.textContent).toBe('Upload source must be text.');
  });
});

describe('endpoint forms', () => {
  test('v1.1: only alt text is enabled; the rest is shown disabled, with why', () => {
    const { group } = renderForm({ form: 'v1.1' });
    const ui = within(group);
    expect((ui.getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement).disabled).toBe(false);
    for (const name of ['Adult content', 'Graphic violence', 'Other sensitive content']) {
      expect((ui.getByRole('checkbox', { name }) as HTMLInputElement).disabled).toBe(true);
    }
    expect(ui.getAllByText('Not accepted by the v1.1 endpoint.').length).toBeGreaterThan(0);
    fireEvent.click(ui.getByRole('button', { name: 'More options' }));
    const controls = group.querySelectorAll<HTMLInputElement>('input, select, textarea');
    const enabled = [...controls].filter((control) => !control.disabled);
    expect(enabled.map((control) => control.id)).toEqual([ui.getByRole('textbox', { name: 'Alt text' }).id]);
    expect(ui.getByRole('combobox', { name: 'Allow download' })).toBeTruthy();
  });

  test('v2 legacy: flags disabled; download, origin, stickers, upload source enabled', () => {
    const { group } = renderForm({ form: 'v2-legacy' });
    const ui = within(group);
    const flag = ui.getByRole('checkbox', { name: 'Adult content' }) as HTMLInputElement;
    expect(flag.disabled).toBe(true);
    expect(group.querySelector(`[id="${flag.getAttribute('aria-describedby')}"]`)?.textContent).toBe(
      'Not accepted by the v2 legacy (/2/media/metadata/create) endpoint.',
    );
    fireEvent.click(ui.getByRole('button', { name: 'More options' }));
    expect((ui.getByRole('combobox', { name: 'Allow download' }) as HTMLSelectElement).disabled).toBe(false);
    expect((ui.getByRole('textbox', { name: 'Upload source' }) as HTMLInputElement).disabled).toBe(false);
    expect((ui.getByRole('button', { name: 'Add sticker' }) as HTMLButtonElement).disabled).toBe(false);
    expect((ui.getByRole('checkbox', { name: 'Shared in direct messages' }) as HTMLInputElement).disabled).toBe(true);
  });

  test('a value the endpoint cannot carry is refused on Save and can be cleared', () => {
    const draft = { ...emptyDraft(), alt_text: 'A cat', shared_info: true };
    const { group, onSave } = renderForm({ form: 'v2-legacy', initialDraft: draft });
    const ui = within(group);
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    const clear = ui.getByRole('button', { name: 'Clear Shared in direct messages' });
    expect(document.activeElement).toBe(clear);
    expect(ui.getByText(/Shared in direct messages is not accepted by the v2 legacy/)).toBeTruthy();
    fireEvent.click(clear);
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ alt_text: { text: 'A cat' } });
  });
});

describe('French', () => {
  test('labels, buttons and status come in French after setLocale("fr")', () => {
    setLocale('fr');
    const { group } = renderForm({ status: { kind: 'failed', message: 'refusé', problems: [] } });
    const ui = within(group);
    expect(ui.getByRole('textbox', { name: 'Texte alternatif' })).toBeTruthy();
    for (const name of ['Contenu pour adultes', 'Violence explicite', 'Autre contenu sensible']) {
      expect(ui.getByRole('checkbox', { name })).toBeTruthy();
    }
    expect(ui.getByRole('button', { name: 'Plus d’options' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Enregistrer' })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Réessayer' })).toBeTruthy();
    expect(statusText(group)).toBe('Échec : refusé');
    fireEvent.input(ui.getByRole('textbox', { name: 'Texte alternatif' }), { target: { value: 'x'.repeat(1000) } });
    expect(ui.getByText('1000 / 1000')).toBeTruthy();
    expect(ui.getAllByText('Limite atteinte : 1000 caractères.').length).toBeGreaterThan(0);
  });
});
