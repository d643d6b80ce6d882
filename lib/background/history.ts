import { type HistoryEntry, HistoryEntrySchema } from '../media/views';
import { storedItem } from '../storage/stored-item';
import { z } from '../zod';

/** What actually reached X, newest first, capped: the popup's "recently applied" list. */
const MAX_ENTRIES = 50;

export function createHistory() {
  const store = storedItem('local', 'history', z.array(HistoryEntrySchema), () => []);
  return {
    list: () => store.get(),
    async add(entry: HistoryEntry): Promise<void> {
      await store.update((entries) =>
        [entry, ...entries.filter((e) => e.mediaId !== entry.mediaId)].slice(0, MAX_ENTRIES),
      );
    },
    clear: () => store.remove(),
  };
}

export type History = ReturnType<typeof createHistory>;
