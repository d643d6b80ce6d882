import type { RateLimit } from './rate-limit';
import type { FieldProblem } from './rules';

/**
 * Every way a call to X can end, as plain data (it crosses extension contexts and is stored with jobs).
 * `message` is X's own reason when it gave one, so the user sees what X said.
 */
export type ApplyOutcome =
  | { kind: 'applied'; echoed?: Record<string, unknown>; partialErrors: string[]; rateLimit?: RateLimit }
  | { kind: 'invalid'; problems: FieldProblem[]; message: string; rateLimit?: RateLimit }
  | { kind: 'unauthorized'; message: string; rateLimit?: RateLimit }
  | { kind: 'forbidden'; reason: 'scope' | 'not-owner' | 'other'; message: string; rateLimit?: RateLimit }
  | { kind: 'rate-limited'; resetAt: number; message: string; rateLimit?: RateLimit }
  | { kind: 'usage-capped'; period?: string; message: string; rateLimit?: RateLimit }
  | { kind: 'server-error'; status: number; message: string; rateLimit?: RateLimit }
  | { kind: 'rejected'; status: number; message: string; rateLimit?: RateLimit }
  | { kind: 'network-error'; message: string }
  | { kind: 'timeout'; afterMs: number; message: string };

export type OutcomeKind = ApplyOutcome['kind'];

/** How a call ends when X's answer never arrived. */
export type TransportFailure = Extract<ApplyOutcome, { kind: 'network-error' | 'timeout' }>;

/** How a call ends when X answered with an error (any call to api.x.com: metadata, media upload). */
export type ApiFailure = Exclude<ApplyOutcome, { kind: 'applied' } | TransportFailure>;

/**
 * The caller gave up (its AbortSignal fired). Only calls made with a signal can end so; the metadata queue never
 * passes one, so ApplyOutcome does not carry it.
 */
export interface Cancelled {
  kind: 'aborted';
  message: string;
}

/**
 * Outcomes worth another attempt: the request may not have reached X, or X asked us to come back later.
 * Everything else is final (another 4xx would fail the same way, and each call costs money).
 */
export function isTransient(outcome: ApplyOutcome): boolean {
  return ['network-error', 'timeout', 'server-error', 'rate-limited'].includes(outcome.kind);
}
