import type { ItemStatus } from '../media/item-status';
import type { OwnMedia } from '../x/composer-reader';

export interface BadgeHost {
  container: HTMLElement;
}

const TAG = 'alt-text-for-x-badge';

/**
 * One small host element per tile, with its own shadow root, placed in the tile's corner. X re-renders tiles
 * freely; a host that X removed is simply made again on the next look. `render` fills each host.
 */
export function createBadges(css: string, render: (container: HTMLElement, status: ItemStatus, key: string) => void) {
  const hosts = new Map<string, HTMLElement>();

  return {
    sync(media: Map<string, OwnMedia>, statusOf: (key: string) => ItemStatus | undefined): void {
      for (const [key, host] of hosts) {
        if (!media.has(key) || !host.isConnected) {
          host.remove();
          hosts.delete(key);
        }
      }
      for (const [key, own] of media) {
        const status = statusOf(key);
        if (!status) continue;
        let host = hosts.get(key);
        if (!host || host.parentElement !== own.tile) {
          host?.remove();
          host = document.createElement(TAG);
          // Top left: X puts its edit and remove buttons top right and its own "Add description" link bottom left.
          host.style.cssText = 'position:absolute;left:6px;top:6px;z-index:1;';
          const shadow = host.attachShadow({ mode: 'open' });
          const style = document.createElement('style');
          style.textContent = css;
          shadow.append(style, document.createElement('div'));
          own.tile.append(host);
          hosts.set(key, host);
        }
        render(host.shadowRoot?.lastElementChild as HTMLElement, status, key);
      }
    },
    removeAll(): void {
      for (const host of hosts.values()) host.remove();
      hosts.clear();
    },
  };
}
