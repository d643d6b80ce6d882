import { browser } from 'wxt/browser';
import type { MediaMetadata } from '../api/metadata-schema';
import { applyDefaults, type DraftWithDefaults } from '../draft/defaults';
import { emptyDraft, type MetadataDraft } from '../draft/draft';
import { resolveLocale, setLocale } from '../i18n';
import type { Tile } from '../media/item';
import { TabChangedSchema, type TabState } from '../media/views';
import { sendMessage } from '../messages/send';
import type { OwnMedia } from '../x/composer-reader';
import { readComposers } from '../x/composer-reader';
import { type Placement, placePrompt } from './placement';
import { type HeldPost, holdPosts } from './post-hold';
import { trackTiles } from './tile-tracker';

export interface PageView {
  tab: TabState | null;
  promptFor: string | null;
  promptPosition: Placement | null;
  held: HeldPost | null;
  drafts: Record<string, DraftWithDefaults>;
  media: Map<string, OwnMedia>;
}

const DRAFT_DEBOUNCE_MS = 150;

/**
 * The content script's state and actions: tiles seen → background; the tab's items ← background; the prompt, the
 * drafts being typed, and the post hold. `render` is called with the whole view after every change.
 */
export function createPageController(signal: AbortSignal, render: (view: PageView) => void) {
  const view: PageView = { tab: null, promptFor: null, promptPosition: null, held: null, drafts: {}, media: new Map() };
  const pendingDrafts = new Map<string, ReturnType<typeof setTimeout>>();
  /** Media ids whose draft the user edited on this page: view.drafts holds their newest draft. */
  const typedHere = new Set<string>();
  const update = () => render(view);

  const hold = holdPosts({
    signal,
    itemsOf: (composerId) =>
      (view.tab?.items ?? [])
        .filter((item) => item.composerId === composerId)
        // What the user typed on this page is the newest draft: the background's copy lags behind (keystrokes are
        // sent debounced, and storing a draft publishes nothing), and a Post right after typing must use it.
        .map((item) =>
          item.mediaId && typedHere.has(item.mediaId)
            ? { ...item, draft: view.drafts[item.mediaId]?.draft ?? item.draft }
            : item,
        ),
    settings: () => view.tab?.settings,
    now: () => Date.now(),
    save: async (saves) => {
      for (const { mediaId, metadata } of saves) await save(mediaId, metadata);
    },
    show: (held) => {
      view.held = held;
      update();
    },
  });

  function setTab(next: TabState): void {
    const before = new Set(view.tab?.items.flatMap((item) => (item.mediaId ? [item.mediaId] : [])) ?? []);
    view.tab = next;
    setLocale(resolveLocale(next.settings.locale));
    // Drafts of media no longer on the page stay in the background's store, not here (a long session would grow).
    const shown = new Set(next.items.flatMap((item) => (item.mediaId ? [item.mediaId] : [])));
    for (const mediaId of Object.keys(view.drafts)) {
      if (!shown.has(mediaId) && !pendingDrafts.has(mediaId)) {
        delete view.drafts[mediaId];
        typedHere.delete(mediaId);
      }
    }
    for (const item of next.items) {
      if (!item.mediaId) continue;
      const local = view.drafts[item.mediaId];
      if (local && pendingDrafts.has(item.mediaId)) continue; // the user is typing: theirs is newer
      view.drafts[item.mediaId] = item.draft
        ? { draft: item.draft, defaultFields: local?.defaultFields ?? [] }
        : (local ?? applyDefaults(emptyDraft(), next.settings.defaults, next.settings.endpointForm));
    }
    const fresh = next.items.find(
      (item) => item.mediaId && !before.has(item.mediaId) && item.status.kind === 'unsaved',
    );
    if (fresh && next.settings.promptOnUpload && view.promptFor === null) openPrompt(fresh.composerId);
    hold.update();
    update();
  }

  function openPrompt(composerId: string): void {
    view.promptFor = composerId;
    const root = readComposers().find((c) => c.id === composerId)?.root;
    const box = root?.getBoundingClientRect();
    view.promptPosition = box ? placePrompt(box, { width: window.innerWidth, height: window.innerHeight }) : null;
    update();
  }

  function flushDraft(mediaId: string): void {
    const timer = pendingDrafts.get(mediaId);
    if (timer === undefined) return;
    clearTimeout(timer);
    pendingDrafts.delete(mediaId);
    const draft = view.drafts[mediaId]?.draft;
    if (draft) void sendMessage('draft/update', { mediaId, draft });
  }

  async function save(mediaId: string, metadata: MediaMetadata): Promise<void> {
    flushDraft(mediaId);
    const result = await sendMessage('media/save', { mediaId, metadata });
    if (!result.ok || !view.tab) return;
    view.tab = {
      ...view.tab,
      items: view.tab.items.map((item) => (item.mediaId === mediaId ? { ...item, status: result.value } : item)),
    };
    hold.update();
    update();
  }

  // The latest tiles are what counts: a report the background refused (rate limit, restarting worker) is sent
  // again a second later, with whatever the tiles are by then.
  let latestTiles: Tile[] = [];
  let retry: ReturnType<typeof setTimeout> | undefined;
  const reportTiles = async () => {
    retry = undefined;
    const result = await sendMessage('composer/tiles', { tiles: latestTiles });
    if (result.ok) return setTab(result.value);
    update();
    if (!signal.aborted) retry ??= setTimeout(() => void reportTiles(), 1_000);
  };
  const onTiles = async (tiles: Tile[], media: Map<string, OwnMedia>) => {
    view.media = media;
    latestTiles = tiles;
    clearTimeout(retry);
    await reportTiles();
  };

  return {
    view,
    start(): void {
      trackTiles(signal, (tiles, media) => void onTiles(tiles, media));
      const onMessage = (message: unknown) => {
        const parsed = TabChangedSchema.safeParse(message);
        if (parsed.success && (view.tab === null || parsed.data.state.tabId === view.tab.tabId))
          setTab(parsed.data.state);
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
      window.addEventListener('pagehide', () => [...pendingDrafts.keys()].forEach(flushDraft), { signal });
    },
    openPrompt,
    closePrompt(): void {
      for (const mediaId of pendingDrafts.keys()) flushDraft(mediaId);
      view.promptFor = null;
      update();
    },
    draftChanged(mediaId: string, draft: MetadataDraft): void {
      typedHere.add(mediaId);
      view.drafts[mediaId] = { draft, defaultFields: view.drafts[mediaId]?.defaultFields ?? [] };
      clearTimeout(pendingDrafts.get(mediaId));
      pendingDrafts.set(
        mediaId,
        setTimeout(() => flushDraft(mediaId), DRAFT_DEBOUNCE_MS),
      );
      update();
    },
    save,
    async retry(mediaIds: string[]): Promise<void> {
      for (const mediaId of mediaIds) await sendMessage('media/retry', { mediaId });
    },
    openOptions: () => void sendMessage('options/open', {}),
    hold,
  };
}
