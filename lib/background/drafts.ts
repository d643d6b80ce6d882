import type { MetadataDraft } from '../draft/draft';
import { MetadataDraftSchema } from '../draft/draft';
import { storedItem } from '../storage/stored-item';
import { z } from '../zod';

/**
 * Drafts per media id, kept from the first keystroke. Private windows' drafts go to storage.session (gone when the
 * browser closes); others to storage.local. Old drafts are dropped after their media id can no longer be used.
 */
const DraftEntrySchema = z.object({ draft: MetadataDraftSchema, updatedAt: z.number() });
const DraftsSchema = z.record(z.string(), DraftEntrySchema);
type Drafts = z.infer<typeof DraftsSchema>;

const KEEP_MS = 2 * 24 * 60 * 60 * 1000;
const MAX_DRAFTS = 200;

export function createDraftStore(now: () => number) {
  const stores = {
    local: storedItem('local', 'drafts', DraftsSchema, () => ({})),
    session: storedItem('session', 'privateDrafts', DraftsSchema, () => ({})),
  };
  let chain: Promise<unknown> = Promise.resolve();
  // Only this module writes drafts, so a copy in memory stays true while the background lives (it is read on every
  // tab update: keystrokes and status changes).
  let cache: Promise<Record<string, MetadataDraft>> | undefined;
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = chain.then(work);
    chain = run.catch(() => {});
    return run;
  };
  const prune = (drafts: Drafts): Drafts =>
    Object.fromEntries(
      Object.entries(drafts)
        .filter(([, entry]) => now() - entry.updatedAt < KEEP_MS)
        .sort(([, a], [, b]) => b.updatedAt - a.updatedAt)
        .slice(0, MAX_DRAFTS),
    );

  return {
    all(): Promise<Record<string, MetadataDraft>> {
      cache ??= Promise.all([stores.local.get(), stores.session.get()]).then(([local, session]) => {
        const merged: Drafts = { ...local, ...session };
        return Object.fromEntries(Object.entries(merged).map(([id, entry]) => [id, entry.draft]));
      });
      return cache;
    },
    set(mediaId: string, draft: MetadataDraft, incognito: boolean): Promise<void> {
      const store = incognito ? stores.session : stores.local;
      return serial(async () => {
        cache = undefined;
        await store.update((drafts) => prune({ ...drafts, [mediaId]: { draft, updatedAt: now() } }));
        cache = undefined;
      });
    },
    clear(): Promise<void> {
      return serial(async () => {
        cache = undefined;
        await stores.local.remove();
        await stores.session.remove();
      });
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
