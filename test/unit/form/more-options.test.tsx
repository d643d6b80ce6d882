// @vitest-environment happy-dom
import { fireEvent, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { emptyDraft } from '../../../lib/draft';
import { secondsToLocalInput } from '../../../lib/draft/datetime';
import { NOW, renderForm } from './harness';

function openMore(props: Parameters<typeof renderForm>[0] = {}) {
  const form = renderForm(props);
  const ui = within(form.group);
  const more = ui.getByRole('button', { name: 'More options' });
  expect(more.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(more);
  expect(more.getAttribute('aria-expanded')).toBe('true');
  const type = (name: string, value: string) =>
    fireEvent.input(ui.getByRole('textbox', { name }), { target: { value } });
  const save = () => fireEvent.click(ui.getByRole('button', { name: 'Save' }));
  /** The texts the control describes itself with (aria-describedby). */
  const description = (element: HTMLElement) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => form.container.querySelector(`[id="${id}"]`)?.textContent ?? '')
      .join(' | ');
  return { ...form, ui, type, save, description };
}

describe('each field, usable without JSON, and its messages next to it', () => {
  test('allow download, audience, managed, shared: sent exactly as chosen', () => {
    const { ui, save, onSave } = openMore();
    fireEvent.change(ui.getByRole('combobox', { name: 'Allow download' }), { target: { value: 'no' } });
    fireEvent.click(ui.getByRole('checkbox', { name: 'X subscriptions' }));
    fireEvent.click(ui.getByRole('checkbox', { name: 'Managed by Media Studio' }));
    fireEvent.click(ui.getByRole('checkbox', { name: 'Shared in direct messages' }));
    fireEvent.click(ui.getByRole('checkbox', { name: 'Shared in direct messages' }));
    save();
    expect(onSave).toHaveBeenCalledWith({
      allow_download_status: { allow_download: false },
      audience_policy: { x_subscriptions: ['Any'] },
      management_info: { managed: true },
      shared_info: { shared: false },
    });
  });

  test('content expiration: local date and time to Unix seconds; the past is refused', () => {
    const { ui, save, onSave, description, container } = openMore();
    const input = container.querySelector<HTMLInputElement>('input[type="datetime-local"]')!;
    expect(ui.getByLabelText('Content expiration')).toBe(input);
    const inAnHour = Math.floor(NOW / 1000) + 3600;
    fireEvent.input(input, { target: { value: secondsToLocalInput(Math.floor(NOW / 1000) - 3600) } });
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(description(input)).toContain('Content expiration must be in the future.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: secondsToLocalInput(inAnHour) } });
    expect(description(input)).not.toContain('must be in the future');
    save();
    expect(onSave).toHaveBeenCalledWith({ content_expiration: { timestamp_sec: inAnHour } });
  });

  test('domains: add, remove, each checked', () => {
    const { ui, save, onSave, description, type } = openMore();
    fireEvent.click(ui.getByRole('button', { name: 'Add domain' }));
    expect(document.activeElement).toBe(ui.getByRole('textbox', { name: 'Domain 1' }));
    type('Domain 1', 'example.com');
    fireEvent.click(ui.getByRole('button', { name: 'Add domain' }));
    type('Domain 2', 'not a domain');
    fireEvent.click(ui.getByRole('button', { name: 'Add domain' }));
    type('Domain 3', 'news.example.org');
    save();
    expect(onSave).not.toHaveBeenCalled();
    const wrong = ui.getByRole('textbox', { name: 'Domain 2' });
    expect(description(wrong)).toContain('each entry must be a domain name, such as example.com.');
    expect(description(ui.getByRole('textbox', { name: 'Domain 1' }))).toBe('');
    fireEvent.click(ui.getByRole('button', { name: 'Remove domain 2' }));
    save();
    expect(onSave).toHaveBeenCalledWith({ domain_restrictions: { whitelist: ['example.com', 'news.example.org'] } });
  });

  test('found media origin: counts, limits, both required when either is set', () => {
    const { ui, save, onSave, description, type } = openMore();
    type('Origin provider', 'giphyplus');
    const provider = ui.getByRole('textbox', { name: 'Origin provider' });
    expect(description(provider)).toContain('9 / 8');
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(description(provider)).toContain('Origin provider can be at most 8 characters.');
    expect(description(ui.getByRole('textbox', { name: 'Origin id' }))).toContain('Origin id is required.');
    type('Origin provider', 'giphy');
    type('Origin id', 'x'.repeat(25));
    expect(description(ui.getByRole('textbox', { name: 'Origin id' }))).toContain('Origin id can be at most 24');
    type('Origin id', 'abc123');
    save();
    expect(onSave).toHaveBeenCalledWith({ found_media_origin: { provider: 'giphy', id: 'abc123' } });
  });

  test('preview image: a media id of digits; upload source: text', () => {
    const { ui, save, onSave, description, type } = openMore();
    type('Preview image', '12ab');
    type('Upload source', 'camera');
    save();
    expect(description(ui.getByRole('textbox', { name: 'Preview image' }))).toContain(
      'Preview image must be 1 to 19 digits.',
    );
    type('Preview image', '1146654567674912769');
    save();
    expect(onSave).toHaveBeenCalledWith({
      preview_image: { media_key: { media: '1146654567674912769', media_category: 'TweetImage' } },
      upload_source: { upload_source: 'camera' },
    });
  });
});

describe('stickers', () => {
  test('add, edit, remove; numeric fields checked', () => {
    const { ui, save, onSave, description } = openMore();
    fireEvent.click(ui.getByRole('button', { name: 'Add sticker' }));
    fireEvent.click(ui.getByRole('button', { name: 'Add sticker' }));
    const first = within(ui.getByRole('group', { name: 'Sticker 1' }));
    const second = within(ui.getByRole('group', { name: 'Sticker 2' }));
    fireEvent.input(first.getByRole('textbox', { name: 'Sticker id' }), { target: { value: 'cat' } });
    fireEvent.input(first.getByRole('textbox', { name: 'Transform a' }), { target: { value: '1.5' } });
    fireEvent.input(second.getByRole('textbox', { name: 'Group annotation id' }), { target: { value: '2.5' } });
    fireEvent.input(second.getByRole('textbox', { name: 'Aspect ratio' }), { target: { value: 'wide' } });
    save();
    expect(onSave).not.toHaveBeenCalled();
    expect(description(second.getByRole('textbox', { name: 'Group annotation id' }))).toContain(
      'Sticker 2 must be a whole number.',
    );
    expect(description(second.getByRole('textbox', { name: 'Aspect ratio' }))).toContain('Sticker 2 must be a number.');
    fireEvent.click(ui.getByRole('button', { name: 'Remove sticker 2' }));
    save();
    expect(onSave).toHaveBeenCalledWith({ sticker_info: { stickers: [{ id: 'cat', transform_a: 1.5 }] } });
  });

  test('at 25 stickers "Add sticker" is disabled, and says why', () => {
    const { ui, description } = openMore();
    const add = ui.getByRole('button', { name: 'Add sticker' }) as HTMLButtonElement;
    for (let i = 0; i < 25; i++) fireEvent.click(add);
    expect(ui.getByRole('group', { name: 'Sticker 25' })).toBeTruthy();
    expect(add.disabled).toBe(true);
    expect(description(add)).toBe('At most 25 stickers.');
    fireEvent.click(add);
    expect(ui.queryByRole('group', { name: 'Sticker 26' })).toBeNull();
    fireEvent.click(ui.getByRole('button', { name: 'Remove sticker 25' }));
    expect(add.disabled).toBe(false);
  });
});

describe('defaults', () => {
  test('pre-filled fields carry a "Default" mark', () => {
    const draft = { ...emptyDraft(), allow_download_status: false };
    draft.sensitive_media_warning.other = true;
    const { ui, description, save, onSave } = openMore({
      initialDraft: draft,
      defaultFields: new Set(['allow_download_status', 'sensitive_media_warning.other']),
    });
    const other = ui.getByRole('checkbox', { name: 'Other sensitive content' }) as HTMLInputElement;
    expect(other.checked).toBe(true);
    expect(description(other)).toBe('Default');
    expect(description(ui.getByRole('checkbox', { name: 'Adult content' }))).toBe('');
    const download = ui.getByRole('combobox', { name: 'Allow download' }) as HTMLSelectElement;
    expect(download.value).toBe('no');
    expect(description(download)).toBe('Default');
    save();
    expect(onSave).toHaveBeenCalledWith({
      allow_download_status: { allow_download: false },
      sensitive_media_warning: { other: true },
    });
  });
});
