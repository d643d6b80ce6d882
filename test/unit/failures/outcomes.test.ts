import { describe, expect, test } from 'vitest';
import { CONNECT_ERRORS } from '../../../lib/account/connect-error';
import { classifyMetadataResponse } from '../../../lib/api/classify';
import type { ApplyOutcome } from '../../../lib/api/outcome';
import { causeOfResult, FAILURE_CAUSES, FAILURE_WORDS, type FailureCause } from '../../../lib/failures';
import { isMessageKey, LOCALES, type MessageKey, setLocale, t } from '../../../lib/i18n';
import { ItemStatusSchema } from '../../../lib/media/item-status';
import { type CallResult, JOB_PHASES, type Job, WAIT_REASONS } from '../../../lib/queue/job';
import { statusOf } from '../../../lib/queue/status';
import { expire, recordResult, recoverUnknown } from '../../../lib/queue/transitions';
import { connectCause } from '../../../lib/setup/connect-cause';

/**
 * Every outcome the code can produce has a sentence and a next step, in every language. The samples are typed over
 * the code's own unions: a new outcome kind, forbidden reason or credentials reason fails to compile here until it
 * has a sample, and then fails this test until it has words.
 */
type Failure = Exclude<CallResult, { kind: 'applied' }>;
type Forbidden = Extract<ApplyOutcome, { kind: 'forbidden' }>['reason'];
type NoCredentials = Extract<CallResult, { kind: 'no-credentials' }>['reason'];

const FORBIDDEN: Record<Forbidden, Failure> = {
  scope: { kind: 'forbidden', reason: 'scope', message: 'Missing media.write' },
  'not-owner': { kind: 'forbidden', reason: 'not-owner', message: 'User 2244994945 doesn’t own media id 2127' },
  other: { kind: 'forbidden', reason: 'other', message: 'Client Forbidden' },
};
const NO_CREDENTIALS: Record<NoCredentials, Failure> = {
  'no-account': { kind: 'no-credentials', reason: 'no-account' },
  'needs-sign-in': { kind: 'no-credentials', reason: 'needs-sign-in', message: 'revoked' },
  unreachable: { kind: 'no-credentials', reason: 'unreachable' },
};
const SAMPLES: { [K in Failure['kind']]: Failure[] } = {
  invalid: [
    { kind: 'invalid', problems: [], message: 'The `metadata.alt_text.text` field …' },
    {
      kind: 'invalid',
      problems: [{ path: 'id', rule: 'rule.invalid', params: {} }],
      message: 'media id 7 has expired',
    },
  ],
  unauthorized: [{ kind: 'unauthorized', message: 'Unauthorized' }],
  forbidden: Object.values(FORBIDDEN),
  'rate-limited': [{ kind: 'rate-limited', resetAt: 1, message: 'Too Many Requests' }],
  'usage-capped': [{ kind: 'usage-capped', period: 'Monthly', message: 'Usage cap exceeded' }],
  'server-error': [{ kind: 'server-error', status: 503, message: 'Service Unavailable' }],
  rejected: [{ kind: 'rejected', status: 409, message: 'Conflict' }],
  'network-error': [{ kind: 'network-error', message: 'Failed to fetch' }],
  timeout: [{ kind: 'timeout', afterMs: 20_000, message: 'timeout' }],
  'no-credentials': Object.values(NO_CREDENTIALS),
};

/** Plain words in the current language, or why there are none. */
function wordsOf(cause: FailureCause): { said: string; next: string } {
  const words = FAILURE_WORDS[cause];
  expect(isMessageKey(words.said), `${cause}: no sentence key ${words.said}`).toBe(true);
  expect(isMessageKey(words.next), `${cause}: no next-step key ${words.next}`).toBe(true);
  return { said: t(words.said, { time: '14:05' }), next: t(words.next) };
}

function expectPlain(cause: FailureCause): void {
  for (const locale of LOCALES) {
    setLocale(locale);
    const { said, next } = wordsOf(cause);
    expect(said.trim(), `${locale} ${cause}: sentence`).not.toBe('');
    expect(next.trim(), `${locale} ${cause}: next step`).not.toBe('');
    // Developer words never headline: no backticks, JSON paths or leftover placeholders.
    expect(`${said} ${next}`, `${locale} ${cause}`).not.toMatch(/`|\{\w+\}|metadata\.\w+/);
  }
  setLocale('en');
}

const JOB: Job = {
  mediaId: '7',
  deadline: 10_000,
  lastVersion: 1,
  phase: 'in-flight',
  active: { version: 1, form: 'v2', request: { method: 'POST', url: 'u', body: '{}' }, metadata: {}, savedAt: 0 },
  next: null,
  attempts: 0,
  dueAt: 0,
  wait: null,
  message: null,
  problems: [],
  unknownOutcome: false,
  applied: null,
};

describe('every outcome has plain words and a way forward', () => {
  test.each(
    Object.values(SAMPLES)
      .flat()
      .map((outcome) => [outcome.kind, outcome] as const),
  )('call outcome %s', (_kind, outcome) => {
    const cause = causeOfResult(outcome);
    expect(FAILURE_CAUSES).toContain(cause);
    expectPlain(cause);
    // The queue stores the same cause with the job, and every view reads it from the item's status.
    const job = recordResult(JOB, outcome, 1_000, () => 0.5);
    const status = statusOf(job, 1_000);
    expect(ItemStatusSchema.safeParse(status).success).toBe(true);
    if (status.kind === 'failed' || status.kind === 'waiting') expect(status.cause).toBe(cause);
  });

  test.each(FAILURE_CAUSES.map((cause) => [cause]))('cause %s', (cause) => expectPlain(cause));

  test('the queue’s own endings: expired, gave up, stopped mid-call', () => {
    const queued: Job = { ...JOB, phase: 'queued' };
    expect(statusOf(expire(queued, 20_000), 20_000)).toMatchObject({ kind: 'failed', cause: 'expired' });
    const spent: Job = { ...JOB, attempts: 99 };
    expect(statusOf(recoverUnknown(spent, 0), 0)).toMatchObject({ kind: 'failed', cause: 'gave-up' });
    expect(recoverUnknown(JOB, 0)).toMatchObject({ wait: 'retrying', cause: 'unknown-outcome' });
  });

  test('every phase and wait reason of a job shows a status every view can read', () => {
    for (const phase of JOB_PHASES) {
      for (const wait of [null, ...WAIT_REASONS]) {
        const status = statusOf({ ...JOB, phase, wait, dueAt: 5_000, applied: null }, 1_000);
        expect(ItemStatusSchema.safeParse(status).success, `${phase}/${wait}`).toBe(true);
        if (status.kind === 'waiting') expect(t(`form.waiting.${status.reason}`)).not.toMatch(/^form\./);
      }
    }
  });

  test('expired or unknown media: "remove it and attach it again", and no Retry (it would be billed for nothing)', () => {
    for (const cause of ['media-gone', 'expired'] as const) {
      expect(FAILURE_WORDS[cause]).toMatchObject({ step: 'reattach', retry: false });
    }
    expect(wordsOf('media-gone')).toEqual({
      said: 'X no longer has this image.',
      next: 'Remove it and attach it again.',
    });
    expect(wordsOf('rate-limited').said).toBe('X’s rate limit was reached: X asks to wait until 14:05.');
  });

  test('every account connection error has words, and sign-in errors a cause in the developer console', () => {
    for (const error of CONNECT_ERRORS) {
      expect(isMessageKey(`account.error.${error}`), error).toBe(true);
      const cause = connectCause(error, undefined);
      if (cause) expect(isMessageKey(`connect.cause.${cause}`), cause).toBe(true);
    }
  });
});

/** What X documents for the metadata endpoint (shared/docs/x-api.md), answered by classify.ts, then put in words. */
describe('every 4xx and 5xx X documents', () => {
  const problem = (type: string, title: string, detail?: string) =>
    JSON.stringify({ type: `https://api.x.com/2/problems/${type}`, title, ...(detail ? { detail } : {}) });
  const answers: Array<[number, string, FailureCause]> = [
    [400, problem('invalid-request', 'Invalid Request', 'The `metadata.alt_text.text` field is too long'), 'invalid'],
    [401, problem('about:blank', 'Unauthorized'), 'unauthorized'],
    [403, problem('about:blank', 'Forbidden', 'User 2244994945 doesn’t own media id 2127'), 'media-gone'],
    [403, problem('unsupported-authentication', 'Unsupported Authentication'), 'missing-scope'],
    [403, problem('client-forbidden', 'Client Forbidden'), 'forbidden'],
    [404, problem('resource-not-found', 'Not Found Error'), 'media-gone'],
    [409, problem('about:blank', 'Conflict'), 'rejected'],
    [413, '', 'rejected'],
    [429, JSON.stringify({ errors: [{ code: 88, message: 'Rate limit exceeded' }] }), 'rate-limited'],
    [429, problem('usage-capped', 'Usage cap exceeded'), 'usage-capped'],
    [500, '', 'server-error'],
    [502, '', 'server-error'],
    [503, problem('about:blank', 'Service Unavailable'), 'server-error'],
    [504, '', 'server-error'],
  ];
  test.each(answers)('HTTP %i %s → %s', (status, text, cause) => {
    const outcome = classifyMetadataResponse('v2', { ok: true, status, text, headers: new Headers() }, 0);
    expect(outcome.kind).not.toBe('applied');
    if (outcome.kind === 'applied') return;
    expect(causeOfResult(outcome)).toBe(cause);
    const key: MessageKey = FAILURE_WORDS[cause].said;
    expect(t(key, { time: '' })).not.toContain(outcome.message);
  });
});
