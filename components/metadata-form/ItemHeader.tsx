import { t } from '../../lib/i18n';
import type { MetadataFormItem } from './MetadataForm';

/** The thumbnail is decorative (alt=""): the group is named by the label, and the description is being written. */
export function ItemHeader({ item, labelId }: { item: MetadataFormItem; labelId: string }) {
  return (
    <div class="mf-header">
      {item.thumbnailUrl ? (
        <img class="mf-thumb" src={item.thumbnailUrl} alt="" />
      ) : (
        <span class="mf-thumb mf-thumb-empty" aria-hidden="true" />
      )}
      <span class="mf-item-label" id={labelId}>
        {item.label}
      </span>
      {item.kind !== 'image' && <span class="mf-kind">{t(`form.kind.${item.kind}`)}</span>}
    </div>
  );
}
