import type { Tile } from '../media/item';
import { type OwnMedia, readComposers } from '../x/composer-reader';
import { X } from '../x/selectors';
import { type AttachBatch, watchAttachments } from './attach-watcher';
import { makeThumbnail } from './thumbnail';

interface Known {
  attachedAt: number;
  size?: number;
  thumbnail?: string;
  /** Last scan that found the tile: what a removed tile leaves is forgotten once it has been gone a while. */
  seenAt: number;
}

/** A batch's files wait this long for their tiles; later tiles are not theirs. */
const BATCH_LIFETIME_MS = 30_000;
/** X re-renders a composer in milliseconds; a tile gone for this long was removed. */
const FORGET_AFTER_MS = 10_000;
const RELEVANT = `${X.attachments}, ${X.ownMedia}`;

/**
 * Keeps the list of the user's own media tiles on the page and reports it whenever it changes. Observes the DOM
 * (never polls), and looks closer only when a mutation touches an attachments area or a media element, so a busy
 * timeline costs next to nothing. Everything stops when `signal` aborts.
 */
export function trackTiles(signal: AbortSignal, onChange: (tiles: Tile[], media: Map<string, OwnMedia>) => void): void {
  const known = new Map<string, Known>();
  let batches: AttachBatch[] = [];
  let scheduled = false;
  let last = '';

  watchAttachments(signal, (batch) => {
    batches = [...batches.filter((b) => batch.at - b.at < BATCH_LIFETIME_MS), batch];
  });

  const scan = () => {
    scheduled = false;
    const now = Date.now();
    for (const [key, info] of known) if (now - info.seenAt > FORGET_AFTER_MS) known.delete(key);
    const media = new Map<string, OwnMedia>();
    const tiles: Tile[] = [];
    for (const composer of readComposers()) {
      for (const own of composer.media) {
        media.set(own.key, own);
        const info = known.get(own.key) ?? remember(own, composer.root);
        info.seenAt = now;
        info.thumbnail ??= makeThumbnail(own.element);
        const { kind, post, index, key } = own;
        tiles.push({
          key,
          composerId: composer.id,
          post,
          index,
          kind,
          attachedAt: info.attachedAt,
          size: info.size,
          thumbnail: info.thumbnail,
        });
      }
    }
    const signature = JSON.stringify(tiles.map(({ thumbnail, ...rest }) => [rest, thumbnail !== undefined]));
    if (signature !== last) {
      last = signature;
      onChange(tiles, media);
    }
  };

  /** A tile seen for the first time takes the next file of the most recent batch attached to its composer. */
  const remember = (own: OwnMedia, root: HTMLElement): Known => {
    const batch = [...batches].reverse().find((b) => (b.root === null || b.root === root) && b.files.length > 0);
    const file = batch?.files.shift();
    const info: Known = { attachedAt: batch?.at ?? 0, size: file?.size, seenAt: Date.now() };
    known.set(own.key, info);
    return info;
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
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  // A thumbnail is made once its image has loaded: a load inside an attachments area asks for another look.
  const onLoad = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(X.attachments)) schedule();
  };
  document.addEventListener('load', onLoad, { capture: true, signal });
  document.addEventListener('loadeddata', onLoad, { capture: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  schedule();
}
