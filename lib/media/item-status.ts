import type { MediaMetadata } from '../api/metadata-schema';
import type { FieldProblem } from '../api/rules';

/**
 * Where one media item's metadata stands, as every view shows it (popup, in-page prompt, tile badge, toolbar
 * badge). Plain data: the background computes it from the item's job and sends it to the views.
 */
export type ItemStatus =
  /** Nothing saved yet; the user may have a draft. */
  | { kind: 'unsaved' }
  /** A call to X is in flight. */
  | { kind: 'saving' }
  /** Saved, not yet applied: X asked us to wait, a retry is scheduled, or the account needs signing in again. */
  | {
      kind: 'waiting';
      reason: 'rate-limited' | 'retrying' | 'needs-sign-in' | 'no-account';
      until?: number;
      message?: string;
    }
  | { kind: 'applied'; at: number; sent: MediaMetadata }
  /** Final until the user acts: X refused, or the deadline passed. `problems` point at fields when X named them. */
  | { kind: 'failed'; message: string; problems: FieldProblem[] };

export type ItemStatusKind = ItemStatus['kind'];

/** Items that still need the user's attention (the toolbar badge counts these). */
export function needsAttention(status: ItemStatus): boolean {
  return (
    status.kind === 'unsaved' ||
    status.kind === 'failed' ||
    (status.kind === 'waiting' && status.reason !== 'retrying' && status.reason !== 'rate-limited')
  );
}
