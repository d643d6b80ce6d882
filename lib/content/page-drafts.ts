import { applyDefaults, type DraftWithDefaults } from '../draft/defaults';
import { emptyDraft, type MetadataDraft } from '../draft/draft';
import type { ItemView, TabState } from '../media/views';
import { sendMessage } from '../messages/send';
import { markAfterInput, type SuggestionMark } from '../suggest/insert';

const DRAFT_DEBOUNCE_MS = 150;

/**
 * The descriptions being typed on this page, one per media id, in `drafts` (the page's view): what the user typed
 * here is the newest, and goes to the background's store debounced (storing a draft publishes nothing).
 */
export function createPageDrafts(
  drafts: Record<string, DraftWithDefaults>,
  /** Inserted suggestions not edited yet (lib/suggest): an edit to the field may end one. */
  marks: Record<string, SuggestionMark>,
  changed: () => void,
) {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** Media ids whose draft the user edited on this page: `drafts` holds their newest draft. */
  const typedHere = new Set<string>();

  function flush(mediaId: string): void {
    const timer = pending.get(mediaId);
    if (timer === undefined) return;
    clearTimeout(timer);
    pending.delete(mediaId);
    const draft = drafts[mediaId]?.draft;
    if (draft) void sendMessage('draft/update', { mediaId, draft });
  }

  function edited(mediaId: string, draft: MetadataDraft): void {
    typedHere.add(mediaId);
    drafts[mediaId] = { draft, defaultFields: drafts[mediaId]?.defaultFields ?? [] };
    const mark = markAfterInput(marks[mediaId], draft.alt_text);
    if (mark) marks[mediaId] = mark;
    else delete marks[mediaId];
    clearTimeout(pending.get(mediaId));
    pending.set(
      mediaId,
      setTimeout(() => flush(mediaId), DRAFT_DEBOUNCE_MS),
    );
    changed();
  }

  return {
    edited,
    flush,
    flushAll(): void {
      for (const mediaId of pending.keys()) flush(mediaId);
    },

    /**
     * The item with the newest draft: the background's copy lags behind (keystrokes are sent debounced), and a Post
     * right after typing must use what was typed.
     */
    newest(item: ItemView): ItemView {
      return item.mediaId && typedHere.has(item.mediaId)
        ? { ...item, draft: drafts[item.mediaId]?.draft ?? item.draft }
        : item;
    },

    /** The tab's items as the background now has them: a draft for each, the one typed here where there is one. */
    follow(tab: TabState): void {
      // Drafts of media no longer on the page stay in the background's store, not here (a long session would grow).
      const shown = new Set(tab.items.flatMap((item) => (item.mediaId ? [item.mediaId] : [])));
      for (const mediaId of Object.keys(drafts)) {
        if (!shown.has(mediaId) && !pending.has(mediaId)) {
          delete drafts[mediaId];
          typedHere.delete(mediaId);
        }
      }
      for (const item of tab.items) {
        if (!item.mediaId) continue;
        const local = drafts[item.mediaId];
        // Typed on this page: ours is the newest (the background's copy may be an older keystroke, its writes racing).
        if (local && (pending.has(item.mediaId) || typedHere.has(item.mediaId))) continue;
        drafts[item.mediaId] = item.draft
          ? { draft: item.draft, defaultFields: local?.defaultFields ?? [] }
          : (local ?? applyDefaults(emptyDraft(), tab.settings.defaults, tab.settings.endpointForm));
      }
    },

    /** The tile shows `to`, not `from` as thought: the description being written for it follows the tile. */
    carry(from: string, to: string, items: readonly ItemView[]): void {
      const draft = drafts[from]?.draft ?? items.find((i) => i.mediaId === from)?.draft;
      if (!draft || typedHere.has(to)) return;
      if (typedHere.has(from) || draft.alt_text.trim() !== '') edited(to, draft);
    },
  };
}
