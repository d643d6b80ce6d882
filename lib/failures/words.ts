import type { MessageKey } from '../i18n';
import type { FailureCause } from './causes';

/**
 * What a view offers for a cause: Retry only where resending the same call can work (each call is billed to the
 * user's X app), Options where the account must change, X's developer console where the app's plan must.
 */
export type NextStep = 'retry' | 'reattach' | 'fix-fields' | 'options' | 'developer-console' | 'wait';

export interface FailureWords {
  /** What happened, in plain words. */
  said: MessageKey;
  /** What to do now. */
  next: MessageKey;
  step: NextStep;
  /** Whether the Retry button is offered. */
  retry: boolean;
}

const words = (cause: FailureCause, step: NextStep, retry: boolean): FailureWords => ({
  said: `failure.${cause}` as MessageKey,
  next: `failure.${cause}.next` as MessageKey,
  step,
  retry,
});

/** Every cause has words: the Record type makes a new cause without them a compile error, the unit test a red one. */
export const FAILURE_WORDS: Record<FailureCause, FailureWords> = {
  invalid: words('invalid', 'fix-fields', false),
  unauthorized: words('unauthorized', 'options', false),
  'missing-scope': words('missing-scope', 'options', false),
  'media-gone': words('media-gone', 'reattach', false),
  forbidden: words('forbidden', 'developer-console', true),
  'rate-limited': words('rate-limited', 'wait', false),
  'usage-capped': words('usage-capped', 'developer-console', true),
  'server-error': words('server-error', 'wait', true),
  rejected: words('rejected', 'retry', true),
  'network-error': words('network-error', 'wait', true),
  timeout: words('timeout', 'wait', true),
  'no-account': words('no-account', 'options', false),
  'needs-sign-in': words('needs-sign-in', 'options', false),
  'account-unreachable': words('account-unreachable', 'wait', true),
  expired: words('expired', 'reattach', false),
  'gave-up': words('gave-up', 'retry', true),
  'unknown-outcome': words('unknown-outcome', 'wait', false),
  'not-delivered': words('not-delivered', 'retry', true),
};
