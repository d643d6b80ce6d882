import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageDrafts } from '../../../lib/content/page-drafts';
import type { DraftWithDefaults } from '../../../lib/draft/defaults';
import { emptyDraft, type MetadataDraft } from '../../../lib/draft/draft';
import type { ItemView, TabState } from '../../../lib/media/views';
import { ok } from '../../../lib/messages/result';
import { sendMessage } from '../../../lib/messages/send';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { SuggestionMark } from '../../../lib/suggest/insert';

vi.mock('../../../lib/messages/send', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const alt = (text: string): MetadataDraft => ({ ...emptyDraft(), alt_text: text });
const item = (mediaId: string, draft: MetadataDraft | null = null): ItemView => ({
  tileKey: `blob:https://x.com/${mediaId}`,
  mediaId,
  kind: 'image',
  composerId: 'modal',
  post: 0,
  index: 0,
  draft,
  status: { kind: 'unsaved' },
});
const tab = (items: ItemView[]): TabState => ({
  tabId: 7,
  onX: true,
  items,
  account: { state: 'connected', method: 'token', user: { id: '1', username: 'ada' } },
  settings: DEFAULT_SETTINGS,
});

let drafts: Record<string, DraftWithDefaults>;
let marks: Record<string, SuggestionMark>;
let changes: number;
let page: ReturnType<typeof createPageDrafts>;
const sentDrafts = () => send.mock.calls.filter(([type]) => type === 'draft/update').map(([, payload]) => payload);

beforeEach(() => {
  vi.useFakeTimers();
  send.mockReset();
  send.mockResolvedValue(ok({}) as never);
  drafts = {};
  marks = {};
  changes = 0;
  page = createPageDrafts(drafts, marks, () => changes++);
});
afterEach(() => vi.useRealTimers());

describe('the drafts typed on the page', () => {
  test('each keystroke shows at once and reaches the background once, debounced; a flush sends it now', () => {
    page.edited('a', alt('A'));
    page.edited('a', alt('A dog'));
    expect(drafts.a?.draft.alt_text).toBe('A dog');
    expect(changes).toBe(2);
    expect(sentDrafts()).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(sentDrafts()).toEqual([{ mediaId: 'a', draft: alt('A dog') }]);

    page.edited('b', alt('A cat'));
    page.flushAll();
    expect(sentDrafts()).toHaveLength(2);
    vi.advanceTimersByTime(200);
    expect(sentDrafts()).toHaveLength(2); // the debounced send was the flushed one
  });

  test("what was typed here wins over the background's older copy, in the view and in the items", () => {
    page.edited('a', alt('A dog on a beach'));
    vi.advanceTimersByTime(200);
    page.follow(tab([item('a', alt('A dog on'))]));
    expect(drafts.a?.draft.alt_text).toBe('A dog on a beach');
    expect(page.newest(item('a', alt('A dog on'))).draft?.alt_text).toBe('A dog on a beach');
    expect(page.newest(item('b', alt('Other'))).draft?.alt_text).toBe('Other');
  });

  test("media not typed here take the background's draft, or the settings' defaults; gone media are let go", () => {
    page.follow(tab([item('a', alt('From the popup')), item('b')]));
    expect(drafts.a?.draft.alt_text).toBe('From the popup');
    expect(drafts.b?.draft.alt_text).toBe('');
    page.edited('b', alt('Typed'));
    vi.advanceTimersByTime(200);
    page.follow(tab([]));
    expect(Object.keys(drafts)).toEqual([]);
  });

  test('a draft still on its way is kept though its media left the tab', () => {
    page.edited('a', alt('Half typed'));
    page.follow(tab([]));
    expect(drafts.a?.draft.alt_text).toBe('Half typed');
  });

  test('a draft follows its tile to another upload when it says something, never over one typed for that upload', () => {
    page.carry('a', 'b', [item('a', alt('   '))]);
    expect(drafts.b).toBeUndefined(); // nothing written: nothing to carry

    page.carry('a', 'b', [item('a', alt('Saved in the popup'))]);
    expect(drafts.b?.draft.alt_text).toBe('Saved in the popup');

    page.edited('c', alt('Mine'));
    page.edited('d', alt('Other'));
    page.carry('c', 'd', []);
    expect(drafts.d?.draft.alt_text).toBe('Other');
  });
});
