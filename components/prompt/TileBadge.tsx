import { dirOf, getLocale, t } from '../../lib/i18n';
import type { ItemStatus } from '../../lib/media/item-status';

/**
 * The item's state at a glance on its tile; a button that opens the prompt for it. Media described in X's own editor
 * (and nothing of ours pending) says so: X sends that description itself when the user posts.
 */
export function TileBadge({ status, fromX, onOpen }: { status: ItemStatus; fromX?: boolean; onOpen(): void }) {
  const state = fromX && status.kind === 'unsaved' ? 'xEditor' : status.kind;
  return (
    <button
      type="button"
      class={`badge badge-${state === 'xEditor' ? 'applied' : state}`}
      lang={getLocale()}
      dir={dirOf(getLocale())}
      aria-label={t(`badge.${state}`)}
      onClick={onOpen}
    >
      {t(`badge.short.${state}`)}
    </button>
  );
}
