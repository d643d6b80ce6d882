import { t } from '../../lib/i18n';
import type { ItemView } from '../../lib/media/views';

/** "Image 2", "GIF", "Video"; with the post's number when the thread has several posts. */
export function itemLabel(item: ItemView, severalPosts: boolean): string {
  const label = item.kind === 'image' ? t('prompt.item.image', { n: item.index + 1 }) : t(`prompt.item.${item.kind}`);
  return severalPosts ? t('prompt.item.inPost', { post: item.post + 1, label }) : label;
}
