import { describe, expect, test } from 'vitest';
import { createQueue } from '../../../lib/queue/queue';
import { KEEP_AFTER_DEADLINE_MS } from '../../../lib/queue/transitions';
import { fakeWorld, HOUR, ok, saveInput, T0 } from './fakes';

describe('persist first', () => {
  test('the job and its exact request are stored before the call, marked in flight, and the answer right after', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    const input = saveInput('1', 'a cat');
    const saved = await q.save(input);
    expect(saved).toMatchObject({ phase: 'queued', active: { version: 1, request: input.request } });
    await flush();
    const [call] = pending();
    // First write: queued with the exact request; the call saw the store already saying "in flight".
    expect(world.writes[0]?.['1']).toMatchObject({ phase: 'queued', active: { request: input.request } });
    expect(call?.storedAtCall['1']).toMatchObject({ phase: 'in-flight', active: { request: input.request } });
    expect(call?.request).toEqual(input.request);
    world.clock += 500;
    call?.answer(ok());
    await q.idle();
    expect(world.stored['1']).toMatchObject({ phase: 'applied', applied: { at: world.clock, request: input.request } });
    expect(world.notified.flat().at(-1)).toMatchObject({ mediaId: '1', phase: 'applied' });
  });

  test('save resolves without waiting for the network', async () => {
    const { queue, pending, flush } = fakeWorld();
    const q = queue();
    await expect(q.save(saveInput('1', 'x'))).resolves.toMatchObject({ mediaId: '1' });
    await flush();
    expect(pending()).toHaveLength(1);
  });
});

describe('one request in flight per media id; the newest save wins', () => {
  test('newer saves wait for the in-flight one; the newest replaces a queued one; it is sent after', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'first'));
    await flush();
    await q.save(saveInput('1', 'second'));
    await q.save(saveInput('1', 'third'));
    await flush();
    expect(world.calls).toHaveLength(1);
    expect(world.stored['1']).toMatchObject({ phase: 'in-flight', next: { version: 3 } });
    pending()[0]?.answer(ok());
    await flush();
    expect(world.calls.map((c) => c.request.body)).toEqual([
      saveInput('1', 'first').request.body,
      saveInput('1', 'third').request.body,
    ]);
    pending()[0]?.answer(ok());
    await q.idle();
    expect(world.stored['1']).toMatchObject({ phase: 'applied', applied: { version: 3 }, next: null });
  });

  test('different media ids run in parallel', async () => {
    const { queue, pending, flush } = fakeWorld();
    const q = queue();
    await Promise.all(['1', '2', '3'].map((id) => q.save(saveInput(id, `text ${id}`))));
    await flush();
    expect(pending().map((c) => JSON.parse(c.request.body ?? '').id)).toEqual(['1', '2', '3']);
  });

  test('a save equal to what is in flight, queued or applied makes no call', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'same'));
    await flush();
    await q.save(saveInput('1', 'other'));
    await q.save(saveInput('1', 'same')); // back to the in-flight content: the queued "other" is dropped
    pending()[0]?.answer(ok());
    await q.idle();
    await q.save(saveInput('1', 'same'));
    await q.idle();
    expect(world.calls).toHaveLength(1);
    expect(world.stored['1']).toMatchObject({ phase: 'applied', lastVersion: 4 });
  });

  test('a newer save equal to what X holds is not sent when the in-flight one fails', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    world.auto = () => ok();
    await q.save(saveInput('1', 'A'));
    await q.idle();
    world.auto = undefined;
    await q.save(saveInput('1', 'B'));
    await flush();
    await q.save(saveInput('1', 'A'));
    pending()[0]?.answer({ kind: 'invalid', problems: [], message: 'bad' });
    await flush();
    expect(world.calls).toHaveLength(2);
    expect(world.stored['1']).toMatchObject({ phase: 'applied', applied: { version: 1 } });
  });

  test('after a timeout, an equal save is sent again: X may hold something else', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    world.auto = () => ok();
    await q.save(saveInput('1', 'A'));
    await q.idle();
    world.auto = undefined;
    await q.save(saveInput('1', 'B'));
    await flush();
    await q.save(saveInput('1', 'A'));
    pending()[0]?.answer({ kind: 'timeout', afterMs: 20_000, message: 'slow' });
    await flush();
    expect(world.calls.at(-1)?.request.body).toBe(saveInput('1', 'A').request.body);
  });
  test('the doubt a timeout leaves lasts until X confirms a save, through later failures', async () => {
    const { world, queue, pending, flush } = fakeWorld({ randoms: [0] });
    const q = queue();
    world.auto = () => ok();
    await q.save(saveInput('1', 'A'));
    await q.idle();
    world.auto = undefined;
    await q.save(saveInput('1', 'B'));
    await flush();
    pending()[0]?.answer({ kind: 'timeout', afterMs: 20_000, message: 'slow' }); // X may now hold B
    await flush();
    pending()[0]?.answer({ kind: 'server-error', status: 503, message: 'busy' });
    await flush();
    await q.save(saveInput('1', 'A'));
    await flush();
    expect(world.calls.at(-1)?.request.body).toBe(saveInput('1', 'A').request.body);
    expect(world.calls).toHaveLength(4);
  });
});

describe('one lock per instance', () => {
  test('concurrent saves and answers against a slow store never lose an update', async () => {
    const { world, deps, flush } = fakeWorld();
    // Every storage access takes 0–2 ms, so saves and answers interleave at every await.
    const slow =
      <A extends unknown[], R>(op: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 3)));
        return op(...args);
      };
    world.auto = () => ok();
    const q = createQueue({ ...deps, store: { get: slow(deps.store.get), set: slow(deps.store.set) } });
    const ids = Array.from({ length: 20 }, (_, i) => String(i + 1));
    await Promise.all(ids.map((id) => q.save(saveInput(id, `t${id}`))));
    await q.idle();
    await flush();
    expect(Object.keys(world.stored).sort()).toEqual([...ids].sort());
    expect(Object.values(world.stored).every((job) => job.phase === 'applied')).toBe(true);
    expect(world.calls).toHaveLength(20);
  });
});

describe('remove and clear', () => {
  test('clear (sign-out) drops every job; a late answer does not bring one back; no timer left', async () => {
    const { queue, pending, flush, lastScheduled } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'a'));
    await q.save(saveInput('2', 'b'));
    await flush();
    await q.clear();
    for (const call of pending()) call.answer(ok());
    await q.idle();
    expect(await q.jobs()).toEqual({});
    expect(lastScheduled()).toBeNull();
  });

  test('a removed job saved again waits for the old call to end: never two in flight for one id', async () => {
    const { world, queue, pending, flush } = fakeWorld();
    const q = queue();
    await q.save(saveInput('1', 'a'));
    await flush();
    await q.remove(['1']);
    await q.save(saveInput('1', 'b'));
    await flush();
    expect(world.calls).toHaveLength(1);
    pending()[0]?.answer(ok());
    await flush();
    expect(world.calls).toHaveLength(2);
    pending()[0]?.answer(ok());
    await q.idle();
    expect(world.stored['1']).toMatchObject({ phase: 'applied', applied: { version: 1 } });
    expect(world.stored['1']?.applied?.request.body).toBe(saveInput('1', 'b').request.body);
  });
});

describe('the store does not grow for ever', () => {
  test('a final job leaves the store a day after its media id expired; a job still in use stays', async () => {
    const { world, queue, flush } = fakeWorld();
    world.auto = () => ok();
    const q = queue();
    const deadline = T0 + 24 * HOUR;
    await q.save(saveInput('1', 'applied long ago', deadline));
    await q.idle();
    world.clock = T0 + 2 * HOUR;
    // Saved, then never sent: it waits for an account until its media id expires.
    world.auto = () => ({ kind: 'no-credentials', reason: 'no-account' });
    await q.save(saveInput('2', 'never sent', deadline + HOUR));
    await q.idle();
    expect(world.stored['2']?.phase).toBe('account');

    world.clock = deadline + KEEP_AFTER_DEADLINE_MS - 1;
    await q.runDue();
    expect(Object.keys(world.stored).sort()).toEqual(['1', '2']);
    // Past its deadline: failed ("expired"), shown as such, and kept as long as the applied one was.
    await q.accountReconnected();
    await flush();
    expect(world.stored['2']).toMatchObject({ phase: 'failed', cause: 'expired' });

    world.clock = deadline + KEEP_AFTER_DEADLINE_MS;
    await q.runDue();
    expect(Object.keys(world.stored)).toEqual(['2']);
    world.clock = deadline + HOUR + KEEP_AFTER_DEADLINE_MS;
    await q.runDue();
    expect(world.stored).toEqual({});
    expect(world.calls.map((call) => JSON.parse(call.request.body ?? '{}').id)).toEqual(['1', '2']);
  });
});
