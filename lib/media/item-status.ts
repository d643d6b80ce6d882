import { MediaMetadataSchema } from '../api/metadata-schema';
import { RULE, type Rule } from '../api/rules';
import { FAILURE_CAUSES } from '../failures/causes';
import { z } from '../zod';

const FieldProblemSchema = z.object({
  path: z.string(),
  rule: z.enum(Object.values(RULE) as [Rule, ...Rule[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/**
 * Where one media item's metadata stands, as every view shows it (popup, in-page prompt, tile badge, toolbar
 * badge). Plain data: the background computes it from the item's job and sends it to the views.
 */
export const ItemStatusSchema = z.discriminatedUnion('kind', [
  /** Nothing saved yet; the user may have a draft. */
  z.object({
    kind: z.literal('unsaved'),
    /** Save found nothing to apply: no call was made. */
    note: z.optional(z.literal('nothing-to-save')),
  }),
  /** A call to X is in flight. */
  z.object({ kind: z.literal('saving') }),
  /** Saved, not yet applied: X asked us to wait, a retry is scheduled, or the account needs signing in again. */
  z.object({
    kind: z.literal('waiting'),
    /** other-account: the tab posts as an X account that is not the connected one (X would refuse its media). */
    reason: z.enum(['rate-limited', 'retrying', 'needs-sign-in', 'no-account', 'other-account']),
    until: z.optional(z.number()),
    message: z.optional(z.string()),
    /** Why it waits, for the plain words (lib/failures); `message` is X's own. */
    cause: z.optional(z.enum(FAILURE_CAUSES)),
  }),
  z.object({ kind: z.literal('applied'), at: z.number(), sent: MediaMetadataSchema }),
  /** Final until the user acts: X refused, or the deadline passed. `problems` point at fields when X named them. */
  z.object({
    kind: z.literal('failed'),
    /** X's own words (or the queue's), shown under "Details". */
    message: z.string(),
    cause: z.optional(z.enum(FAILURE_CAUSES)),
    problems: z.array(FieldProblemSchema),
  }),
]);

export type ItemStatus = z.infer<typeof ItemStatusSchema>;
export type ItemStatusKind = ItemStatus['kind'];

/** Items that still need the user's attention (the toolbar badge counts these). */
export function needsAttention(status: ItemStatus): boolean {
  if (status.kind === 'unsaved' || status.kind === 'failed') return true;
  return (
    status.kind === 'waiting' &&
    (status.reason === 'needs-sign-in' || status.reason === 'no-account' || status.reason === 'other-account')
  );
}
