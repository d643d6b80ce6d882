import type { EndpointForm } from '../api/endpoint-forms';
import type { MediaMetadata } from '../api/metadata-schema';
import { draftToMetadata } from '../draft/to-metadata';
import type { ItemView } from '../media/views';
import type { PostingRule } from '../settings/settings';

/**
 * What to do when the user posts from a composer, given its items. Pure, so every case is unit-tested; the post
 * hold (post-hold.ts) carries the decision out.
 *
 * Order matters: a failure or a missing account needs the user first (retry or post anyway); then the posting rule
 * for items without alt text; then unsaved descriptions are saved (Post is the user's intent to use them); then
 * the post waits for every saved item to be applied. Only when all is applied does the post go at once.
 */
export type HoldDecision =
  | { action: 'pass' }
  | { action: 'uploading' }
  | { action: 'failed'; items: ItemView[] }
  | { action: 'invalid'; items: ItemView[] }
  | { action: 'remind'; items: ItemView[] }
  | { action: 'require'; items: ItemView[] }
  | { action: 'save'; saves: Array<{ mediaId: string; metadata: MediaMetadata }>; items: ItemView[] }
  | { action: 'wait'; items: ItemView[] };

export interface HoldContext {
  rule: PostingRule;
  form: EndpointForm;
  now: number;
  /** The user already answered "post without a description?" for this post. */
  reminded: boolean;
  /**
   * An item whose alt text is a suggestion inserted and neither edited nor saved (lib/suggest countsAsDescription):
   * not a description yet for the rule, and not sent once the user chose to post without one.
   */
  unconfirmed?: (mediaId: string) => boolean;
}

/**
 * The alt text the item will carry: what the user typed with us, what X has from us, or what the user typed in X's
 * own media editor (X sends that itself at Post time: it is a description too).
 */
export function intendedAltText(item: ItemView): string {
  const typed = item.draft?.alt_text.trim() ?? '';
  if (typed) return typed;
  if (item.status.kind === 'applied') return item.status.sent.alt_text?.text.trim() ?? '';
  return item.xAltText?.trim() ?? '';
}

export function decideHold(items: readonly ItemView[], context: HoldContext): HoldDecision {
  if (items.length === 0) return { action: 'pass' };
  if (items.some((item) => !item.mediaId)) return { action: 'uploading' };

  const failed = items.filter(
    (item) =>
      item.status.kind === 'failed' ||
      (item.status.kind === 'waiting' &&
        (item.status.reason === 'needs-sign-in' ||
          item.status.reason === 'no-account' ||
          item.status.reason === 'other-account')),
  );
  if (failed.length > 0) return { action: 'failed', items: failed };

  const unconfirmed = (item: ItemView) => item.mediaId !== undefined && context.unconfirmed?.(item.mediaId) === true;
  const missing = items.filter((item) => intendedAltText(item) === '' || unconfirmed(item));
  if (missing.length > 0 && context.rule === 'require') return { action: 'require', items: missing };
  if (missing.length > 0 && context.rule === 'remind' && !context.reminded) return { action: 'remind', items: missing };

  const saves: Array<{ mediaId: string; metadata: MediaMetadata }> = [];
  const invalid: ItemView[] = [];
  const toSave: ItemView[] = [];
  for (const item of items) {
    const editable = item.status.kind === 'unsaved' || item.status.kind === 'applied';
    if (!editable || !item.draft || !item.mediaId) continue;
    if (context.reminded && unconfirmed(item)) continue;
    const built = draftToMetadata(item.draft, { now: context.now, form: context.form });
    if (!built.ok) invalid.push(item);
    else if (item.status.kind === 'applied' && sameMetadata(built.metadata, item.status.sent)) continue;
    else if (Object.keys(built.metadata).length > 0) {
      saves.push({ mediaId: item.mediaId, metadata: built.metadata });
      toSave.push(item);
    }
  }
  if (invalid.length > 0) return { action: 'invalid', items: invalid };
  if (saves.length > 0) return { action: 'save', saves, items: toSave };

  const pending = items.filter((item) => item.status.kind === 'saving' || item.status.kind === 'waiting');
  if (pending.length > 0) return { action: 'wait', items: pending };
  return { action: 'pass' };
}

/**
 * The post only waits for calls to X that are about to go or on their way (saves, or items saving): nothing to ask the
 * user, and no window or retry that could make the wait long.
 */
export function onlyCallsPending(decision: HoldDecision, items: readonly ItemView[]): boolean {
  return (
    (decision.action === 'save' || decision.action === 'wait') && !items.some((item) => item.status.kind === 'waiting')
  );
}

/** Equal as JSON whatever the key order: an edit after applying that changes nothing needs no call. */
function sameMetadata(a: MediaMetadata, b: MediaMetadata): boolean {
  const stable = (value: unknown): string =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
          .join(',')}}`
      : Array.isArray(value)
        ? `[${value.map(stable).join(',')}]`
        : JSON.stringify(value);
  return stable(a) === stable(b);
}
