import { X } from './selectors';

/**
 * Reads composers and the user's own media tiles from x.com's DOM. Pure functions of the DOM: no observers, no
 * state, so each is tested on fixtures.
 */

export interface OwnMedia {
  /** The tile's media address: a blob: URL for an upload from the device, the GIF's https URL for X's GIF search. */
  key: string;
  element: HTMLImageElement | HTMLVideoElement;
  /** The tile element to decorate (X's [role=group] tile, or the media's parent when X changes that). */
  tile: HTMLElement;
  /** How the page shows it; whether it is a GIF only the upload's category says. */
  kind: 'image' | 'video';
  /** Which post of the composer's thread (from its tweetTextarea_N), and the tile's position in it. */
  post: number;
  index: number;
  /** The tile's aria-label: X's own alt text when X holds one, else X's default word for it. */
  label: string;
}

export interface Composer {
  id: string;
  root: HTMLElement;
  postButton: HTMLElement | null;
  media: OwnMedia[];
}

/**
 * The composer that holds `element`: the nearest ancestor that contains a text box and a Post button. A reply box,
 * the inline composer and the modal one are each their own composer; a thread is one composer with several posts.
 */
export function composerRootOf(element: Element): HTMLElement | null {
  const root = nearestWithBoxAndButton(element);
  // Outside every composer, the nearest such ancestor is only something around one (the page, a timeline list
  // holding a reply box): it is a composer's root only if it is its own text box's nearest one.
  const box = root?.querySelector(X.textBox);
  return root && box && nearestWithBoxAndButton(box) === root ? root : null;
}

function nearestWithBoxAndButton(element: Element): HTMLElement | null {
  let node: Element | null = element;
  while (node && node !== document.body) {
    if (node.querySelector(X.textBox) && node.querySelector(X.postButton)) return node as HTMLElement;
    node = node.parentElement;
  }
  return null;
}

/** A stable name for a composer across re-renders: modal, or inline/reply by its order on the page. */
export function composerId(root: HTMLElement): string {
  if (root.closest(X.layers)) return 'modal';
  const others = [...document.querySelectorAll<HTMLElement>(X.textBox)]
    .map((box) => composerRootOf(box))
    .filter(
      (found, i, all): found is HTMLElement => found !== null && all.indexOf(found) === i && !found.closest(X.layers),
    );
  return `inline-${Math.max(0, others.indexOf(root))}`;
}

/** Every composer on the page with its own media, in document order. */
export function readComposers(doc: Document = document): Composer[] {
  const roots: HTMLElement[] = [];
  for (const box of doc.querySelectorAll(X.textBox)) {
    const root = composerRootOf(box);
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots.map((root) => ({
    id: composerId(root),
    root,
    postButton: root.querySelector<HTMLElement>(X.postButton),
    media: ownMedia(root),
  }));
}

/** The user's uploads inside a composer: own media in attachments areas, never a quoted post's images. */
export function ownMedia(root: HTMLElement): OwnMedia[] {
  const found: OwnMedia[] = [];
  for (const area of root.querySelectorAll<HTMLElement>(X.attachments)) {
    const post = postIndexOf(area, root);
    let index = 0;
    for (const match of area.querySelectorAll(`${X.ownMedia}, ${X.remoteTileMedia}`)) {
      if (match.closest(X.quotedPost)) continue;
      const element = match instanceof HTMLSourceElement ? match.closest('video') : match;
      const key = match.getAttribute('src') ?? '';
      if (!(element instanceof HTMLImageElement || element instanceof HTMLVideoElement)) continue;
      if (!key || found.some((m) => m.key === key || m.element === element)) continue;
      const group = element.closest<HTMLElement>(X.tile);
      const tile = group ?? element.parentElement ?? area;
      const kind = element instanceof HTMLVideoElement ? 'video' : 'image';
      found.push({ key, element, tile, kind, post, index: index++, label: group?.getAttribute('aria-label') ?? '' });
    }
  }
  return found;
}

/**
 * The post of a thread an attachments area belongs to: the N of the tweetTextarea_N editor in the nearest cell
 * holding exactly one editor. (X wraps each editor in a tweetTextarea_NRichTextInputContainer: counting elements
 * whose test id starts with tweetTextarea_ would see two per post.)
 */
function postIndexOf(area: HTMLElement, root: HTMLElement): number {
  let node: HTMLElement | null = area;
  while (node && node !== root.parentElement) {
    const boxes = node.querySelectorAll(X.textBox);
    if (boxes.length === 1) {
      const match = /^tweetTextarea_(\d+)$/.exec(boxes[0]?.getAttribute('data-testid') ?? '');
      return match ? Number(match[1]) : 0;
    }
    if (boxes.length > 1) return 0;
    node = node.parentElement;
  }
  return 0;
}
