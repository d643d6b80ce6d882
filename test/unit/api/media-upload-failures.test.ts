import { afterEach, describe, expect, test, vi } from 'vitest';
import { uploadMedia } from '../../../lib/api/media-upload';
import {
  fakeX,
  formParts,
  MEDIA_ID,
  MIB,
  NOW,
  patternBytes,
  type Reply,
  rateHeaders,
  type Step,
} from './media-upload-fake';

const image = (length = 100) => ({
  bytes: patternBytes(length),
  mediaType: 'image/jpeg',
  category: 'tweet_image' as const,
});
const problem = (type: string, status: number, extra: object = {}) => ({
  status,
  body: { type: `https://api.x.com/2/problems/${type}`, title: type, status, ...extra },
});
/** finalize says "processing", so the STATUS step is reached. */
const processing: Reply = {
  status: 200,
  body: {
    data: { id: MEDIA_ID, media_key: `3_${MEDIA_ID}`, processing_info: { state: 'pending', check_after_secs: 1 } },
  },
};
const STEPS: Step[] = ['initialize', 'append', 'finalize', 'status'];
/** The calls made when `step` fails: every step before it once, the failing one once, nothing after. */
const callsUpTo = (step: Step) => STEPS.slice(0, STEPS.indexOf(step) + 1);

const failures: Array<[string, Reply, object]> = [
  [
    'unauthorized',
    { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } },
    { kind: 'unauthorized', message: 'Unauthorized' },
  ],
  [
    'forbidden: the token lacks media.write',
    problem('unsupported-authentication', 403, { detail: 'Your token is missing the media.write scope' }),
    { kind: 'forbidden', reason: 'scope', message: 'Your token is missing the media.write scope' },
  ],
  [
    'forbidden: not the owner',
    problem('not-authorized-for-resource', 403, { detail: `User 1 doesn't own media id ${MEDIA_ID}` }),
    { kind: 'forbidden', reason: 'not-owner' },
  ],
  [
    'forbidden for another reason',
    problem('client-forbidden', 403, { detail: 'Client not enrolled' }),
    { kind: 'forbidden', reason: 'other', message: 'Client not enrolled' },
  ],
  [
    'rate limited until the reset header',
    {
      status: 429,
      body: { title: 'Too Many Requests', type: 'about:blank' },
      headers: { ...rateHeaders, 'x-rate-limit-remaining': '0' },
    },
    {
      kind: 'rate-limited',
      resetAt: 1_760_000_900_000,
      rateLimit: { limit: 500, remaining: 0, resetAt: 1_760_000_900_000 },
    },
  ],
  [
    'usage capped',
    problem('usage-capped', 429, { period: 'Monthly', detail: 'Usage cap exceeded' }),
    { kind: 'usage-capped', period: 'Monthly', message: 'Usage cap exceeded' },
  ],
  [
    'invalid, naming the field',
    problem('invalid-request', 400, {
      errors: [{ message: 'total_bytes must be at most 5242880', parameters: { total_bytes: ['9999999'] } }],
    }),
    {
      kind: 'invalid',
      message: 'total_bytes must be at most 5242880',
      problems: [{ path: 'total_bytes', rule: 'rule.invalid', params: {} }],
    },
  ],
  [
    'unknown or expired media id',
    problem('resource-not-found', 404, { detail: 'Could not find media' }),
    { kind: 'invalid', problems: [{ path: 'id', rule: 'rule.invalid', params: {} }] },
  ],
  [
    'server error',
    { status: 503, body: 'Service Unavailable' },
    { kind: 'server-error', status: 503, message: 'X answered HTTP 503.' },
  ],
  [
    'another 4xx',
    problem('payload-too-large', 413, { detail: 'Too big' }),
    { kind: 'rejected', status: 413, message: 'Too big' },
  ],
  ['network error', 'network-error', { kind: 'network-error', message: 'Could not reach X (Failed to fetch).' }],
];

describe.each(STEPS)('a failure at %s', (step) => {
  test.each(failures)('%s: a typed outcome, and no call is made again or after', async (_name, reply, expected) => {
    const x = fakeX({ ...(step === 'status' ? { finalize: processing } : {}), [step]: reply });
    const outcome = await uploadMedia(x.deps, image());
    expect(outcome).toMatchObject({ ...expected, step });
    if (step === 'initialize') expect(outcome).not.toHaveProperty('mediaId');
    else expect(outcome).toHaveProperty('mediaId', MEDIA_ID);
    expect(x.steps()).toEqual(callsUpTo(step));
  });
});

test('a failure on the second segment: the first is not sent again, nothing is finalized', async () => {
  const x = fakeX({ append: (n) => (n === 1 ? { status: 503, body: '' } : { status: 200, body: { data: {} } }) });
  const outcome = await uploadMedia(x.deps, {
    ...image(4 * MIB + 10),
    category: 'tweet_video',
    mediaType: 'video/mp4',
  });
  expect(outcome).toMatchObject({ kind: 'server-error', step: 'append', mediaId: MEDIA_ID });
  expect(x.steps()).toEqual(['initialize', 'append', 'append']);
  const indexes = await Promise.all(
    x.seen.filter((s) => s.step === 'append').map(async (s) => (await formParts(s))[0]?.value),
  );
  expect(indexes).toEqual(['0', '1']);
});

describe('timeouts and cancelling', () => {
  afterEach(() => vi.useRealTimers());

  test.each(STEPS)('a call that never answers at %s ends in a timeout after the per-call limit', async (step) => {
    vi.useFakeTimers();
    const x = fakeX({ ...(step === 'status' ? { finalize: processing } : {}), [step]: 'hang' });
    let settled = false;
    const pending = uploadMedia({ ...x.deps, timeoutMs: 5000 }, image()).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({
      kind: 'timeout',
      afterMs: 5000,
      message: 'X did not answer within 5 s.',
      step,
    });
    expect(x.steps()).toEqual(callsUpTo(step));
  });

  test('by default a call is given 20 s, under the 30 s after which Chrome stops a waiting service worker', async () => {
    vi.useFakeTimers();
    const x = fakeX({ initialize: 'hang' });
    const pending = uploadMedia(x.deps, image());
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await pending).toMatchObject({ kind: 'timeout', afterMs: 20_000, step: 'initialize' });
  });

  test('a signal that already fired: nothing is sent', async () => {
    const x = fakeX();
    const controller = new AbortController();
    controller.abort();
    expect(await uploadMedia(x.deps, { ...image(), signal: controller.signal })).toEqual({
      kind: 'aborted',
      message: 'The call to X was cancelled.',
      step: 'initialize',
    });
    expect(x.fetch).not.toHaveBeenCalled();
  });

  test('cancelled while a segment is on its way: the call stops, nothing follows', async () => {
    const controller = new AbortController();
    const x = fakeX({
      append: () => {
        queueMicrotask(() => controller.abort());
        return 'hang';
      },
    });
    expect(await uploadMedia(x.deps, { ...image(), signal: controller.signal })).toEqual({
      kind: 'aborted',
      message: 'The call to X was cancelled.',
      step: 'append',
      mediaId: MEDIA_ID,
    });
    expect(x.steps()).toEqual(['initialize', 'append']);
  });

  test('cancelled while waiting for processing: the wait ends at once and STATUS is never asked', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const x = fakeX({
      finalize: { ...processing, body: { data: { processing_info: { state: 'pending', check_after_secs: 60 } } } },
    });
    const { wait: _virtual, ...deps } = x.deps; // the real wait, on the fake timers
    let settled = false;
    const pending = uploadMedia(deps, { ...image(), signal: controller.signal }).finally(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(settled).toBe(false);
    expect(x.steps()).toEqual(['initialize', 'append', 'finalize']);
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted', step: 'status', mediaId: MEDIA_ID });
    expect(x.steps()).toEqual(['initialize', 'append', 'finalize']);
  });

  test('the real wait honours check_after_secs: STATUS is asked only once the 60 s are over', async () => {
    vi.useFakeTimers({ now: NOW });
    const x = fakeX({
      finalize: { ...processing, body: { data: { processing_info: { state: 'pending', check_after_secs: 60 } } } },
    });
    const { wait: _virtual, ...deps } = x.deps;
    const pending = uploadMedia(deps, image());
    await vi.advanceTimersByTimeAsync(59_999);
    expect(x.steps()).not.toContain('status');
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ kind: 'uploaded', mediaId: MEDIA_ID });
    expect(x.steps()).toEqual(['initialize', 'append', 'finalize', 'status']);
  });
});
