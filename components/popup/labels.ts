import { t } from '../../lib/i18n';
import type { ItemView } from '../../lib/media/views';

/** Reading order: composers as first seen, then the thread's posts, then the position in the post. */
export function sortItems(items: readonly ItemView[]): ItemView[] {
  const composerRank = new Map<string, number>();
  for (const item of items) {
    if (!composerRank.has(item.composerId)) composerRank.set(item.composerId, composerRank.size);
  }
  const rank = (item: ItemView) => composerRank.get(item.composerId) ?? 0;
  return [...items].sort((a, b) => rank(a) - rank(b) || a.post - b.post || a.index - b.index);
}

const postKey = (item: ItemView) => `${item.composerId}\n${item.post}`;
const kindKey = (item: ItemView) => `${postKey(item)}\n${item.kind}`;

/**
 * Each item's name, keyed by tile key: "Image 1", "GIF", "Video", and "Post 2 · Image 1" when the media spans
 * several posts of its thread. Images are always numbered (a post holds up to four); a GIF or video only when its
 * post has several. Names are unique, because each one names a form group that people and tests look up.
 */
export function itemLabels(items: readonly ItemView[]): Map<string, string> {
  const sorted = sortItems(items);
  const postsOf = new Map<string, Set<number>>();
  for (const item of sorted) postsOf.set(item.composerId, (postsOf.get(item.composerId) ?? new Set()).add(item.post));
  const perKind = new Map<string, number>();
  for (const item of sorted) perKind.set(kindKey(item), (perKind.get(kindKey(item)) ?? 0) + 1);

  const ordinal = new Map<string, number>();
  const used = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const item of sorted) {
    const n = (ordinal.get(kindKey(item)) ?? 0) + 1;
    ordinal.set(kindKey(item), n);
    const numbered = item.kind === 'image' || (perKind.get(kindKey(item)) ?? 0) > 1;
    let label = numbered ? t(`popup.label.${item.kind}.n`, { n }) : t(`popup.label.${item.kind}`);
    if ((postsOf.get(item.composerId)?.size ?? 0) > 1) label = t('popup.label.post', { post: item.post + 1, label });
    // Two composers on one page (inline and modal) can both hold an "Image 1".
    const seen = (used.get(label) ?? 0) + 1;
    used.set(label, seen);
    labels.set(item.tileKey, seen > 1 ? t('popup.label.repeat', { label, n: seen }) : label);
  }
  return labels;
}
