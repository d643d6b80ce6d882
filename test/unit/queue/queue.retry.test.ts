import { describe, expect, test } from 'vitest';
import { RETRY, retryDelay } from '../../../lib/queue/backoff';
import type { CallResult } from '../../../lib/queue/job';
import { createQueue } from '../../../lib/queue/queue';
import { statusOf } from '../../../lib/queue/status';
import { fakeWorld, ok, saveInput } from './fakes';

describe('backoff', () => {
  test('full jitter: random() × min(5 min, 2 s × 2^(failures−1))', () => {
    expect(retryDelay(1, () => 0.5)).toBe(1_000);
    expect(retryDelay(3, () => 0.5)).toBe(4_000);
    expect(retryDelay(30, () => 0.5)).toBe(150_000);
    expect(retryDelay(30, () => 0.999_999)).toBeLessThan(RETRY.capMs);
    expect(retryDelay(4, () => 0)).toBe(0);
  });
});

const transient: CallResult[] = [
  { kind: 'network-error', message: 'Could not reach X.' },
  { kind: 'timeout', afterMs: 20_000, message: 'X did not answer.' },
  { kind: 'server-error', status: 503, message: 'Service Unavailable' },
  { kind: 'no-credentials', reason: 'unreachable', message: 'Token endpoint unreachable' },
];

describe('transient failures are retried with backoff, resending the exact body', () => {
  test.each(transient)('$kind', async (failure) => {
    const { world, queue, pending, flush, lastScheduled } = fakeWorld({ randoms: [0.25] });
    const q = queue();
    await q.save(saveInput('1', 'retry me'));
    await flush();
    pending()[0]?.answer(failure);
    await flush();
    const job = world.stored['1'];
    expect(job).toMatchObject({ phase: 'queued', attempts: 1, wait: 'retrying', dueAt: world.clock + 500 });
    expect(statusOf(job, world.clock)).toMatchObject({ kind: 'waiting', reason: 'retrying', until: world.clock + 500 });
    expect(lastScheduled()).toBe(world.clock + 500);
    await q.runDue(); // too early: nothing sent
    expect(world.calls).toHaveLength(1);
    world.clock += 500;
    await q.runDue();
    pending()[0]?.answer(ok());
    await q.idle();
    expect(world.calls.map((c) => c.request)).toEqual([world.calls[0]?.request, world.calls[0]?.request]);
    expect(world.stored['1']).toMatchObject({ phase: 'applied' });
  });

  test('after 8 transient failures the job fails, saying what happened and that Retry is possible', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    world.auto = () => ({ kind: 'server-error', status: 500, message: 'Internal Server Error' });
    await q.save(saveInput('1', 'x'));
    await q.idle();
    for (let i = 0; i < 20 && world.stored['1']?.phase === 'queued'; i++) {
      world.clock = world.stored['1'].dueAt;
      await q.runDue();
      await q.idle();
    }
    expect(world.calls).toHaveLength(RETRY.maxAttempts);
    const status = statusOf(world.stored['1'], world.clock);
    expect(status).toMatchObject({ kind: 'failed' });
    expect(status.kind === 'failed' && status.message).toMatch(/8 attempts.*Internal Server Error.*Retry/);

    // Retry resets the attempts and sends the same body again.
    world.auto = () => ok();
    await q.retry('1');
    await q.idle();
    expect(world.calls).toHaveLength(RETRY.maxAttempts + 1);
    expect(world.calls.at(-1)?.request).toEqual(world.calls[0]?.request);
    expect(world.stored['1']).toMatchObject({ phase: 'applied', attempts: 0 });
  });

  test('a call that throws counts as a network error; nothing reaches the caller', async () => {
    const { world, deps } = fakeWorld();
    const q = createQueue({ ...deps, call: () => Promise.reject(new Error('boom')) });
    await expect(q.save(saveInput('1', 'x'))).resolves.toBeDefined();
    await q.idle();
    expect(world.stored['1']).toMatchObject({ phase: 'queued', attempts: 1, message: 'Could not reach X (boom).' });
  });
});

const final: [string, CallResult][] = [
  [
    'invalid',
    {
      kind: 'invalid',
      problems: [{ path: 'alt_text.text', rule: 'rule.maxChars', params: { max: 1000 } }],
      message: 'Too long',
    },
  ],
  ['forbidden', { kind: 'forbidden', reason: 'not-owner', message: 'You do not own this media.' }],
  ['rejected (404)', { kind: 'rejected', status: 404, message: 'Not Found' }],
  ['usage-capped', { kind: 'usage-capped', period: 'Monthly', message: 'Usage cap exceeded' }],
];

describe('other failures are final, with X’s reason', () => {
  test.each(final)('%s', async (_name, failure) => {
    const { world, queue } = fakeWorld();
    const q = queue();
    world.auto = () => failure;
    await q.save(saveInput('1', 'x'));
    await q.idle();
    world.clock += 3_600_000;
    await q.runDue();
    await q.idle();
    expect(world.calls).toHaveLength(1);
    const problems = failure.kind === 'invalid' ? failure.problems : [];
    const message = 'message' in failure ? failure.message : '';
    const cause = failure.kind === 'forbidden' ? 'media-gone' : failure.kind;
    expect(statusOf(world.stored['1'], world.clock)).toEqual({ kind: 'failed', message, cause, problems });
  });
});

describe('retry', () => {
  test('unknown media id: undefined; a job past its deadline stays failed and is not sent', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    expect(await q.retry('42')).toBeUndefined();
    world.auto = () => ({ kind: 'rejected', status: 400, message: 'Bad' });
    await q.save(saveInput('1', 'x', world.clock + 1_000));
    await q.idle();
    world.clock += 2_000;
    expect(await q.retry('1')).toMatchObject({ phase: 'failed', message: /expired/ });
    await q.idle();
    expect(world.calls).toHaveLength(1);
  });

  test('retry still respects the rate limit', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    world.auto = () => ({ kind: 'rejected', status: 400, message: 'Bad' });
    await q.save(saveInput('1', 'x'));
    await q.idle();
    world.blockedUntil = world.clock + 60_000;
    world.auto = () => ok();
    await q.retry('1');
    await q.idle();
    expect(world.calls).toHaveLength(1);
    expect(statusOf(world.stored['1'], world.clock)).toMatchObject({ kind: 'waiting', reason: 'rate-limited' });
  });
});
