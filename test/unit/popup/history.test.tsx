// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import type { HistoryEntry } from '../../../lib/media/views';
import { fail } from '../../../lib/messages/result';
import { NOW, renderPopup } from './fixtures';

const HOUR = 60 * 60 * 1000;
const ENTRIES: HistoryEntry[] = [
  { mediaId: '111', at: NOW - 2 * HOUR, form: 'v2', sent: { alt_text: { text: 'Older cat' } } },
  {
    mediaId: '222',
    at: NOW,
    form: 'v2',
    sent: {
      alt_text: { text: 'A dog' },
      sensitive_media_warning: { adult_content: true, graphic_violence: false, other: true },
      allow_download_status: { allow_download: false },
      geo_restrictions: { whitelisted_country_codes: ['FR'], blacklisted_country_codes: [] },
    },
  },
  { mediaId: '333', at: NOW - HOUR, form: 'v1.1', sent: {}, thumbnail: 'data:image/png;base64,AAAA' },
];

const openHistory = async () => {
  const toggle = screen.getByRole('button', { name: 'History' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  return within(await screen.findByRole('region', { name: 'Recently applied' }));
};

describe('History', () => {
  test('collapsed by default, and asks for nothing until opened', () => {
    const { loadHistory } = renderPopup({ entries: ENTRIES });
    expect(screen.queryByRole('region', { name: 'Recently applied' })).toBeNull();
    expect(loadHistory).not.toHaveBeenCalled();
  });

  test('lists entries newest first, with what was sent in words', async () => {
    const { loadHistory } = renderPopup({ entries: ENTRIES });
    const panel = await openHistory();
    const rows = await panel.findAllByRole('listitem');
    expect(loadHistory).toHaveBeenCalledTimes(1);
    expect(rows.map((row) => row.querySelector('strong')?.textContent)).toEqual([
      'Media 222',
      'Media 333',
      'Media 111',
    ]);
    const newest = rows[0]!.textContent;
    expect(newest).toContain('Alt text: “A dog”');
    expect(newest).toContain('Flagged: Adult content and Other sensitive content');
    expect(newest).toContain('Also set: Allow download and Country restrictions');
    expect(newest).toContain('sent with the v2 endpoint');
    expect(rows[0]!.querySelector('time')?.getAttribute('datetime')).toBe(new Date(NOW).toISOString());
    expect(rows[1]!.textContent).toContain('No fields sent');
    expect(rows[1]!.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  test('Clear history empties the list and says so in a live region', async () => {
    const { clearHistory } = renderPopup({ entries: ENTRIES });
    const panel = await openHistory();
    await panel.findAllByRole('listitem');
    fireEvent.click(panel.getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(screen.getByText('History cleared').getAttribute('role')).toBe('status'));
    expect(clearHistory).toHaveBeenCalledTimes(1);
    expect(panel.queryAllByRole('listitem')).toHaveLength(0);
    expect(panel.getByText('Nothing applied yet.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'History' }));
  });

  test('a failed load says so and can try again', async () => {
    const load = vi.fn(async () => fail('unreachable', 'gone'));
    renderPopup({ history: { load, clear: vi.fn() } });
    const panel = await openHistory();
    expect(await panel.findByText('The history could not be loaded.')).toBeTruthy();
    fireEvent.click(panel.getByRole('button', { name: 'Try again' }));
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('in French', async () => {
    setLocale('fr');
    renderPopup({ entries: [ENTRIES[1]!] });
    fireEvent.click(screen.getByRole('button', { name: 'Historique' }));
    const panel = within(await screen.findByRole('region', { name: 'Appliqué récemment' }));
    const row = await panel.findByRole('listitem');
    expect(row.textContent).toContain('Texte alternatif : « A dog »');
    expect(row.textContent).toContain('Signalé : Contenu pour adultes et Autre contenu sensible');
    expect(panel.getByRole('button', { name: 'Effacer l’historique' })).toBeTruthy();
  });
});
