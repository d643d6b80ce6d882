// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setLocale } from '../../../lib/i18n';
import type { ItemStatus } from '../../../lib/media/item-status';
import type { TabState } from '../../../lib/media/views';
import { fail, ok, type Result } from '../../../lib/messages/result';
import { sendMessage } from '../../../lib/messages/send';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { item, tabState } from './fixtures';

/** entrypoints/popup/main.tsx against a fake background: what it sends, and what it does with the answers. */
vi.mock('../../../lib/messages/send', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);
const MEDIA = '1146654567674912760';

let answers: Record<string, () => Result<unknown>>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  answers = { 'tab/state': () => ok(tabState()), 'draft/update': () => ok({}) };
  send.mockReset();
  send.mockImplementation((async (type: string) => answers[type]?.() ?? ok({})) as typeof sendMessage);
  document.body.innerHTML = '<div id="app"></div>';
});
afterEach(() => {
  cleanup();
  setLocale('en');
});

async function openPopup(search = '?tab=7') {
  history.replaceState(null, '', `/popup.html${search}`);
  await import('../../../entrypoints/popup/main');
  return within(await screen.findByRole('group', { name: 'Image 1' }));
}
const calls = (type: string) => send.mock.calls.filter(([sent]) => sent === type).map(([, payload]) => payload);
const broadcast = (state: TabState) =>
  fakeBrowser.runtime.onMessage.trigger({ type: 'tab/changed', state }, {}, () => {});

describe('popup wiring', () => {
  test('?tab= names the tab: one tab/state, then only that tab’s broadcasts', async () => {
    await openPopup();
    expect(calls('tab/state')).toEqual([{ tabId: 7 }]);
    const second = item({ index: 1, mediaId: '99' });
    await broadcast(tabState({ tabId: 8, items: [item(), second] }));
    expect(screen.queryByRole('group', { name: 'Image 2' })).toBeNull();
    await broadcast(tabState({ items: [item(), second] }));
    expect(await screen.findByRole('group', { name: 'Image 2' })).toBeTruthy();
    await broadcast(tabState({ items: [] }));
    expect(await screen.findByText('Attach images on x.com; they will appear here.')).toBeTruthy();
  });

  test('drafts go out within 150 ms, and at once when the popup closes', async () => {
    const ui = await openPopup();
    fireEvent.input(ui.getByRole('textbox', { name: 'Alt text' }), { target: { value: 'A' } });
    await waitFor(() => expect(calls('draft/update')).toHaveLength(1), { timeout: 300 });
    fireEvent.input(ui.getByRole('textbox', { name: 'Alt text' }), { target: { value: 'AB' } });
    dispatchEvent(new Event('pagehide'));
    expect(calls('draft/update')).toHaveLength(2);
    expect(calls('draft/update')[1]).toMatchObject({ mediaId: MEDIA, draft: { alt_text: 'AB' } });
  });

  test('Save shows the returned status; a save the background missed is sent again by Retry', async () => {
    const applied: ItemStatus = { kind: 'applied', at: 1, sent: { alt_text: { text: 'A' } } };
    answers['media/save'] = () => fail('unreachable', 'gone');
    const ui = await openPopup();
    fireEvent.input(ui.getByRole('textbox', { name: 'Alt text' }), { target: { value: 'A' } });
    fireEvent.click(ui.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toContain('The extension is restarting'));
    answers['media/save'] = () => ok(applied);
    fireEvent.click(ui.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(ui.getByRole('status').textContent).toContain('Applied'));
    expect(calls('media/save')).toEqual([
      { mediaId: MEDIA, metadata: { alt_text: { text: 'A' } } },
      { mediaId: MEDIA, metadata: { alt_text: { text: 'A' } } },
    ]);
    expect(calls('media/retry')).toEqual([]);
  });

  test('without ?tab: the active tab; Pop out opens a window bound to it and closes the popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12 }] as never);
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    answers['tab/state'] = () => ok(tabState({ tabId: 12 }));
    await openPopup('');
    expect(calls('tab/state')).toEqual([{ tabId: 12 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Pop out' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: 'chrome-extension://test-extension-id/popup.html?tab=12',
      type: 'popup',
      width: 420,
      height: 640,
    });
  });

  test('the interface language follows settings.locale', async () => {
    answers['tab/state'] = () => ok(tabState({ settings: { ...DEFAULT_SETTINGS, locale: 'fr' } }));
    history.replaceState(null, '', '/popup.html?tab=7');
    await import('../../../entrypoints/popup/main');
    expect(await screen.findByRole('group', { name: 'Image 1' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Texte alternatif pour X' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
  });

  test('background unreachable: Try again asks again', async () => {
    answers['tab/state'] = () => fail('unreachable', 'gone');
    history.replaceState(null, '', '/popup.html?tab=7');
    await import('../../../entrypoints/popup/main');
    const tryAgain = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.getByText('The extension is restarting; try again.')).toBeTruthy();
    answers['tab/state'] = () => ok(tabState());
    fireEvent.click(tryAgain);
    expect(await screen.findByRole('group', { name: 'Image 1' })).toBeTruthy();
    expect(calls('tab/state')).toHaveLength(2);
  });
});
