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
// Not X.tile ([role=group]): X's timeline posts carry role=group action bars, and a tile is inside attachments anyway.
const RELEVANT = `${X.attachments}, ${X.ownMedia}`;

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

  // Removed tiles are only noticed on a later look: while any tile is known, look again now and then (a page without
  // tiles runs no timer at all).
  let sweep: ReturnType<typeof setInterval> | undefined;
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
    // Forgotten: tiles not on the page now, and not for a while (X re-renders a composer in milliseconds). Only
    // after this look: a quiet page goes 10 s between looks, and a tile it still shows must never be forgotten.
    for (const [key, info] of known) {
      if (!media.has(key) && now - info.lastSeen > FORGET_AFTER_MS) {
        known.delete(key);
        forgotten.push(key);
      }
    }
    if (known.size > 0) sweep ??= setInterval(schedule, FORGET_AFTER_MS);
    else if (sweep !== undefined) {
      clearInterval(sweep);
      sweep = undefined;
    }
    const signature = JSON.stringify(
      tiles.map(({ thumbnail, fingerprint, ...rest }) => [rest, thumbnail !== undefined, fingerprint !== undefined]),
    );
    // X may replace a tile's elements without changing anything the tile says: its badge must follow.
    const elements = [...media.values()].map((own) => own.tile);
    const moved = elements.length !== lastElements.length || elements.some((tile, i) => tile !== lastElements[i]);
    lastElements = elements;
    if (signature !== last || moved) {
      last = signature;
      onChange(tiles, media);
    }
  };

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    queueMicrotask(scan);
  };

  // The mutated node itself is only looked up (never searched: it may be the whole timeline); added and removed
  // subtrees are searched, and they are small.
  const inside = (node: Node): boolean =>
    node instanceof Element && (node.matches(RELEVANT) || node.closest(X.attachments) !== null);
  const contains = (node: Node): boolean =>
    node instanceof Element && (node.matches(RELEVANT) || node.querySelector(RELEVANT) !== null);

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (inside(record.target) || [...record.addedNodes].some(contains) || [...record.removedNodes].some(contains)) {
        schedule();
        return;
      }
    }
  });
  // Not aria-label: X's timeline changes labels all the time (counts); X's own description is read when the composer
  // re-renders after X's media editor, as it does.
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['src'],
  });
  // A picture is read once it has loaded: a load inside an attachments area asks for another look.
  const onLoad = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(X.attachments)) schedule();
  };
  document.addEventListener('load', onLoad, { capture: true, signal });
  document.addEventListener('loadeddata', onLoad, { capture: true, signal });
  document.addEventListener('error', onLoad, { capture: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  schedule();
  signal.addEventListener('abort', () => clearInterval(sweep), { once: true });
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
