import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/common/page.css';
import type { PageCheckLoad } from '../../components/page-check/PageCheckView';
import { type PopupLoad, PopupView } from '../../components/popup';
import type { MediaMetadata } from '../../lib/api/metadata-schema';
import {
  addEnglish,
  dirOf,
  loadLocale,
  resolveLocale,
  setCatalogSource,
  setLocale,
  t,
  useSurfaces,
} from '../../lib/i18n';
import popupEnglish from '../../lib/i18n/catalogs/en/popup';
import { importCatalog } from '../../lib/i18n/load';
import type { ItemStatus } from '../../lib/media/item-status';
import { TAB_CHANGED } from '../../lib/media/tab-changed';
import { TabChangedSchema, type TabState } from '../../lib/media/views';
import type { Result } from '../../lib/messages/result';
import { sendMessage } from '../../lib/messages/send';
import { items, usageItem } from '../../lib/storage/items';
import { createDraftSender } from './drafts';

/**
 * Wires the popup (and its pop-out window) to the background: which tab, one 'tab/state' round trip, then the
 * background's 'tab/changed' broadcasts. Rendering is components/popup's.
 */

setCatalogSource(importCatalog);
useSurfaces(['common', 'failures', 'form', 'popup']);
addEnglish(popupEnglish);
/** A tab's state is shown once its language's strings are loaded (they come per language, see lib/i18n). */
const withStrings = async (state: TabState) => {
  await loadLocale(resolveLocale(state.settings.locale)).catch(() => {});
  return state;
};

const tabParam = new URLSearchParams(location.search).get('tab');
const boundTab = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;
const poppedOut = boundTab !== undefined;
let tabId: number | undefined;

const drafts = createDraftSender(async (mediaId, draft) => (await sendMessage('draft/update', { mediaId, draft })).ok);
// Closing the popup must lose nothing typed; pagehide alone is not fired reliably for extension popups.
addEventListener('pagehide', () => drafts.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') drafts.flush();
});

// A save the background never got (it was restarting): Retry sends it again instead of 'media/retry'.
const unsent = new Map<string, MediaMetadata>();

async function activeTab(): Promise<number | undefined> {
  if (boundTab !== undefined) return boundTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function App() {
  const [load, setLoad] = useState<PopupLoad>({ kind: 'loading' });
  const [check, setCheck] = useState<PageCheckLoad>({ kind: 'idle' });
  const checkPage = async () => {
    if (tabId === undefined) return;
    setCheck({ kind: 'checking' });
    const result = await sendMessage('page/check', { tabId });
    setCheck(result.ok ? { kind: 'done', check: result.value } : { kind: 'unreachable' });
  };
  const patchState = (change: (state: TabState) => TabState) =>
    setLoad((current) => (current.kind === 'ready' ? { kind: 'ready', state: change(current.state) } : current));
  const setStatus = (mediaId: string, status: ItemStatus) =>
    patchState((state) => ({
      ...state,
      items: state.items.map((item) => (item.mediaId === mediaId ? { ...item, status } : item)),
    }));

  const fetchState = async (quietly = false) => {
    if (!quietly) setLoad({ kind: 'loading' });
    tabId = await activeTab();
    if (tabId === undefined) return setLoad({ kind: 'no-tab' });
    const result = await sendMessage('tab/state', { tabId });
    if (!result.ok) return setLoad({ kind: 'error', code: result.error.code });
    setLoad({ kind: 'ready', state: await withStrings(result.value) });
  };

  useEffect(() => {
    void fetchState();
    // Returns nothing: messages meant for the background reach this page too, and are not ours to answer.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | null)?.type !== TAB_CHANGED) return;
      const parsed = TabChangedSchema.safeParse(message);
      if (parsed.success && parsed.data.state.tabId === tabId) {
        void withStrings(parsed.data.state).then((state) => setLoad({ kind: 'ready', state }));
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    // The pop-out window stays open while the user goes to Options to connect an account: look again on return.
    const onFocus = () => void fetchState(true);
    if (poppedOut) addEventListener('focus', onFocus);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      removeEventListener('focus', onFocus);
    };
  }, []);

  const settle = (mediaId: string, result: Result<ItemStatus>) => {
    if (result.ok) return setStatus(mediaId, result.value);
    const message = result.error.code === 'unreachable' ? t('popup.unreachable') : t('popup.saveFailed');
    setStatus(mediaId, { kind: 'failed', message, problems: [] });
  };
  const save = async (mediaId: string, metadata: MediaMetadata) => {
    drafts.flush();
    setStatus(mediaId, { kind: 'saving' });
    const result = await sendMessage('media/save', { mediaId, metadata });
    if (result.ok) unsent.delete(mediaId);
    else unsent.set(mediaId, metadata);
    settle(mediaId, result);
  };
  const retry = async (mediaId: string) => {
    const metadata = unsent.get(mediaId);
    if (metadata) return save(mediaId, metadata);
    setStatus(mediaId, { kind: 'saving' });
    settle(mediaId, await sendMessage('media/retry', { mediaId }));
  };
  const popOut = async () => {
    if (tabId === undefined) return;
    drafts.flush();
    const url = browser.runtime.getURL(`/popup.html?tab=${tabId}`);
    await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
    if (!poppedOut) window.close();
  };

  if (load.kind === 'ready') {
    const locale = resolveLocale(load.state.settings.locale);
    setLocale(locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = dirOf(locale);
  }
  document.title = t('popup.title');

  return (
    <PopupView
      load={load}
      poppedOut={poppedOut}
      now={Date.now}
      history={{
        load: () => sendMessage('history/list', {}),
        clear: () => sendMessage('history/clear', {}),
        usage: () => usageItem.get(),
      }}
      onDraftChange={drafts.update}
      onSave={save}
      onRetry={retry}
      onPopOut={popOut}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onTryAgain={() => void fetchState()}
      pageCheck={{
        load: check,
        onCheck: () => void checkPage(),
        onCopy: (text) => void navigator.clipboard?.writeText(text).catch(() => {}),
      }}
    />
  );
}

// The stored language first, so that even "Loading…" is in it.
const { locale } = await items.settings.get();
await loadLocale(resolveLocale(locale)).catch(() => {});
setLocale(resolveLocale(locale));
document.documentElement.dir = dirOf(resolveLocale(locale));
render(<App />, document.getElementById('app')!);
