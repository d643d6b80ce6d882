import { browser } from 'wxt/browser';
import type { MediaMetadata } from '../api/metadata-schema';
import type { DraftWithDefaults } from '../draft/defaults';
import type { Tile } from '../media/item';
import { tabStateOf } from '../media/tab-changed';
import type { TabState } from '../media/views';
import { CONTENT_MESSAGES } from '../messages/rate-limiter';
import { sendMessage } from '../messages/send';
import { readPageCheck } from '../page-check/read';
import { PAGE_CHECK_REQUEST } from '../page-check/schema';
import { BYTES_REQUEST } from '../reupload/reupload';
import { countsAsDescription, type SuggestionMark } from '../suggest/insert';
import type { OwnMedia } from '../x/composer-reader';
import { readComposers } from '../x/composer-reader';
import { watchBackground } from './background-watch';
import { createNetworkMedia } from './network-media';
import { createPageDrafts } from './page-drafts';
import { bytesAnswer, intendedOurs, inXEditor, tabAccount } from './page-facts';
import { createPageSuggestions, type SuggestionsView } from './page-suggestions';
import { watchPickedFiles } from './picked-files';
import { type Placement, placePrompt } from './placement';
import { type HeldPost, holdPosts } from './post-hold';
import { type Ask, listenToPage } from './tap-listener';
import { createTileTies } from './tile-ties';
import { type TrackedTile, trackTiles } from './tile-tracker';

export interface PageView {
  tab: TabState | null;
  promptFor: string | null;
  promptPosition: Placement | null;
  held: HeldPost | null;
  drafts: Record<string, DraftWithDefaults>;
  media: Map<string, OwnMedia>;
  /** Suggestions offered for the prompt's pictures (lib/suggest), and inserted ones not edited yet. */
  suggestions: SuggestionsView;
}

/** The view of a page where nothing has happened yet. */
export function emptyPageView(): PageView {
  return {
    tab: null,
    promptFor: null,
    promptPosition: null,
    held: null,
    drafts: {},
    media: new Map(),
    suggestions: { byMedia: {}, marks: {} },
  };
}

/**
 * The content script's state and actions: the page's uploads (its network traffic, the ground truth) tied to the
 * tiles the DOM shows → background; the tab's items ← background; the prompt, the drafts being typed, and the post
 * hold. `render` is called with the whole view after every change.
 */
export function createPageController(signal: AbortSignal, render: (view: PageView) => void) {
  const view = emptyPageView();
  /** Media ids the prompt already opened for: coming back from X's own editor does not open it again. */
  const prompted = new Set<string>();
  /** X's own alt text, as X's own metadata call at Post time carried it. */
  const xAltFromCall = new Map<string, string>();
  const update = () => render(view);
  const drafts = createPageDrafts(view.drafts, view.suggestions.marks, update);
  // With what the user typed on this page: a Post right after typing must use it.
  const knownItems = () => (view.tab?.items ?? []).filter((item) => item.mediaId).map(drafts.newest);

  // A call on its way: the background must come back at once if the browser stops it mid-call.
  const watch = watchBackground(signal, () =>
    (view.tab?.items ?? []).some(
      (item) => item.status.kind === 'saving' || (item.status.kind === 'waiting' && item.status.reason === 'retrying'),
    ),
  );

  const network = createNetworkMedia(() => {
    // A picture's bytes arrive after X said it was ready: suggestions may be asked for it now.
    if (view.tab) suggestions.update(view.tab.items);
    scheduleReport();
  });
  const picked = watchPickedFiles(signal);
  const suggestions = createPageSuggestions({
    view: view.suggestions,
    upload: (mediaId) => network.get(mediaId),
    uploads: () => network.list(),
    picked,
    changed: () => update(),
  });
  const channel = listenToPage(signal, { onUpload: network.onUpload, onAsk: (ask) => onAsk(ask) });

  const hold = holdPosts({
    signal,
    channel,
    itemsOf: (composerId) => knownItems().filter((item) => item.composerId === composerId),
    itemsWith: (mediaIds) => knownItems().filter((item) => item.mediaId && mediaIds.includes(item.mediaId)),
    allItems: knownItems,
    isArriving: (mediaId) => network.get(mediaId) !== undefined,
    extensionAlive: () => browser.runtime?.id !== undefined && !signal.aborted,
    settings: () => view.tab?.settings,
    unconfirmed: (mediaId) => {
      const mark = view.suggestions.marks[mediaId];
      return mark !== undefined && !countsAsDescription(view.drafts[mediaId]?.draft.alt_text ?? '', mark);
    },
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
    drafts.follow(next);
    // The prompt opens for media just uploaded: not for media described in X's own editor, not twice for the same
    // media, and not while X's own media editor is open.
    const fresh = next.items.find(
      (item) =>
        item.mediaId &&
        !before.has(item.mediaId) &&
        !prompted.has(item.mediaId) &&
        // Unsaved, or something the user must know before typing (the tab posts as another account).
        (item.status.kind === 'unsaved' ||
          (item.status.kind === 'waiting' && item.status.reason === 'other-account')) &&
        !item.xAltText,
    );
    for (const item of next.items) if (item.mediaId && !before.has(item.mediaId)) prompted.add(item.mediaId);
    // A held post first: its release is what the user waits for (a redraw and suggestions can come after it).
    hold.update();
    watch.update();
    suggestions.update(next.items);
    if (fresh && next.settings.promptOnUpload && view.promptFor === null && !inXEditor()) openPrompt(fresh.composerId);
    update();
  }

  function openPrompt(composerId: string): void {
    view.promptFor = composerId;
    const root = readComposers().find((c) => c.id === composerId)?.root;
    const box = root?.getBoundingClientRect();
    view.promptPosition = box ? placePrompt(box, { width: window.innerWidth, height: window.innerHeight }) : null;
    update();
  }

  async function save(mediaId: string, metadata: MediaMetadata): Promise<void> {
    drafts.flush(mediaId);
    // Saved: an inserted suggestion is the user's description now.
    delete view.suggestions.marks[mediaId];
    const result = await sendMessage('media/save', { mediaId, metadata });
    if (!result.ok || !view.tab) return;
    view.tab = {
      ...view.tab,
      items: view.tab.items.map((item) => (item.mediaId === mediaId ? { ...item, status: result.value } : item)),
    };
    hold.update();
    watch.update();
    update();
  }

  // Tiles and uploads meet in tile-ties.ts, and the background hears of both.
  const tileTies = createTileTies({
    network,
    moved: (from, to) => drafts.carry(from, to, view.tab?.items ?? []),
    xAltText: (mediaId) => xAltFromCall.get(mediaId),
  });
  let tracker: ReturnType<typeof trackTiles> | undefined;
  let reportScheduled = false;
  const scheduleReport = () => {
    if (reportScheduled || signal.aborted) return;
    reportScheduled = true;
    queueMicrotask(() => {
      reportScheduled = false;
      void reportTiles();
    });
  };

  const buildReport = (): Tile[] => {
    const { tiles, recheckIn } = tileTies.report(tracker?.forgotten() ?? [], Date.now());
    if (recheckIn !== undefined) setTimeout(scheduleReport, recheckIn);
    return tiles;
  };

  // The latest report is what counts: a report the background refused is sent again, with whatever the tiles are by
  // then: soon when refused for the rate (two refills of the tab's bucket: a burst of uploads), a second later
  // otherwise (a restarting worker).
  let retry: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  const reportTiles = async () => {
    clearTimeout(retry);
    retry = undefined;
    const tiles = buildReport();
    const signature = JSON.stringify(tiles);
    if (signature === lastSent && view.tab) return;
    lastSent = signature;
    const postsAs = tabAccount();
    const result = await sendMessage('composer/tiles', { tiles, ...(postsAs ? { postsAs } : {}) });
    if (result.ok) return setTab(result.value);
    lastSent = '';
    update();
    const wait = result.error.code === 'rate-limited' ? (2 * 1_000) / CONTENT_MESSAGES.refillPerSecond : 1_000;
    if (!signal.aborted) retry ??= setTimeout(() => void reportTiles(), wait);
  };
  const onTiles = (tiles: TrackedTile[], media: Map<string, OwnMedia>) => {
    view.media = media;
    tileTies.track(tiles);
    // The user chose X's own media editor: our prompt steps aside, and does not come back by itself.
    if (inXEditor() && view.promptFor !== null) view.promptFor = null;
    update(); // the badges follow the tiles X may just have replaced
    scheduleReport();
  };

  /**
   * The page asks before a post request or X's own metadata call goes. X's own call at Post time carries the alt text
   * typed in X's editor and would replace ours: when the user wrote a description with us, X's call carries ours.
   */
  const onAsk = (ask: Ask) => {
    if (ask.request === 'post') {
      if (tileTies.reconcile(ask.mediaIds)) scheduleReport();
      return hold.onAsk(ask);
    }
    const mediaId = ask.mediaIds[0];
    if (!mediaId) return channel.answer({ kind: 'go', requestId: ask.requestId });
    const item = knownItems().find((i) => i.mediaId === mediaId);
    const ours = item ? intendedOurs(item) : '';
    if (ask.altText?.trim()) xAltFromCall.set(mediaId, ask.altText.trim().slice(0, 1000));
    if (ours && ours !== ask.altText) channel.answer({ kind: 'go', requestId: ask.requestId, altText: ours });
    else channel.answer({ kind: 'go', requestId: ask.requestId });
  };

  return {
    view,
    start(): void {
      tracker = trackTiles(signal, onTiles);
      // Answers through sendResponse (and `true`: the answer comes later), which every browser's own API takes: this
      // script uses the browser's API as it is, without the promise polyfill (wxt.config.ts), to stay small.
      const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
        const type = (message as { type?: unknown } | null)?.type;
        const answer = (pending: Promise<unknown>) => {
          pending.then(sendResponse, () => sendResponse(undefined));
          return true;
        };
        if (type === BYTES_REQUEST)
          return answer(bytesAnswer(network.get(String((message as { mediaId?: unknown }).mediaId))));
        if (type === PAGE_CHECK_REQUEST) {
          return answer(
            Promise.resolve(
              readPageCheck({
                pageWorld: channel.connected(),
                uploads: network.list(),
                tiedIds: tileTies.tied(),
              }),
            ),
          );
        }
        const state = tabStateOf(message);
        if (state && (view.tab === null || state.tabId === view.tab.tabId)) setTab(state);
        return false;
      };
      browser.runtime.onMessage.addListener(onMessage);
      signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
      window.addEventListener('pagehide', drafts.flushAll, { signal });
    },
    openPrompt,
    closePrompt(): void {
      drafts.flushAll();
      view.promptFor = null;
      update();
    },
    draftChanged: drafts.edited,
    save,
    /** A suggestion was inserted into the item's "Alt text": marked as one until the user edits the field or saves. */
    suggestionInserted(mediaId: string, mark: SuggestionMark): void {
      view.suggestions.marks[mediaId] = mark;
      update();
    },
    async retry(mediaIds: string[]): Promise<void> {
      for (const mediaId of mediaIds) await sendMessage('media/retry', { mediaId });
    },
    openOptions: () => void sendMessage('options/open', {}),
    hold,
  };
}

export type PageController = ReturnType<typeof createPageController>;
