// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { renderForm } from './harness';

afterEach(() => setLocale('en'));

function geo() {
  const form = renderForm();
  const ui = within(form.group);
  fireEvent.click(ui.getByRole('button', { name: 'More options' }));
  const search = () => ui.getByRole('combobox', { name: 'Search countries' });
  const pick = (query: string, name: string) => {
    fireEvent.input(search(), { target: { value: query } });
    fireEvent.click(ui.getByRole('option', { name }));
  };
  const save = () => fireEvent.click(ui.getByRole('button', { name: 'Save' }));
  return { ...form, ui, search, pick, save };
}

describe('geo restrictions', () => {
  test('typing "fra" or "Fran" finds France, by name', () => {
    const { ui, search } = geo();
    fireEvent.click(ui.getByRole('radio', { name: 'Allow only these countries' }));
    fireEvent.input(search(), { target: { value: 'fra' } });
    expect(search().getAttribute('aria-expanded')).toBe('true');
    expect(within(ui.getByRole('listbox', { name: 'Countries' })).getAllByRole('option')[0]?.textContent).toBe(
      'France',
    );
    fireEvent.input(search(), { target: { value: 'Fran' } });
    expect(ui.getByRole('option', { name: 'France' })).toBeTruthy();
  });

  test('keyboard: arrows and Enter pick; Esc closes the list and does not reach the prompt', () => {
    const { ui, search, container } = geo();
    const promptEsc = vi.fn();
    container.addEventListener('keydown', (event) => (event as KeyboardEvent).key === 'Escape' && promptEsc());
    fireEvent.click(ui.getByRole('radio', { name: 'Block these countries' }));
    fireEvent.input(search(), { target: { value: 'germ' } });
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(ui.getByRole('list', { name: 'Blocked countries' }).textContent).toContain('Germany');
    fireEvent.input(search(), { target: { value: 'ita' } });
    expect(search().getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(search().getAttribute('aria-expanded')).toBe('false');
    expect(promptEsc).not.toHaveBeenCalled();
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(promptEsc).toHaveBeenCalledTimes(1);
  });

  test('chips are removable; switching allow → block moves the list and never sends both', () => {
    const { ui, pick, save, onSave } = geo();
    fireEvent.click(ui.getByRole('radio', { name: 'Allow only these countries' }));
    pick('fran', 'France');
    pick('jap', 'Japan');
    pick('bel', 'Belgium');
    fireEvent.click(ui.getByRole('button', { name: 'Remove Japan' }));
    expect(within(ui.getByRole('list', { name: 'Allowed countries' })).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(ui.getByRole('radio', { name: 'Block these countries' }));
    expect(ui.queryByRole('list', { name: 'Allowed countries' })).toBeNull();
    expect(ui.getByRole('list', { name: 'Blocked countries' }).textContent).toContain('France');
    save();
    expect(onSave).toHaveBeenLastCalledWith({
      geo_restrictions: { whitelisted_country_codes: [], blacklisted_country_codes: ['FR', 'BE'] },
    });
    fireEvent.click(ui.getByRole('radio', { name: 'No restriction' }));
    save();
    expect(onSave).toHaveBeenLastCalledWith({});
  });

  test('a mode with no country is refused, next to the picker, which gets focus', () => {
    const { ui, search, save, onSave, container } = geo();
    fireEvent.click(ui.getByRole('radio', { name: 'Allow only these countries' }));
    save();
    expect(onSave).not.toHaveBeenCalled();
    const ids = search().getAttribute('aria-describedby') ?? '';
    const described = ids
      .split(' ')
      .map((id) => container.querySelector(`[id="${id}"]`)?.textContent)
      .join(' ');
    expect(described).toContain('choose allowed countries or blocked countries, not both, and add at least one.');
    expect(document.activeElement).toBe(search());
  });

  test('country names come in the interface language', () => {
    setLocale('fr');
    const form = renderForm();
    const ui = within(form.group);
    fireEvent.click(ui.getByRole('button', { name: 'Plus d’options' }));
    fireEvent.click(ui.getByRole('radio', { name: 'Bloquer ces pays' }));
    fireEvent.input(ui.getByRole('combobox', { name: 'Rechercher un pays' }), { target: { value: 'allem' } });
    fireEvent.click(ui.getByRole('option', { name: 'Allemagne' }));
    expect(ui.getByRole('button', { name: 'Retirer Allemagne' })).toBeTruthy();
  });
});
