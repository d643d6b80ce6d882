import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { JobSchema } from '../../../lib/queue/job';
import { attentionAt } from '../../../lib/queue/transitions';
import { HOUR, T0 } from './fakes';
import { type Answer, counts, createWorld, tick, type World } from './model';

/**
 * Model-based test: random saves, API answers, clock jumps, alarms and worker deaths (at any await, with calls
 * pending), then time runs until everything settles. Every saved media id must end applied with exactly its
 * latest saved content, or failed with a reason; no request inside a closed rate-limit window; no repeated write
 * except after an unknown outcome.
 */

const IDS = ['1', '2', '3'] as const;
const OK: Answer = { kind: 'ok' };

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(OK) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('ok-last' as const), resetSecs: fc.integer({ min: 1, max: 90 }) }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: '5xx' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('429' as const), resetSecs: fc.integer({ min: 1, max: 120 }) }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'timeout' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'drop' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'signed-out' as const }) },
);
const id = fc.nat({ max: IDS.length - 1 });
const content = fc.nat({ max: 2 });
const pick = fc.nat({ max: 5 });

const command = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('save' as const), id, content }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('answer' as const), pick, answer }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('advance' as const),
      ms: fc.constantFrom(1_000, 10_000, 120_000, 1_800_000),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'runDue' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'reconnect' as const }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('restart' as const), reachedX: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('crash' as const),
      during: fc.constantFrom('save', 'answer', 'runDue'),
      afterOps: fc.nat({ max: 5 }),
      id,
      content,
      pick,
      answer,
      reachedX: fc.boolean(),
    }),
  },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

async function perform(world: World, deadlines: number[], c: Command) {
  const { w } = world;
  const deadlineOf = (i: number) => T0 + (deadlines[i] ?? HOUR);
  const answerOne = (index: number, a: Answer) => {
    const pending = world.alivePending();
    const call = pending[index % Math.max(1, pending.length)];
    if (call) world.answer(call, a);
  };
  switch (c.t) {
    case 'save':
      return world.save(IDS[c.id] ?? '1', c.content, deadlineOf(c.id));
    case 'answer':
      return answerOne(c.pick, c.answer);
    case 'advance':
      w.clock += c.ms;
      return;
    case 'runDue':
      return w.worker.queue.runDue();
    case 'reconnect':
      return w.worker.queue.accountReconnected();
    case 'restart':
      return world.restart(c.reachedX);
    case 'crash':
      // The worker gets `afterOps` more storage accesses, then every await hangs forever; then it is replaced.
      w.worker.opsLeft = c.afterOps;
      if (c.during === 'save') void world.save(IDS[c.id] ?? '1', c.content, deadlineOf(c.id));
      else if (c.during === 'answer') answerOne(c.pick, c.answer);
      else void w.worker.queue.runDue();
      await tick();
      return world.restart(c.reachedX);
  }
}

/** Time runs forward: X answers (from `tail`, then 200), the alarm fires, until every job is final. */
async function settle(world: World, tail: Answer[]) {
  const { w } = world;
  for (let step = 0; step < 500; step++) {
    await tick();
    const [call] = world.alivePending();
    if (call) {
      world.answer(call, tail.shift() ?? OK);
      continue;
    }
    const open = Object.values(w.stored).filter((job) => job.phase !== 'applied' && job.phase !== 'failed');
    if (open.length === 0) return;
    const at = w.worker.scheduled;
    if (at === null) {
      // Nothing pending forever: without a timer, a job may only be waiting for the account.
      if (open.every((job) => job.phase === 'account')) await w.worker.queue.accountReconnected();
      else return void w.violations.push(`no timer for ${open.map((j) => `${j.mediaId}:${j.phase}`).join(',')}`);
      continue;
    }
    w.clock = Math.max(w.clock, at);
    await w.worker.queue.runDue();
  }
  w.violations.push('did not settle');
}

/** Nothing pending forever: the one timer is set no later than the first queued job needs the background. */
function checkTimer(world: World) {
  const { w } = world;
  const needed = Object.values(w.stored)
    .map((job) => attentionAt(job, w.blockedUntil))
    .filter((at): at is number => at !== null);
  if (needed.length === 0) return;
  const at = w.worker.scheduled;
  if (at === null || at > Math.min(...needed)) w.violations.push(`timer ${at} later than ${Math.min(...needed)}`);
}

function check(world: World) {
  const { w } = world;
  for (const [mediaId, latest] of w.latestSave) {
    const job = JobSchema.parse(w.stored[mediaId]);
    if (job.phase === 'applied') {
      counts.applied++;
      if (job.applied?.request.body !== latest) w.violations.push(`${mediaId} applied an older save`);
      if (w.lastWrite.get(mediaId) !== latest) w.violations.push(`${mediaId}: X holds ${w.lastWrite.get(mediaId)}`);
    } else if (job.phase === 'failed') {
      counts.failed++;
      if (!job.message) w.violations.push(`${mediaId} failed without a reason`);
    } else w.violations.push(`${mediaId} ended ${job.phase}`);
  }
}

afterAll(() => {
  console.log(`queue model counts: ${JSON.stringify(counts)}`);
});

test('every save ends applied with its latest content or failed with a reason; no closed-window or needless calls', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer(),
      fc.array(fc.constantFrom(5 * 60_000, HOUR, 24 * HOUR), { minLength: 3, maxLength: 3 }),
      fc.array(command, { minLength: 1, maxLength: 14 }),
      fc.array(answer, { maxLength: 6 }),
      async (seed, deadlines, commands, tail) => {
        counts.runs++;
        const world = createWorld(seed);
        for (const c of commands) {
          await perform(world, deadlines, c);
          await tick();
          checkTimer(world);
        }
        await settle(world, [...tail]);
        check(world);
        expect(world.w.violations).toEqual([]);
      },
    ),
    { numRuns: 1_000 },
  );
  expect(counts['duplicates-otherwise']).toBe(0);
  expect(counts['requests inside closed windows']).toBe(0);
}, 30_000);
