import { dirOf, getLocale, t } from '../../lib/i18n';
import type { ItemStatus } from '../../lib/media/item-status';

/** The item's state at a glance on its tile; a button that opens the prompt for it. */
export function TileBadge({ status, onOpen }: { status: ItemStatus; onOpen(): void }) {
  return (
    <button
      type="button"
      class={`badge badge-${status.kind}`}
      lang={getLocale()}
      dir={dirOf(getLocale())}
      aria-label={t(`badge.${status.kind}`)}
      onClick={onOpen}
    >
      {t(`badge.short.${status.kind}`)}
    </button>
  );
}
