import { cleanup, render } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { type PopupLoad, PopupView, type PopupViewProps } from '../../../components/popup';
import { setLocale } from '../../../lib/i18n';
import type { HistoryEntry, ItemView, TabState } from '../../../lib/media/views';
import { ok } from '../../../lib/messages/result';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

// Vitest globals are off, so testing-library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  setLocale('en');
});

/** 2026-01-15T12:00:00Z: every test sees the same clock. */
export const NOW = 1_768_478_400_000;

export function item(overrides: Partial<ItemView> = {}): ItemView {
  const index = overrides.index ?? 0;
  return {
    tileKey: `blob:https://x.com/tile-${overrides.post ?? 0}-${index}`,
    mediaId: `11466545676749127${60 + index + 10 * (overrides.post ?? 0)}`,
    kind: 'image',
    composerId: 'modal',
    post: 0,
    index,
    draft: null,
    status: { kind: 'unsaved' },
    ...overrides,
  };
}

export function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    tabId: 7,
    onX: true,
    items: [item()],
    account: { state: 'connected', method: 'token', user: { id: '1', username: 'ada' } },
    settings: DEFAULT_SETTINGS,
    ...overrides,
  };
}

/** The popup with spies for every callback; `load` defaults to a ready tab with one image. */
export function renderPopup(props: Partial<PopupViewProps> & { state?: TabState; entries?: HistoryEntry[] } = {}) {
  const load: PopupLoad = props.load ?? { kind: 'ready', state: props.state ?? tabState() };
  const spies = {
    onDraftChange: vi.fn<PopupViewProps['onDraftChange']>(),
    onSave: vi.fn<PopupViewProps['onSave']>(),
    onRetry: vi.fn<PopupViewProps['onRetry']>(),
    onPopOut: vi.fn<() => void>(),
    onOpenOptions: vi.fn<() => void>(),
    onTryAgain: vi.fn<() => void>(),
    loadHistory: vi.fn(async () => ok(props.entries ?? [])),
    clearHistory: vi.fn(async () => ok({})),
    onCheck: vi.fn<() => void>(),
    onCopy: vi.fn<(text: string) => void>(),
  };
  const view = (next: PopupLoad) => (
    <PopupView
      load={next}
      poppedOut={props.poppedOut ?? false}
      now={() => NOW}
      history={props.history ?? { load: spies.loadHistory, clear: spies.clearHistory }}
      onDraftChange={spies.onDraftChange}
      onSave={spies.onSave}
      onRetry={spies.onRetry}
      onPopOut={spies.onPopOut}
      onOpenOptions={spies.onOpenOptions}
      onTryAgain={spies.onTryAgain}
      pageCheck={props.pageCheck ?? { load: { kind: 'idle' }, onCheck: spies.onCheck, onCopy: spies.onCopy }}
    />
  );
  const utils = render(view(load));
  return { ...utils, ...spies, rerenderWith: (next: PopupLoad) => utils.rerender(view(next)) };
}
