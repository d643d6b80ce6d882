/**
 * Why a description did not reach X, as a code small enough to store with a job and send to every view. Each cause
 * has plain words and a next step in lib/failures/words.ts; X's own words travel beside it as the "Details".
 */
export const FAILURE_CAUSES = [
  // X's answers (lib/api/outcome.ts)
  'invalid',
  'unauthorized',
  'missing-scope',
  'media-gone',
  'forbidden',
  'rate-limited',
  'usage-capped',
  'server-error',
  'rejected',
  'network-error',
  'timeout',
  // the account could not give credentials (lib/queue/job.ts CallResult 'no-credentials')
  'no-account',
  'needs-sign-in',
  'account-unreachable',
  // the queue's own endings (lib/queue/transitions.ts)
  'expired',
  'gave-up',
  'unknown-outcome',
  // a view could not hand the save to the background
  'not-delivered',
] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];
