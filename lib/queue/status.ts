import type { ItemStatus } from '../media/item-status';
import { type Job, MESSAGES } from './job';

/**
 * What every view shows for a media item, from its job alone. Takes `now` because a job the background has not
 * looked at since its deadline passed (one waiting for the account has no timer) is already lost: say so.
 */
export function statusOf(job: Job | undefined, now: number): ItemStatus {
  if (!job) return { kind: 'unsaved' };
  const expired: ItemStatus = { kind: 'failed', message: MESSAGES.expired, cause: 'expired', problems: [] };
  const cause = job.cause ? { cause: job.cause } : {};
  switch (job.phase) {
    case 'in-flight':
      return { kind: 'saving' };
    case 'applied':
      return job.applied
        ? { kind: 'applied', at: job.applied.at, sent: job.applied.metadata }
        : { kind: 'failed', message: job.message ?? MESSAGES.expired, ...cause, problems: job.problems };
    case 'failed':
      return { kind: 'failed', message: job.message ?? MESSAGES.expired, ...cause, problems: job.problems };
    case 'account':
      if (now >= job.deadline) return expired;
      return {
        kind: 'waiting',
        reason: job.wait === 'no-account' ? 'no-account' : 'needs-sign-in',
        ...(job.message ? { message: job.message } : {}),
        ...cause,
      };
    case 'queued': {
      if (now >= job.deadline) return expired;
      // Due now: the background is about to send it.
      if (job.dueAt <= now) return { kind: 'saving' };
      const reason = job.wait === 'rate-limited' ? 'rate-limited' : 'retrying';
      return { kind: 'waiting', reason, until: job.dueAt, ...(job.message ? { message: job.message } : {}), ...cause };
    }
  }
}
