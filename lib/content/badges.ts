import type { ItemStatus } from '../media/item-status';
import type { OwnMedia } from '../x/composer-reader';

export interface BadgeHost {
  container: HTMLElement;
}

const TAG = 'alt-text-for-x-badge';
const INSET = 6;
/** X's own controls on or over a tile: its buttons and links (Remove, Edit, Flag, "Add description", ALT). */
const CONTROLS = 'button, a[href], [role="button"], [role="link"], input, [tabindex]:not([tabindex="-1"])';

type Corner = 'top-left' | 'bottom-right' | 'bottom-left' | 'top-right';
const CORNERS: Corner[] = ['top-left', 'bottom-right', 'bottom-left', 'top-right'];

/**
 * One small host element per tile, with its own shadow root, placed in a corner of the tile where it covers none of
 * X's own controls (X's buttons move with the tile's width and the page's language). X re-renders tiles freely: a
 * host whose tile X replaced or removed is made again on the next look. `render` fills each host; `clear` empties it
 * when its tile goes: the page may keep its old tiles' elements (and so our hosts in them) alive long after, and
 * nothing of ours should live on with them.
 */
export function createBadges(
  css: string,
  render: (container: HTMLElement, status: ItemStatus, key: string) => void,
  clear: (container: HTMLElement) => void,
) {
  const hosts = new Map<string, HTMLElement>();
  const drop = (key: string) => {
    const host = hosts.get(key);
    hosts.delete(key);
    if (!host) return;
    const container = host.shadowRoot?.lastElementChild;
    if (container instanceof HTMLElement) clear(container);
    host.shadowRoot?.replaceChildren();
    host.remove();
  };

  return {
    sync(media: Map<string, OwnMedia>, statusOf: (key: string) => ItemStatus | undefined): void {
      for (const [key, host] of hosts) if (!media.has(key) || !host.isConnected) drop(key);
      for (const [key, own] of media) {
        const status = statusOf(key);
        let host = hosts.get(key);
        if (!status) {
          drop(key);
          continue;
        }
        if (!host || host.parentElement !== own.tile) {
          drop(key);
          host = document.createElement(TAG);
          host.style.cssText = 'position:absolute;z-index:1;';
          const shadow = host.attachShadow({ mode: 'open' });
          const style = document.createElement('style');
          style.textContent = css;
          shadow.append(style, document.createElement('div'));
          own.tile.append(host);
          hosts.set(key, host);
        }
        render(host.shadowRoot?.lastElementChild as HTMLElement, status, key);
        place(host, own.tile);
      }
    },
    /** The tiles' sizes changed (window resized): find each badge a free corner again. */
    relayout(): void {
      for (const host of hosts.values()) if (host.parentElement) place(host, host.parentElement);
    },
    removeAll(): void {
      for (const key of [...hosts.keys()]) drop(key);
    },
  };
}

/** Puts the badge in the first corner of the tile that overlaps none of X's controls (else the least covered one). */
function place(host: HTMLElement, tile: HTMLElement): void {
  const box = tile.getBoundingClientRect();
  const badge = host.getBoundingClientRect();
  if (box.width === 0 || badge.width === 0) return;
  const controls = [...tile.querySelectorAll<HTMLElement>(CONTROLS)]
    .filter((control) => !host.contains(control))
    .map((control) => control.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0);
  let best: { corner: Corner; covered: number } | undefined;
  for (const corner of CORNERS) {
    const left = corner.endsWith('left') ? box.left + INSET : box.right - INSET - badge.width;
    const top = corner.startsWith('top') ? box.top + INSET : box.bottom - INSET - badge.height;
    const covered = controls.reduce((sum, rect) => sum + overlap(left, top, badge.width, badge.height, rect), 0);
    if (!best || covered < best.covered) best = { corner, covered };
    if (covered === 0) break;
  }
  const corner = best?.corner ?? 'top-left';
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  host.style.top = vertical === 'top' ? `${INSET}px` : '';
  host.style.bottom = vertical === 'bottom' ? `${INSET}px` : '';
  host.style.left = horizontal === 'left' ? `${INSET}px` : '';
  host.style.right = horizontal === 'right' ? `${INSET}px` : '';
}

function overlap(left: number, top: number, width: number, height: number, rect: DOMRect): number {
  const x = Math.max(0, Math.min(left + width, rect.right) - Math.max(left, rect.left));
  const y = Math.max(0, Math.min(top + height, rect.bottom) - Math.max(top, rect.top));
  return x * y;
}
