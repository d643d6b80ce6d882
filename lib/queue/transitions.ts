import type { FailureCause } from '../failures/causes';
import { causeOfResult } from '../failures/from-outcome';
import { RETRY, retryDelay } from './backoff';
import { type CallResult, isFinal, type Job, MESSAGES, type Save, type SaveInput, sameRequest } from './job';

/**
 * How a job changes, as pure functions of (job, event, now): the queue only reads, applies one of these and writes
 * back under its lock. Every result is a valid, storable job.
 */

const calm: Pick<Job, 'wait' | 'message' | 'problems' | 'cause'> = {
  wait: null,
  message: null,
  problems: [],
  cause: undefined,
};

/** The job as it stands once X holds what the user last saved. */
const settled = (job: Job): Job => ({ ...job, ...calm, phase: 'applied', active: null, next: null, attempts: 0 });

/** Makes `save` the one to send at `dueAt`, unless X already holds exactly it (each call costs money). */
function sendNext(job: Job, save: Save, dueAt: number): Job {
  if (!job.unknownOutcome && sameRequest(job.applied?.request, save.request)) return settled(job);
  return { ...job, ...calm, phase: 'queued', active: save, next: null, attempts: 0, dueAt };
}

/** A job that is not final and not in flight ends failed once its media id has expired. */
export function expire(job: Job, now: number): Job {
  if ((job.phase !== 'queued' && job.phase !== 'account') || now < job.deadline) return job;
  return { ...job, ...calm, phase: 'failed', next: null, message: MESSAGES.expired, cause: 'expired' };
}

/** How long a final job is kept once its media id expired: its status stays readable on a page left open that long. */
export const KEEP_AFTER_DEADLINE_MS = 24 * 3_600_000;

/**
 * A final job whose media id expired a while ago: X accepts nothing more for it and no post can carry it, so it
 * leaves the store (which otherwise grows with every picture the user ever described).
 */
export function isStale(job: Job, now: number): boolean {
  return isFinal(job) && now >= job.deadline + KEEP_AFTER_DEADLINE_MS;
}

const failed = (job: Job, message: string, cause: FailureCause, problems: Job['problems'] = []): Job => ({
  ...job,
  phase: 'failed',
  next: null,
  wait: null,
  message,
  cause,
  problems,
});

/** A confirmed save. It never interrupts an in-flight call: the newest save waits in `next` and wins after it. */
export function applySave(job: Job | undefined, input: SaveInput, now: number): Job {
  const version = (job?.lastVersion ?? 0) + 1;
  const save: Save = { version, form: input.form, request: input.request, metadata: input.metadata, savedAt: now };
  if (!job) {
    const fresh: Job = {
      ...calm,
      mediaId: input.mediaId,
      deadline: input.deadline,
      lastVersion: version,
      phase: 'queued',
      active: save,
      next: null,
      attempts: 0,
      dueAt: now,
      unknownOutcome: false,
      applied: null,
    };
    return expire(fresh, now);
  }
  const updated: Job = { ...job, deadline: input.deadline, lastVersion: version };
  if (job.phase === 'in-flight') {
    // The same bytes are already on their way: the newest save is the in-flight one, nothing more to send.
    return { ...updated, next: sameRequest(job.active?.request, input.request) ? null : save };
  }
  // Already waiting to send these bytes: keep its place in the backoff rather than resetting it.
  if (job.phase === 'queued' && sameRequest(job.active?.request, input.request)) return expire(updated, now);
  return expire(sendNext(updated, save, now), now);
}

/** The answer to the in-flight call of `job` (whose `active` is what was sent). */
export function recordResult(job: Job, result: CallResult, now: number, random: () => number): Job {
  const sent = job.active;
  if (job.phase !== 'in-flight' || !sent) return job;
  if (result.kind === 'applied') {
    const applied = { version: sent.version, request: sent.request, metadata: sent.metadata, at: now };
    const done: Job = { ...job, applied, unknownOutcome: false };
    return job.next ? expire(sendNext(done, job.next, now), now) : settled(done);
  }
  // A timeout may have reached X: remember it, so an equal save later is not skipped on a guess.
  const ended: Job = { ...job, unknownOutcome: job.unknownOutcome || result.kind === 'timeout' };
  if (result.kind === 'rate-limited') {
    const dueAt = Math.max(result.resetAt, now + RETRY.minRateLimitWaitMs);
    // 429 waits do not count as attempts: X answered, it only asked us to come back later.
    const waiting = ended.next ? sendNext(ended, ended.next, dueAt) : ended;
    if (waiting.phase === 'applied') return waiting;
    return expire(
      { ...waiting, phase: 'queued', dueAt, wait: 'rate-limited', message: result.message, cause: 'rate-limited' },
      now,
    );
  }
  // Whatever else happened to the older save, the newer one supersedes it (the newest confirmed save wins).
  if (ended.next) return expire(sendNext(ended, ended.next, now), now);
  return expire(endWithoutNext(ended, result, now, random), now);
}

function endWithoutNext(job: Job, result: Exclude<CallResult, { kind: 'applied' }>, now: number, random: () => number) {
  const cause = causeOfResult(result);
  switch (result.kind) {
    case 'no-credentials':
      if (result.reason === 'unreachable')
        return transientFailure(job, result.message ?? MESSAGES.unreachable, cause, now, random);
      return waitForAccount(job, result.reason, result.message ?? MESSAGES.noCredentials, cause, now);
    // The background already refreshed once and replayed: a second 401 means signing in again, never a loop.
    case 'unauthorized':
      return waitForAccount(job, 'needs-sign-in', result.message, cause, now);
    case 'network-error':
    case 'timeout':
    case 'server-error':
      return transientFailure(job, result.message, cause, now, random);
    case 'invalid':
      return failed(job, result.message, cause, result.problems);
    default:
      // forbidden, rejected, usage-capped (and a 429 handled above): the same call would fail the same way.
      return failed(job, result.message, cause);
  }
}

function waitForAccount(
  job: Job,
  reason: 'needs-sign-in' | 'no-account',
  message: string,
  cause: FailureCause,
  now: number,
): Job {
  return { ...job, phase: 'account', dueAt: now, wait: reason, message, cause, problems: [] };
}

function transientFailure(job: Job, message: string, cause: FailureCause, now: number, random: () => number): Job {
  const attempts = job.attempts + 1;
  if (attempts >= RETRY.maxAttempts) return failed({ ...job, attempts }, MESSAGES.gaveUp(attempts, message), 'gave-up');
  const dueAt = now + retryDelay(attempts, random);
  return { ...job, phase: 'queued', attempts, dueAt, wait: 'retrying', message, cause, problems: [] };
}

/** Start-up: an in-flight job belonged to a dead worker, so its outcome is unknown. Send it again (or the newer save). */
export function recoverUnknown(job: Job, now: number): Job {
  if (job.phase !== 'in-flight') return job;
  const ended: Job = { ...job, unknownOutcome: true };
  if (ended.next) return expire(sendNext(ended, ended.next, now), now);
  // Counted as an attempt, so a worker that keeps dying mid-call cannot retry forever.
  const attempts = job.attempts + 1;
  if (attempts >= RETRY.maxAttempts) {
    return failed({ ...ended, attempts }, MESSAGES.gaveUp(attempts, MESSAGES.unknown), 'gave-up');
  }
  return expire(
    {
      ...ended,
      phase: 'queued',
      attempts,
      dueAt: now,
      wait: 'retrying',
      message: MESSAGES.unknown,
      cause: 'unknown-outcome',
    },
    now,
  );
}

/** The user's Retry: a failed job starts over (attempts reset); one waiting for the account tries again now. */
export function retryJob(job: Job, now: number): Job {
  if (job.phase === 'failed' && job.active) {
    return expire({ ...job, ...calm, phase: 'queued', attempts: 0, dueAt: now }, now);
  }
  if (job.phase === 'account') return reconnect(job, now);
  return job;
}

/** The account works again: a job that waited for it is sent now (a still-missing account sends it back). */
export function reconnect(job: Job, now: number): Job {
  if (job.phase !== 'account') return job;
  return expire({ ...job, ...calm, phase: 'queued', dueAt: now }, now);
}

/** A due job held back by X's rate-limit window (shared by all jobs) until it reopens. */
export function waitForWindow(job: Job, blockedUntil: number): Job {
  const message = job.wait === 'rate-limited' ? job.message : null;
  return { ...job, dueAt: Math.max(job.dueAt, blockedUntil), wait: 'rate-limited', message, cause: 'rate-limited' };
}

/** When a queued job needs the background again: when it is due and X allows it, or its deadline if sooner. */
export function attentionAt(job: Job, blockedUntil: number): number | null {
  if (job.phase !== 'queued') return null;
  return Math.min(Math.max(job.dueAt, blockedUntil), job.deadline);
}
