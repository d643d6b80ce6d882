import type { CallResult } from './job';

/**
 * Retry timing against a paid, rate-limited API (shared/docs/reliability-security.md): capped exponential backoff
 * with full jitter, so that many clients failing together do not come back together.
 */
export const RETRY = {
  baseMs: 2_000,
  capMs: 5 * 60_000,
  /** Transient failures (429 waits excluded) before the job ends failed and waits for the user's Retry. */
  maxAttempts: 8,
  /** A 429 whose reset is missing or already past still waits this long, so a bad header cannot cause a loop. */
  minRateLimitWaitMs: 1_000,
  /**
   * While a call is in flight, the background still keeps a wake-up this far ahead: if the worker is stopped
   * mid-call, the alarm restarts it and the job is sent again (Chrome's alarms fire no sooner than 30 s anyway).
   */
  inFlightCheckMs: 30_000,
} as const;

/** Delay before the next attempt after `failures` (≥ 1) transient failures: random() × min(cap, base × 2^(failures−1)). */
export function retryDelay(failures: number, random: () => number): number {
  const exponent = Math.max(0, failures - 1);
  const ceiling = Math.min(RETRY.capMs, RETRY.baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}

/**
 * The time before which nothing may be sent, as this result tells it: a 429's reset, or the reset of a window whose
 * `x-rate-limit-remaining` is 0 (whatever the outcome). Undefined when the result says nothing about it.
 */
export function blockedUntilFrom(result: CallResult, now: number): number | undefined {
  if (result.kind === 'rate-limited') return Math.max(result.resetAt, now + RETRY.minRateLimitWaitMs);
  if (!('rateLimit' in result) || !result.rateLimit) return undefined;
  const { remaining, resetAt } = result.rateLimit;
  return remaining === 0 && resetAt !== undefined && resetAt > now ? resetAt : undefined;
}
