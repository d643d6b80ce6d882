// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { emptyDraft } from '../../../lib/draft';
import { setLocale } from '../../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { item, NOW, renderPopup, tabState } from './fixtures';

const named = (name: string) => screen.getByRole('group', { name });

describe('labels', () => {
  test('images numbered in reading order', () => {
    renderPopup({ state: tabState({ items: [item({ index: 1 }), item({ index: 0 })] }) });
    const labels = within(screen.getByRole('list'))
      .getAllByRole('listitem')
      .map((entry) => entry.querySelector('.mf-item-label')?.textContent);
    expect(labels).toEqual(['Image 1', 'Image 2']);
  });

  test('a lone GIF or video is not numbered; several are', () => {
    renderPopup({ state: tabState({ items: [item({ kind: 'gif' }), item({ kind: 'video', post: 1, index: 0 })] }) });
    expect(named('Post 1 · GIF')).toBeTruthy();
    expect(named('Post 2 · Video')).toBeTruthy();
    cleanup();
    renderPopup({ state: tabState({ items: [item({ kind: 'video' }), item({ kind: 'video', index: 1 })] }) });
    expect(named('Video 1')).toBeTruthy();
    expect(named('Video 2')).toBeTruthy();
  });

  test('a thread with several posts says which post', () => {
    renderPopup({
      state: tabState({ items: [item({ post: 0 }), item({ post: 1 }), item({ post: 1, index: 1, kind: 'video' })] }),
    });
    expect(named('Post 1 · Image 1')).toBeTruthy();
    expect(named('Post 2 · Image 1')).toBeTruthy();
    expect(named('Post 2 · Video')).toBeTruthy();
  });

  test('one post: no post number', () => {
    renderPopup({ state: tabState({ items: [item({ kind: 'video' })] }) });
    expect(named('Video')).toBeTruthy();
  });

  test('two composers with the same names stay distinct', () => {
    renderPopup({
      state: tabState({ items: [item(), item({ composerId: 'inline', tileKey: 'blob:other', mediaId: '42' })] }),
    });
    expect(named('Image 1')).toBeTruthy();
    expect(named('Image 1 (2)')).toBeTruthy();
  });
});

test('an uploading item shows "Uploading…" and no form', () => {
  renderPopup({ state: tabState({ items: [item({ mediaId: undefined })] }) });
  const group = named('Image 1');
  expect(within(group).getByRole('status').textContent).toBe('Uploading…');
  expect(within(group).queryByRole('textbox', { name: 'Alt text' })).toBeNull();
  expect(within(group).queryByRole('button', { name: 'Save' })).toBeNull();
});

describe('the form of each item', () => {
  test('Save calls onSave with the media id and the metadata', () => {
    const { onSave, onDraftChange } = renderPopup();
    const ui = within(named('Image 1'));
    fireEvent.input(ui.getByRole('textbox', { name: 'Alt text' }), { target: { value: 'A cat on a mat' } });
    fireEvent.click(ui.getByRole('checkbox', { name: 'Adult content' }));
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith('1146654567674912760', {
      alt_text: { text: 'A cat on a mat' },
      sensitive_media_warning: { adult_content: true },
    });
    expect(onDraftChange).toHaveBeenCalledTimes(2);
    expect(onDraftChange.mock.lastCall?.[0]).toBe('1146654567674912760');
    expect(onDraftChange.mock.lastCall?.[1].alt_text).toBe('A cat on a mat');
  });

  test('opens with the stored draft', () => {
    renderPopup({ state: tabState({ items: [item({ draft: { ...emptyDraft(), alt_text: 'Stored text' } })] }) });
    const alt = within(named('Image 1')).getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement;
    expect(alt.value).toBe('Stored text');
  });

  test('without a draft, starts from the defaults and marks them', () => {
    const settings = { ...DEFAULT_SETTINGS, defaults: { sensitive_media_warning: { graphic_violence: true } } };
    const { onSave } = renderPopup({ state: tabState({ settings }) });
    const ui = within(named('Image 1'));
    const box = ui.getByRole('checkbox', { name: 'Graphic violence' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(ui.getByText('Default')).toBeTruthy();
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    expect(onSave.mock.lastCall?.[1]).toEqual({ sensitive_media_warning: { graphic_violence: true } });
  });

  test('a draft changed elsewhere (the in-page prompt) is shown when the user is not typing here', () => {
    const { rerenderWith } = renderPopup();
    const draft = { ...emptyDraft(), alt_text: 'Typed on the page' };
    rerenderWith({ kind: 'ready', state: tabState({ items: [item({ draft })] }) });
    const alt = within(named('Image 1')).getByRole('textbox', { name: 'Alt text' }) as HTMLTextAreaElement;
    expect(alt.value).toBe('Typed on the page');
  });

  test('the status follows the state, and Retry calls onRetry', () => {
    const { rerenderWith, onRetry } = renderPopup();
    expect(within(named('Image 1')).getByRole('status').textContent).toContain('Not saved');
    const failed = { kind: 'failed' as const, message: 'X refused it.', problems: [] };
    rerenderWith({ kind: 'ready', state: tabState({ items: [item({ status: failed })] }) });
    const ui = within(named('Image 1'));
    expect(ui.getByRole('status').textContent).toContain('Failed: X refused it.');
    fireEvent.click(ui.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith('1146654567674912760');
    const applied = { kind: 'applied' as const, at: NOW, sent: {} };
    rerenderWith({ kind: 'ready', state: tabState({ items: [item({ status: applied })] }) });
    expect(within(named('Image 1')).getByRole('status').textContent).toContain('Applied');
  });
});

test('French labels', () => {
  setLocale('fr');
  renderPopup({
    state: tabState({ account: { state: 'none' }, items: [item(), item({ post: 1, kind: 'video' })] }),
  });
  expect(screen.getByRole('heading', { level: 1, name: 'Texte alternatif pour X' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Détacher' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Ouvrir les options' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Historique' })).toBeTruthy();
  expect(named('Publication 1 · Image 1')).toBeTruthy();
  expect(named('Publication 2 · Vidéo')).toBeTruthy();
  expect(within(named('Publication 1 · Image 1')).getByRole('textbox', { name: 'Texte alternatif' })).toBeTruthy();
});
