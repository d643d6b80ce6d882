import type { CallResult, Job } from '../../../lib/queue/job';
import { createQueue, type JobQueue, type QueueDeps } from '../../../lib/queue/queue';
import { saveInput, T0 } from './fakes';

/**
 * The world of the model-based test: a fake X that writes bodies and keeps a rate-limit window, a store that
 * outlives worker instances, and workers that can die at any await (every later await never returns).
 */

export type Answer =
  | { kind: 'ok' }
  | { kind: 'ok-last'; resetSecs: number }
  | { kind: '5xx' }
  | { kind: '429'; resetSecs: number }
  | { kind: 'timeout' }
  | { kind: 'drop' }
  | { kind: 'signed-out' };

export const counts = {
  runs: 0,
  saves: 0,
  calls: 0,
  applied: 0,
  failed: 0,
  retries: 0,
  '429s': 0,
  restarts: 0,
  'duplicates-after-unknown': 0,
  'duplicates-otherwise': 0,
  'requests inside closed windows': 0,
  /** A 429 (or remaining 0) that reached a worker killed before its next storage write: nobody could keep it. */
  'windows lost with a dead worker': 0,
  'requests inside lost windows': 0,
};

interface Worker {
  alive: boolean;
  opsLeft: number;
  scheduled: number | null;
  queue: JobQueue;
}
interface PendingCall {
  worker: Worker;
  id: string;
  body: string;
  resolve(result: CallResult): void;
}

const never = <T>() => new Promise<T>(() => {});
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createWorld(seed: number) {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const w = {
    clock: T0,
    stored: {} as Record<string, Job>,
    blockedUntil: 0,
    /** X's window as the extension was told it (a window told only to a worker that died is moved to lostUntil). */
    closedUntil: 0,
    lostUntil: 0,
    pending: [] as PendingCall[],
    lastWrite: new Map<string, string>(),
    lastCall: new Map<string, string>(),
    unknownSinceWrite: new Set<string>(),
    latestSave: new Map<string, string>(),
    violations: [] as string[],
    worker: undefined as unknown as Worker,
  };

  function write(id: string, body: string) {
    if (w.lastWrite.get(id) === body) {
      if (w.unknownSinceWrite.has(id)) counts['duplicates-after-unknown']++;
      else {
        counts['duplicates-otherwise']++;
        w.violations.push(`duplicate write for ${id}`);
      }
    }
    w.lastWrite.set(id, body);
    w.unknownSinceWrite.delete(id);
  }

  function spawn(): Worker {
    const worker: Worker = {
      alive: true,
      opsLeft: Number.POSITIVE_INFINITY,
      scheduled: null,
      queue: undefined as never,
    };
    // Each storage access is an await the worker may not come back from.
    const gate = <T>(op: () => T): Promise<T> => {
      if (!worker.alive || worker.opsLeft-- <= 0) {
        worker.alive = false;
        return never();
      }
      return Promise.resolve(op());
    };
    const deps: QueueDeps = {
      store: {
        get: () => gate(() => clone(w.stored)),
        set: (jobs) =>
          gate(() => {
            w.stored = clone(jobs);
          }),
      },
      rateLimit: {
        get: () => gate(() => w.blockedUntil),
        set: (at) =>
          gate(() => {
            w.blockedUntil = at;
          }),
      },
      now: () => w.clock,
      random,
      call(request) {
        if (!worker.alive) return never();
        const body = request.body ?? '';
        const id = JSON.parse(body).id as string;
        counts.calls++;
        if (w.lastCall.get(id) === body) counts.retries++;
        w.lastCall.set(id, body);
        if (w.clock < w.closedUntil) {
          counts['requests inside closed windows']++;
          w.violations.push(`request for ${id} at ${w.clock} before ${w.closedUntil}`);
        } else if (w.clock < w.lostUntil) counts['requests inside lost windows']++;
        return new Promise((resolve) => w.pending.push({ worker, id, body, resolve }));
      },
      schedule: (at) =>
        gate(() => {
          worker.scheduled = at;
        }),
      notify: () => {},
    };
    worker.queue = createQueue(deps);
    return worker;
  }
  w.worker = spawn();

  function answer(call: PendingCall, a: Answer) {
    w.pending = w.pending.filter((p) => p !== call);
    const closeFor = (secs: number) => (w.closedUntil = Math.max(w.closedUntil, w.clock + secs * 1000));
    switch (a.kind) {
      case 'ok':
        write(call.id, call.body);
        return call.resolve({ kind: 'applied', partialErrors: [] });
      case 'ok-last': {
        write(call.id, call.body);
        const resetAt = closeFor(a.resetSecs);
        return call.resolve({ kind: 'applied', partialErrors: [], rateLimit: { limit: 500, remaining: 0, resetAt } });
      }
      case '5xx':
        return call.resolve({ kind: 'server-error', status: 503, message: 'Service Unavailable' });
      case '429':
        counts['429s']++;
        return call.resolve({ kind: 'rate-limited', resetAt: closeFor(a.resetSecs), message: 'Too Many Requests' });
      case 'timeout':
        // It reached X and was applied; the caller only saw the time run out.
        write(call.id, call.body);
        w.unknownSinceWrite.add(call.id);
        return call.resolve({ kind: 'timeout', afterMs: 20_000, message: 'X did not answer.' });
      case 'drop':
        return call.resolve({ kind: 'network-error', message: 'Could not reach X.' });
      case 'signed-out':
        return call.resolve({ kind: 'no-credentials', reason: 'needs-sign-in' });
    }
  }

  /** The worker dies: its pending calls are abandoned (X got them or not); a new one starts from the store. */
  async function restart(reachedX: boolean) {
    counts.restarts++;
    const dead = w.worker;
    dead.alive = false;
    for (const call of w.pending.filter((p) => p.worker === dead)) {
      if (reachedX) write(call.id, call.body);
    }
    w.pending = w.pending.filter((p) => p.worker !== dead);
    if (w.blockedUntil < w.closedUntil) {
      counts['windows lost with a dead worker']++;
      w.lostUntil = Math.max(w.lostUntil, w.closedUntil);
      w.closedUntil = w.blockedUntil;
    }
    // Whatever X did, a job the store shows in flight has an outcome the queue cannot know.
    for (const job of Object.values(w.stored)) if (job.phase === 'in-flight') w.unknownSinceWrite.add(job.mediaId);
    w.worker = spawn();
    await w.worker.queue.resume();
    await tick();
  }

  /** Confirmed only when save() comes back: it does once the job is stored (a dying worker may never say so). */
  function save(id: string, content: number, deadline: number): Promise<void> {
    const input = saveInput(id, `c${content}`, deadline);
    return w.worker.queue.save(input).then(() => {
      counts.saves++;
      w.latestSave.set(id, input.request.body ?? '');
    });
  }

  return { w, answer, restart, save, alivePending: () => w.pending.filter((p) => p.worker === w.worker) };
}

export type World = ReturnType<typeof createWorld>;
