import { describe, expect, test } from 'vitest';
import { RETRY } from '../../../lib/queue/backoff';
import { createQueue } from '../../../lib/queue/queue';
import { statusOf } from '../../../lib/queue/status';
import { fakeWorld, ok, saveInput } from './fakes';

describe('the worker dies; the work does not', () => {
  test('killed mid-call: a new instance from the store alone resends the exact body, remembering it was unknown', async () => {
    const { world, queue, flush } = fakeWorld();
    const old = queue();
    const input = saveInput('1', 'survive');
    await old.save(input);
    await flush(); // in flight; the old worker's call is abandoned and never resolves
    const fresh = queue();
    world.auto = () => ok();
    await fresh.resume();
    expect(world.calls).toHaveLength(2);
    expect(world.calls[1]?.storedAtCall['1']).toMatchObject({ phase: 'in-flight', unknownOutcome: true, attempts: 1 });
    await fresh.idle();
    expect(world.calls[1]?.request).toEqual(input.request);
    expect(world.stored['1']).toMatchObject({ phase: 'applied', unknownOutcome: false });
  });

  test('a call in flight keeps a wake-up ahead, so a worker stopped mid-call is woken to resend it', async () => {
    const { world, queue, flush, lastScheduled } = fakeWorld();
    const old = queue();
    await old.save(saveInput('1', 'a'));
    await flush();
    expect(world.stored['1']?.phase).toBe('in-flight');
    // Nothing else may ever wake the background: the alarm must already be set when the worker dies here.
    expect(lastScheduled()).toBe(world.clock + RETRY.inFlightCheckMs);
    world.clock += RETRY.inFlightCheckMs;
    const fresh = queue();
    world.auto = () => ok();
    await fresh.resume();
    await fresh.idle();
    expect(world.stored['1']).toMatchObject({ phase: 'applied' });
    expect(lastScheduled()).toBeNull();
  });

  test('killed after persisting, before any call: the job is sent at start-up', async () => {
    const { world, deps, queue } = fakeWorld();
    // A worker that dies right after its first write: every later await never returns.
    let writes = 0;
    const dying = createQueue({
      ...deps,
      store: { get: deps.store.get, set: (jobs) => (++writes > 1 ? new Promise(() => {}) : deps.store.set(jobs)) },
    });
    await dying.save(saveInput('1', 'a'));
    expect(world.calls).toHaveLength(0);
    world.auto = () => ok();
    const fresh = queue();
    await fresh.resume();
    await fresh.idle();
    expect(world.calls).toHaveLength(1);
    expect(world.stored['1']?.phase).toBe('applied');
  });

  test('a newer save queued behind the dead call is the one sent after the restart', async () => {
    const { world, queue, flush } = fakeWorld();
    const old = queue();
    await old.save(saveInput('1', 'old'));
    await flush();
    await old.save(saveInput('1', 'new'));
    const fresh = queue();
    world.auto = () => ok();
    await fresh.resume();
    await fresh.idle();
    expect(world.calls.map((c) => c.request.body)).toEqual([
      saveInput('1', 'old').request.body,
      saveInput('1', 'new').request.body,
    ]);
  });

  test('a worker that keeps dying mid-call ends failed after 8 attempts, not in a loop', async () => {
    const { world, queue, flush } = fakeWorld();
    await queue().save(saveInput('1', 'a'));
    await flush();
    for (let i = 0; i < 10; i++) {
      await queue().resume();
      await flush();
    }
    expect(world.calls).toHaveLength(RETRY.maxAttempts);
    expect(statusOf(world.stored['1'], world.clock)).toMatchObject({ kind: 'failed', message: /Retry/ });
  });

  test('resume leaves the calls of its own instance alone', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'a'));
    await flush();
    await q.resume();
    expect(world.calls).toHaveLength(1);
    pending()[0]?.answer(ok());
    await q.idle();
    expect(world.stored['1']).toMatchObject({ phase: 'applied', unknownOutcome: false });
  });
});
