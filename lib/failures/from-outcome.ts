import type { CallResult } from '../queue/job';
import type { FailureCause } from './causes';

/** The cause behind a failed call to X. Exhaustive: a new outcome kind fails to compile until it has a cause. */
export function causeOfResult(result: Exclude<CallResult, { kind: 'applied' }>): FailureCause {
  switch (result.kind) {
    case 'invalid':
      // X refused the media id itself (expired, or unknown to X): no field the user can fix, only a new upload.
      if (result.problems.length > 0 && result.problems.every((problem) => problem.path === 'id')) return 'media-gone';
      return 'invalid';
    case 'unauthorized':
    case 'rate-limited':
    case 'usage-capped':
    case 'server-error':
    case 'rejected':
    case 'network-error':
    case 'timeout':
      return result.kind;
    case 'forbidden':
      // X answers an expired media id like one that is not the user's (x-api.md): either way it is gone for us.
      if (result.reason === 'not-owner') return 'media-gone';
      return result.reason === 'scope' ? 'missing-scope' : 'forbidden';
    case 'no-credentials':
      return result.reason === 'unreachable' ? 'account-unreachable' : result.reason;
  }
}
