import { t } from '../../lib/i18n';
import type { ItemView } from '../../lib/media/views';
import type { Settings } from '../../lib/settings/settings';
import { type ItemActions, ItemCard } from './ItemCard';
import { itemLabels, sortItems } from './labels';

export interface ItemListProps extends ItemActions {
  items: readonly ItemView[];
  settings: Settings;
  now: () => number;
}

/** The composer's media in reading order, one form per item. */
export function ItemList({ items, settings, now, ...actions }: ItemListProps) {
  const labels = itemLabels(items);
  return (
    <section class="popup-items" aria-labelledby="popup-items-heading">
      <h2 id="popup-items-heading">{t('popup.items.heading')}</h2>
      <ul>
        {sortItems(items).map((item) => (
          <li key={item.tileKey}>
            <ItemCard item={item} label={labels.get(item.tileKey) ?? ''} settings={settings} now={now} {...actions} />
          </li>
        ))}
      </ul>
    </section>
  );
}
