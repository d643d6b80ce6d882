import type { Fingerprint } from '../pairing/fingerprint';
import { fingerprintOf } from '../pairing/fingerprint';
import { type OwnMedia, readComposers } from '../x/composer-reader';
import { X } from '../x/selectors';
import { makeThumbnail } from './thumbnail';

/** A media tile on the page, as the DOM shows it. Pairing with its upload happens elsewhere (lib/pairing). */
export interface TrackedTile {
  key: string;
  composerId: string;
  post: number;
  index: number;
  kind: 'image' | 'video';
  seenAt: number;
  fingerprint?: Fingerprint;
  unreadable?: boolean;
  thumbnail?: string;
  /** X's own alt text for the tile, when its aria-label holds one rather than X's default word. */
  xAltText?: string;
}

interface Known {
  seenAt: number;
  fingerprint?: Fingerprint;
  unreadable?: boolean;
  thumbnail?: string;
  /** Last scan that found the tile: what a removed tile leaves is forgotten once it has been gone a while. */
  lastSeen: number;
}

/** X re-renders a composer in milliseconds; a tile gone for this long was removed. */
const FORGET_AFTER_MS = 10_000;

/**
 * Keeps the list of the user's media tiles on the page and reports it whenever it changes. Observes the DOM (never
 * polls), and looks closer only when a mutation touches an attachments area or a media element, so a busy timeline
 * costs next to nothing. Everything stops when `signal` aborts.
 *
 * X's own description: a tile's aria-label is X's alt text when X holds one, else X's default word ("Media", in the
 * page's language). The default is learnt from tiles as they first appear (nobody has described them yet).
 */
export function trackTiles(
  signal: AbortSignal,
  onChange: (tiles: TrackedTile[], media: Map<string, OwnMedia>) => void,
): { forgotten(): string[] } {
  const known = new Map<string, Known>();
  const defaults = new Set<string>();
  let forgotten: string[] = [];
  let scheduled = false;
  let last = '';
  let lastElements: HTMLElement[] = [];

  // A tile gone is forgotten by a look when it has been gone long enough: one timer, for the earliest such tile (a
  // page whose tiles are all there runs no timer at all).
  let forgetLook: ReturnType<typeof setTimeout> | undefined;
  const scan = () => {
    scheduled = false;
    const now = Date.now();
    const media = new Map<string, OwnMedia>();
    const tiles: TrackedTile[] = [];
    for (const composer of readComposers()) {
      for (const own of composer.media) {
        media.set(own.key, own);
        let info = known.get(own.key);
        if (!info) {
          info = { seenAt: now, lastSeen: now };
          known.set(own.key, info);
          if (own.label) defaults.add(own.label);
        }
        info.lastSeen = now;
        describePicture(own, info);
        lookOnLoad(own.element);
        const label = own.label.trim();
        tiles.push({
          key: own.key,
          composerId: composer.id,
          post: own.post,
          index: own.index,
          kind: own.kind,
          seenAt: info.seenAt,
          fingerprint: info.fingerprint,
          unreadable: info.unreadable,
          thumbnail: info.thumbnail,
          xAltText: label && !defaults.has(own.label) ? label.slice(0, 1000) : undefined,
        });
      }
    }
    // Forgotten: tiles not on the page now, and not for a while (X re-renders a composer in milliseconds). Only on a
    // look: a tile the page still shows must never be forgotten.
    const forgettingBefore = forgotten.length;
    let nextForget = Number.POSITIVE_INFINITY;
    for (const [key, info] of known) {
      if (media.has(key)) continue;
      if (now - info.lastSeen > FORGET_AFTER_MS) {
        known.delete(key);
        forgotten.push(key);
      } else nextForget = Math.min(nextForget, info.lastSeen + FORGET_AFTER_MS);
    }
    clearTimeout(forgetLook);
    // A little after the moment (a tile is forgotten once gone *more* than FORGET_AFTER_MS, and timers may fire early).
    forgetLook = nextForget < Number.POSITIVE_INFINITY ? setTimeout(schedule, nextForget - now + 50) : undefined;
    const signature = JSON.stringify(
      tiles.map(({ thumbnail, fingerprint, ...rest }) => [rest, thumbnail !== undefined, fingerprint !== undefined]),
    );
    // X may replace a tile's elements without changing anything the tile says: its badge must follow.
    const elements = [...media.values()].map((own) => own.tile);
    const moved = elements.length !== lastElements.length || elements.some((tile, i) => tile !== lastElements[i]);
    lastElements = elements;
    // Tiles just forgotten count as a change even when the page shows the same: the listener then lets go of what it
    // kept for them (their uploads, thumbnails and ties), instead of holding it until the next change on the page.
    if (signature !== last || moved || forgotten.length > forgettingBefore) {
      last = signature;
      onChange(tiles, media);
    }
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    queueMicrotask(scan);
  };

  // A picture is read once it has loaded, and X may point a tile's element at other bytes (a crop, the uploaded copy):
  // each of the user's media elements asks for a look whenever it loads or fails, for as long as it lives. Listened to
  // on those elements only, never on the document (a timeline loads hundreds of pictures, and each would call us), and
  // in place of watching `src` attributes, which would make every attribute change on the page ask for observers.
  const listened = new WeakSet<Element>();
  const lookOnLoad = (element: HTMLImageElement | HTMLVideoElement) => {
    if (listened.has(element)) return;
    listened.add(element);
    // No abort signal: it would hold every element it was given for the page's life. `schedule` does nothing once
    // the tracker is stopped, and the listener goes with the element.
    for (const type of element instanceof HTMLVideoElement ? ['loadeddata', 'error'] : ['load', 'error']) {
      element.addEventListener(type, schedule);
    }
  };

  // What matters is an attachments area, or anything in one: the user's media are read there only (a blob: picture
  // elsewhere is not a tile; a [role=group] elsewhere is a timeline post's action bar). The mutated node itself is
  // only looked up (never searched: it may be the whole timeline); added and removed subtrees are searched for the
  // one attribute, and they are small.
  const inside = (node: Node): boolean => node instanceof Element && node.closest(X.attachments) !== null;
  const contains = (node: Node): boolean =>
    node instanceof Element && (node.matches(X.attachments) || node.querySelector(X.attachments) !== null);

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (inside(record.target) || [...record.addedNodes].some(contains) || [...record.removedNodes].some(contains)) {
        schedule();
        return;
      }
    }
  });
  // Elements only, no attributes (see lookOnLoad): X's own description (a tile's aria-label) is read when the composer
  // re-renders after X's media editor, as it does.
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  schedule();
  signal.addEventListener('abort', () => clearTimeout(forgetLook), { once: true });
  return {
    /** Keys of tiles gone for good since the last call. */
    forgotten() {
      const gone = forgotten;
      forgotten = [];
      return gone;
    },
  };
}

/** Thumbnail and fingerprint, made once, when the picture has loaded. */
function describePicture(own: OwnMedia, info: Known): void {
  if (info.thumbnail === undefined) info.thumbnail = makeThumbnail(own.element);
  if (info.fingerprint !== undefined || info.unreadable || own.kind !== 'image') return;
  const image = own.element as HTMLImageElement;
  if (!image.complete) return;
  if (image.naturalWidth === 0) {
    info.unreadable = true; // broken image
    return;
  }
  info.fingerprint = fingerprintOf(image);
  info.unreadable = info.fingerprint === undefined;
}
