import type { MediaMetadata } from '../api/metadata-schema';
import type { ItemView } from '../media/views';
import type { Settings } from '../settings/settings';
import { composerId, composerRootOf, readComposers } from '../x/composer-reader';
import { X } from '../x/selectors';
import { decideHold, type HoldDecision, onlyCallsPending } from './hold-decision';
import { isPostShortcut } from './post-shortcut';
import type { Ask, PageChannel } from './tap-listener';

export interface HeldPost {
  composerId: string;
  decision: HoldDecision;
  /** Held at the post request itself (the page world waits for our answer), not at X's Post button. */
  atRequest: boolean;
}

export interface PostHoldDeps {
  signal: AbortSignal;
  channel: PageChannel;
  itemsOf(composerId: string): ItemView[];
  /** The tab's items with these media ids (those the background knows as composer media of this tab). */
  itemsWith(mediaIds: readonly string[]): ItemView[];
  /** Every item of the tab with a media id. */
  allItems(): ItemView[];
  /** The page reported an upload with this id that the background does not know yet (it is on its way). */
  isArriving(mediaId: string): boolean;
  settings(): Settings | undefined;
  /** See HoldContext.unconfirmed. */
  unconfirmed?(mediaId: string): boolean;
  /** The extension is still there (not reloaded, updated or disabled): only then may a request keep waiting. */
  extensionAlive(): boolean;
  now(): number;
  save(saves: Array<{ mediaId: string; metadata: MediaMetadata }>): Promise<void>;
  /** Shows why the post waits (null: nothing held). */
  show(held: HeldPost | null): void;
}

/** After the user chose to post without something (Post anyway, post without a description), for this long. */
const APPROVAL_MS = 120_000;
/** A request the page made within this long of the user's own click or key counts as theirs (Post is their intent). */
const GESTURE_MS = 10_000;
/** An upload the page reported but the background never confirmed does not hold a post longer than this. */
const ARRIVING_MS = 15_000;

type Held = {
  composerId: string;
  /** The user's Post went on to X (the hold only waits for calls on their way): X's request is the one to hold. */
  passed?: boolean;
  reminded: boolean;
  saved: Set<string>;
  /** Set when held at the request: the media ids it carries, and the page world's ids of the waiting requests. */
  request?: { mediaIds: string[]; ids: string[]; since: number };
};

/**
 * Holds a post until every item's metadata is applied or the user decides, in two places:
 * - at X's Post button and Ctrl/Cmd+Enter, when the user has something to decide or the wait may be long (a rate-limit
 *   window, a retry): capture-phase listeners on window act before X's own handlers (React listens on its root, below
 *   window), so X's composer stays as it was, editable; Post is clicked for the user when the post may go;
 * - at the post request itself (CreateTweet, CreateNoteTweet, CreateScheduledTweet), which the page world shows us:
 *   it catches every other way to post ("Post all", a renamed button, a schedule, Data Saver's upload at Post), and
 *   a Post whose hold only waits for calls on their way (see `intercept`).
 * A post is never held twice: what one path let go (everything applied, or the user's choice) the other lets go too.
 * A ready post costs nothing: its media ids are "cleared" in the page world, which then sends it without asking.
 * Everything stops with `signal`; the page world then sends waiting requests unchanged by itself.
 */
export function holdPosts(deps: PostHoldDeps) {
  let held: Held | null = null;
  let bypass: Element | null = null;
  let lastGesture = Number.NEGATIVE_INFINITY;
  const approved = new Map<string, number>();
  let alive: ReturnType<typeof setInterval> | undefined;

  const isApproved = (mediaId: string | undefined) =>
    mediaId !== undefined && (approved.get(mediaId) ?? Number.NEGATIVE_INFINITY) > deps.now();
  const context = (reminded: boolean) => {
    const settings = deps.settings();
    return settings
      ? {
          rule: settings.postingRule,
          form: settings.endpointForm,
          now: deps.now(),
          reminded,
          unconfirmed: deps.unconfirmed,
        }
      : undefined;
  };

  const heldItems = (h: Held): ItemView[] => {
    if (!h.request) return deps.itemsOf(h.composerId);
    const requested = deps.itemsWith(h.request.mediaIds);
    if (!h.passed) return requested;
    // A Post that went on to X holds its whole composer, as a held click does: a thread's first post waits for the
    // media of the last, so a failure never leaves the thread half posted.
    const ids = new Set(requested.map((item) => item.mediaId));
    return [...requested, ...deps.itemsOf(h.composerId).filter((item) => !ids.has(item.mediaId))];
  };

  const decide = (h: Held): HoldDecision | null => {
    const ctx = context(h.reminded);
    if (!ctx) return null;
    const items = heldItems(h).filter((item) => !isApproved(item.mediaId));
    if (h.request) {
      const known = new Set(items.map((item) => item.mediaId));
      const arriving = h.request.mediaIds.filter(
        (id) => !known.has(id) && !isApproved(id) && deps.isArriving(id) && deps.now() - h.request!.since < ARRIVING_MS,
      );
      if (arriving.length > 0) return { action: 'wait', items };
    }
    return decideHold(items, ctx);
  };

  /** Media ids whose post may go without a question: each alone would pass, or the user already chose. */
  const publishCleared = () => {
    const ctx = context(false);
    const items = deps.allItems();
    // An item uploaded again with the user's app is never cleared: its post request must carry the new id.
    const cleared = items.flatMap((item) =>
      item.mediaId &&
      !item.reuploadedAs &&
      (isApproved(item.mediaId) || (ctx && decideHold([item], ctx).action === 'pass'))
        ? [item.mediaId]
        : [],
    );
    deps.channel.answer({ kind: 'cleared', mediaIds: cleared });
  };

  const approve = (h: Held) => {
    for (const item of heldItems(h)) if (item.mediaId) approved.set(item.mediaId, deps.now() + APPROVAL_MS);
    for (const id of h.request?.mediaIds ?? []) approved.set(id, deps.now() + APPROVAL_MS);
    publishCleared();
  };

  /** The ids uploaded again with the user's app, for the post request to carry instead of the page's. */
  const swapsFor = (mediaIds: readonly string[]): Record<string, string> =>
    Object.fromEntries(
      deps
        .itemsWith(mediaIds)
        .flatMap((item) => (item.mediaId && item.reuploadedAs ? [[item.mediaId, item.reuploadedAs]] : [])),
    );

  const stopAlive = () => {
    clearInterval(alive);
    alive = undefined;
  };

  const release = () => {
    const h = held;
    held = null;
    stopAlive();
    if (h) approve(h);
    if (h?.request) {
      const swaps = swapsFor(h.request.mediaIds);
      for (const requestId of h.request.ids) deps.channel.answer({ kind: 'go', requestId, swaps });
    } else if (h && !h.passed) {
      // The composer may have re-rendered while the post waited: click its Post button as it is now. The post goes
      // first, the dialog is taken down after (redrawing our UI is not on the post's path).
      const button = readComposers().find((c) => c.id === h.composerId)?.postButton;
      if (button) {
        bypass = button;
        button.click();
      }
    }
    deps.show(null);
  };

  const evaluate = () => {
    if (!held) return;
    const decision = decide(held);
    if (!decision || decision.action === 'pass' || decision.action === 'uploading') return release();
    if (decision.action === 'save') {
      // Saved once per hold, and at the request only when the user just acted (a page's request alone never starts
      // a call to X): the state that follows (saving, applied) ends this branch.
      const mayCall = !held.request || deps.now() - lastGesture < GESTURE_MS;
      const saves = decision.saves.filter((save) => mayCall && !held?.saved.has(save.mediaId));
      for (const save of saves) held.saved.add(save.mediaId);
      if (saves.length > 0) void deps.save(saves);
    }
    deps.show({ composerId: held.composerId, decision, atRequest: held.request !== undefined });
  };

  const intercept = (event: Event, from: Element) => {
    const root = composerRootOf(from);
    if (!root || held) return;
    const id = composerId(root);
    const candidate: Held = { composerId: id, reminded: false, saved: new Set() };
    const decision = decide(candidate);
    if (!decision || decision.action === 'pass' || decision.action === 'uploading') return;
    held = candidate;
    // Nothing to ask and only calls on their way (seconds at most): X posts as it would without us, and its post
    // request waits for them in the page world. X's own work at Post overlaps the wait, and the release is one
    // message to the page world instead of a new click that X handles from the start.
    if (onlyCallsPending(decision, deps.itemsOf(id))) candidate.passed = true;
    else {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    evaluate();
  };

  const onAsk = (ask: Ask) => {
    if (ask.request !== 'post') return;
    if (held?.request) {
      // Another request of the same post ("Post all" sends one per post of a thread): it waits with the first.
      held.request.ids.push(ask.requestId);
      held.request.mediaIds.push(...ask.mediaIds);
      deps.channel.answer({ kind: 'hold', requestId: ask.requestId });
      return evaluate();
    }
    const items = deps.itemsWith(ask.mediaIds);
    const candidate: Held = {
      composerId: held?.composerId ?? items[0]?.composerId ?? '',
      passed: held?.passed,
      reminded: held?.reminded ?? false,
      saved: held?.saved ?? new Set(),
      request: { mediaIds: [...ask.mediaIds], ids: [ask.requestId], since: deps.now() },
    };
    const decision = decide(candidate);
    if (!decision || decision.action === 'pass' || decision.action === 'uploading') {
      deps.channel.answer({ kind: 'go', requestId: ask.requestId, swaps: swapsFor(ask.mediaIds) });
      if (held?.passed) {
        held = null;
        deps.show(null);
      }
      return;
    }
    deps.channel.answer({ kind: 'hold', requestId: ask.requestId });
    held = candidate;
    alive ??= setInterval(() => {
      // Gone (reloaded, updated, disabled): stop answering, and the page sends the request unchanged by itself.
      if (!deps.extensionAlive()) return stopAlive();
      if (held?.request) deps.channel.answer({ kind: 'alive', requestIds: held.request.ids });
      // An upload that never arrives must not hold the post for ever: look again.
      if (held?.request && deps.now() - held.request.since >= ARRIVING_MS) evaluate();
    }, 150);
    evaluate();
  };

  const options = { capture: true, signal: deps.signal };
  const gesture = (event: Event) => {
    if (event.isTrusted) lastGesture = deps.now();
  };
  window.addEventListener('pointerdown', gesture, options);
  window.addEventListener('keydown', gesture, options);
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest(X.postButton) : null;
      if (!button) return;
      if (button === bypass) {
        bypass = null;
        return;
      }
      intercept(event, button);
    },
    options,
  );
  window.addEventListener(
    'keydown',
    (event) => {
      if (!isPostShortcut(event)) return;
      const box = event.target instanceof Element ? event.target.closest(X.textBox) : null;
      if (box) intercept(event, box);
    },
    options,
  );
  deps.signal.addEventListener('abort', stopAlive, { once: true });

  return {
    /** The tab's items changed: a held post may now go, or show a new reason to wait; the cleared ids change. */
    update(): void {
      publishCleared();
      evaluate();
    },
    onAsk,
    /** "Post without a description" answered yes (Remind). */
    confirmWithoutDescription() {
      if (held) held.reminded = true;
      if (held) approve(held);
      evaluate();
    },
    /** Post anyway: the user's choice beats any failure or wait. */
    postAnyway: release,
    /** Describe first: a held request keeps waiting (X's composer shows it posting); a held click is let go of. */
    describe(): string | undefined {
      if (!held) return undefined;
      // Held at the request before its items were known: their composer is known now.
      const id = heldItems(held)[0]?.composerId ?? held.composerId;
      if (!held.request) {
        held = null;
        deps.show(null);
      }
      return id;
    },
    /** Cancel: nothing is posted; a held request fails as a network error would, and X keeps the composer as it was. */
    cancel() {
      const h = held;
      held = null;
      stopAlive();
      for (const requestId of h?.request?.ids ?? []) deps.channel.answer({ kind: 'cancel', requestId });
      deps.show(null);
    },
  };
}

export type PostHold = ReturnType<typeof holdPosts>;
