import { describe, expect, test } from 'vitest';
import type { CallResult } from '../../../lib/queue/job';
import { statusOf } from '../../../lib/queue/status';
import { fakeWorld, HOUR, ok, saveInput } from './fakes';

const tooMany = (resetAt: number): CallResult => ({ kind: 'rate-limited', resetAt, message: 'Too Many Requests' });

describe('rate limits', () => {
  test('after a 429 nothing is sent before its reset, for any media id; then all go', async () => {
    const { world, queue, pending, flush, lastScheduled } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'a'));
    await flush();
    const resetAt = world.clock + 90_000;
    pending()[0]?.answer(tooMany(resetAt));
    await flush();
    expect(world.blockedUntil).toBe(resetAt);
    await q.save(saveInput('2', 'b'));
    await flush();
    world.clock = resetAt - 1;
    await q.runDue();
    expect(world.calls).toHaveLength(1);
    expect(statusOf(world.stored['1'], world.clock)).toEqual({
      kind: 'waiting',
      reason: 'rate-limited',
      until: resetAt,
      message: 'Too Many Requests',
      cause: 'rate-limited',
    });
    expect(statusOf(world.stored['2'], world.clock)).toMatchObject({ kind: 'waiting', reason: 'rate-limited' });
    expect(lastScheduled()).toBe(resetAt);
    world.clock = resetAt;
    world.auto = () => ok();
    await q.runDue();
    await q.idle();
    expect(world.calls.slice(1).every((c) => c.at >= resetAt)).toBe(true);
    expect(Object.values(world.stored).map((j) => j.phase)).toEqual(['applied', 'applied']);
  });

  test('a newer save queued behind a call that got a 429 waits for the same reset, and says so', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'a'));
    await flush();
    await q.save(saveInput('1', 'b'));
    const resetAt = world.clock + 30_000;
    pending()[0]?.answer(tooMany(resetAt));
    await flush();
    expect(world.stored['1']).toMatchObject({ phase: 'queued', active: { version: 2 }, next: null, attempts: 0 });
    expect(statusOf(world.stored['1'], world.clock)).toMatchObject({
      kind: 'waiting',
      reason: 'rate-limited',
      until: resetAt,
    });
  });

  test('429 waits do not count toward the 8 attempts', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    let answers = 0;
    world.auto = () => (++answers <= 12 ? tooMany(world.clock + 10_000) : ok());
    await q.save(saveInput('1', 'a'));
    await q.idle();
    for (let i = 0; i < 20 && world.stored['1']?.phase === 'queued'; i++) {
      world.clock = Math.max(world.stored['1'].dueAt, world.blockedUntil);
      await q.runDue();
      await q.idle();
    }
    expect(world.calls).toHaveLength(13);
    expect(world.stored['1']).toMatchObject({ phase: 'applied', attempts: 0 });
  });

  test('a success with x-rate-limit-remaining 0 closes the window until its reset; a new instance respects it', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    const resetAt = world.clock + 600_000;
    world.auto = () => ok({ remaining: 0, resetAt });
    await q.save(saveInput('1', 'a'));
    await q.idle();
    expect(world.blockedUntil).toBe(resetAt);
    const restarted = queue();
    await restarted.resume();
    await restarted.save(saveInput('2', 'b'));
    await restarted.idle();
    expect(world.calls).toHaveLength(1);
    world.clock = resetAt;
    await restarted.runDue();
    await restarted.idle();
    expect(world.calls).toHaveLength(2);
  });
});

describe('waiting for the account', () => {
  test.each([
    [{ kind: 'no-credentials', reason: 'needs-sign-in' }, 'needs-sign-in'],
    [{ kind: 'no-credentials', reason: 'no-account' }, 'no-account'],
    [{ kind: 'unauthorized', message: 'Unauthorized' }, 'needs-sign-in'],
  ] as [CallResult, string][])('%o waits without a timer until the account is back', async (result, reason) => {
    const { world, queue, lastScheduled } = fakeWorld();
    const q = queue();
    world.auto = () => result;
    await q.save(saveInput('1', 'a'));
    await q.idle();
    expect(statusOf(world.stored['1'], world.clock)).toMatchObject({ kind: 'waiting', reason });
    expect(lastScheduled()).toBeNull();
    world.clock += HOUR;
    await q.runDue();
    await q.idle();
    expect(world.calls).toHaveLength(1);
    world.auto = () => ok();
    await q.accountReconnected();
    await q.idle();
    expect(world.calls).toHaveLength(2);
    expect(world.stored['1']).toMatchObject({ phase: 'applied', attempts: 0 });
  });
});

describe('deadlines', () => {
  test('a job still retrying at its deadline ends failed: its media id expired', async () => {
    const { world, queue, lastScheduled } = fakeWorld({ randoms: [0.99] });
    const q = queue();
    const deadline = world.clock + 1_000;
    world.auto = () => ({ kind: 'server-error', status: 502, message: 'Bad Gateway' });
    await q.save(saveInput('1', 'a', deadline));
    await q.idle();
    // The retry would come after the deadline: the timer is set for the deadline itself.
    expect(lastScheduled()).toBe(deadline);
    world.clock = deadline;
    await q.runDue();
    expect(statusOf(world.stored['1'], world.clock)).toEqual({
      kind: 'failed',
      message: 'X no longer accepts metadata for this media: it expired.',
      cause: 'expired',
      problems: [],
    });
    expect(lastScheduled()).toBeNull();
  });

  test('a save after the deadline fails at once, with no call', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    const job = await q.save(saveInput('1', 'a', world.clock - 1));
    await q.idle();
    expect(job).toMatchObject({ phase: 'failed', message: /expired/ });
    expect(world.calls).toHaveLength(0);
  });

  test('a job waiting for the account shows expired once past its deadline, and runDue records it', async () => {
    const { world, queue } = fakeWorld();
    const q = queue();
    world.auto = () => ({ kind: 'no-credentials', reason: 'needs-sign-in' });
    await q.save(saveInput('1', 'a', world.clock + HOUR));
    await q.idle();
    world.clock += HOUR;
    expect(statusOf(world.stored['1'], world.clock)).toMatchObject({ kind: 'failed', message: /expired/ });
    await q.runDue();
    expect(world.stored['1']).toMatchObject({ phase: 'failed' });
  });

  test('an answer that arrives after the deadline: applied counts, a failure ends expired', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'a', world.clock + 1_000));
    await q.save(saveInput('2', 'b', world.clock + 1_000));
    await flush();
    world.clock += 5_000;
    const [first, second] = pending();
    first?.answer(ok());
    second?.answer({ kind: 'network-error', message: 'offline' });
    await q.idle();
    expect(world.stored['1']?.phase).toBe('applied');
    expect(world.stored['2']).toMatchObject({ phase: 'failed', message: /expired/ });
  });
});
