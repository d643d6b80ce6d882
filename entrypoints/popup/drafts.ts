import type { MetadataDraft } from '../../lib/draft';

export interface DraftSender {
  /** Queues the item's latest draft; it is sent at most `delayMs` after the first unsent change. */
  update(mediaId: string, draft: MetadataDraft): void;
  /** Sends everything queued now: before a save, and when the popup is closing. */
  flush(): void;
}

/**
 * Drafts go to the background from the first keystroke, batched so typing does not send one message per key. A
 * throttle, not a debounce: a steady typist still gets their text stored every `delayMs`. A send that fails (the
 * background restarting) is queued again unless a newer draft replaced it, and goes with the next flush.
 */
export function createDraftSender(
  send: (mediaId: string, draft: MetadataDraft) => Promise<boolean>,
  delayMs = 150,
): DraftSender {
  const pending = new Map<string, MetadataDraft>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    for (const [mediaId, draft] of pending) {
      void send(mediaId, draft).then((sent) => {
        if (!sent && !pending.has(mediaId)) pending.set(mediaId, draft);
      });
    }
    pending.clear();
  };

  return {
    update(mediaId, draft) {
      pending.set(mediaId, draft);
      timer ??= setTimeout(flush, delayMs);
    },
    flush,
  };
}
