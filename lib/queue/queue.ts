import type { EndpointForm } from '../api/endpoint-forms';
import type { HttpRequest } from '../api/transport';
import { blockedUntilFrom, RETRY } from './backoff';
import type { CallResult, Job, Save, SaveInput } from './job';
import { createLock, createTasks } from './serial';
import {
  applySave,
  attentionAt,
  expire,
  isStale,
  reconnect,
  recordResult,
  recoverUnknown,
  retryJob,
  waitForWindow,
} from './transitions';

/**
 * The durable job queue: every saved description ends applied or visibly failed, whatever happens to the worker
 * (killed at any await), the network or the API. The store is the truth; memory only knows which calls this
 * instance itself started, so a new instance (after a restart) starts from the store alone.
 */
export interface QueueDeps {
  /**
   * Every job, as stored (storage.local, lib/storage/items.ts). `get` during a `set` answers what was stored before it;
   * `set` stores the whole record (the store may write only what changed).
   */
  store: { get(): Promise<Record<string, Job>>; set(jobs: Record<string, Job>): Promise<void> };
  /** Ms epoch before which nothing is sent (X's rate-limit window), shared by all jobs. */
  rateLimit: { get(): Promise<number>; set(blockedUntil: number): Promise<void> };
  now(): number;
  random(): number;
  /** The background's API call (credentials, one refresh and replay on 401). May never resolve if the worker dies. */
  call(request: HttpRequest, form: EndpointForm): Promise<CallResult>;
  /** The background keeps one timer/alarm at the earliest time a job needs attention (null: none). */
  schedule(at: number | null): Promise<void>;
  notify(changed: Job[]): void;
}

export interface JobQueue {
  save(input: SaveInput): Promise<Job>;
  retry(mediaId: string): Promise<Job | undefined>;
  runDue(): Promise<void>;
  resume(): Promise<void>;
  accountReconnected(): Promise<void>;
  remove(mediaIds: string[]): Promise<void>;
  clear(): Promise<void>;
  jobs(): Promise<Record<string, Job>>;
  idle(): Promise<void>;
}

type Jobs = Record<string, Job>;

export function createQueue(deps: QueueDeps): JobQueue {
  const locked = createLock();
  const { track, idle } = createTasks();
  // Calls this instance started that have not ended. `orphaned`: the job was removed meanwhile; its answer is
  // dropped, but no other call for that media id starts before it ends (one request in flight per media id).
  const running = new Map<string, { version: number; orphaned: boolean }>();

  /** Writes `jobs` if anything changed since `before`, and tells the views which jobs changed. */
  async function commit(before: Jobs, jobs: Jobs) {
    const changed = Object.values(jobs).filter((job) => JSON.stringify(before[job.mediaId]) !== JSON.stringify(job));
    const removed = Object.keys(before).some((id) => !(id in jobs));
    if (changed.length > 0 || removed) await deps.store.set(jobs);
    if (changed.length > 0) notify(changed);
  }
  /** Read, change, write back, under the lock. `change` works on a copy and returns the new jobs. */
  const mutate = <T>(change: (jobs: Jobs, now: number) => Promise<{ jobs: Jobs; value: T }>): Promise<T> =>
    locked(async () => {
      const before = await deps.store.get();
      const { jobs, value } = await change({ ...before }, deps.now());
      await commit(before, jobs);
      return value;
    });
  const notify = (changed: Job[]) => {
    try {
      deps.notify(changed);
    } catch {
      // A view that fails to update must not stop the queue.
    }
  };

  async function reschedule(jobs: Jobs, blockedUntil: number) {
    let earliest: number | null = null;
    for (const job of Object.values(jobs)) {
      // A running call kicks runDue when it ends, unless the worker dies first (stopped mid-call): a later wake-up
      // lets a restarted background find the job still in flight and send it again. A live worker's wake-up while
      // the call runs is harmless (runDue skips running calls and sets the next one).
      const at = running.has(job.mediaId) ? deps.now() + RETRY.inFlightCheckMs : attentionAt(job, blockedUntil);
      if (at !== null && (earliest === null || at < earliest)) earliest = at;
    }
    await deps.schedule(earliest);
  }

  /** A call that throws is a network error like any other: the job stays retryable. */
  function invoke(save: Save): Promise<CallResult> {
    const asOutcome = (error: unknown): CallResult => ({
      kind: 'network-error',
      message: `Could not reach X (${error instanceof Error ? error.message : String(error)}).`,
    });
    try {
      return deps.call(save.request, save.form).catch(asOutcome);
    } catch (error) {
      return Promise.resolve(asOutcome(error));
    }
  }

  async function runDue(): Promise<void> {
    const calls = await locked(async () => {
      const before = await deps.store.get();
      const now = deps.now();
      const blockedUntil = await deps.rateLimit.get();
      const jobs = { ...before };
      const due: { mediaId: string; save: Save }[] = [];
      for (const [id, job] of Object.entries(jobs)) {
        if (running.has(id)) continue;
        if (isStale(job, now)) {
          delete jobs[id];
          continue;
        }
        let next = expire(job, now);
        const save = next.active;
        if (next.phase === 'queued' && next.dueAt <= now && save) {
          if (blockedUntil > now) next = waitForWindow(next, blockedUntil);
          else {
            next = { ...next, phase: 'in-flight' };
            due.push({ mediaId: id, save });
          }
        }
        jobs[id] = next;
      }
      await commit(before, jobs);
      // The store now says "in flight" for each. Hand them to the API still under the lock, so that no answer
      // (a 429, a removal) can be recorded between the checks above and the send.
      const sent = due.map(({ mediaId, save }) => {
        running.set(mediaId, { version: save.version, orphaned: false });
        return { mediaId, version: save.version, pending: invoke(save) };
      });
      await reschedule(jobs, blockedUntil);
      return sent;
    });
    for (const { mediaId, version, pending } of calls)
      track(pending.then((result) => finish(mediaId, version, result)));
  }

  async function finish(mediaId: string, version: number, result: CallResult): Promise<void> {
    await mutate(async (jobs, now) => {
      const entry = running.get(mediaId);
      running.delete(mediaId);
      // X's window is real whatever became of the job; written before the job so a crash cannot lose it.
      const blocked = blockedUntilFrom(result, now);
      if (blocked !== undefined && blocked > (await deps.rateLimit.get())) await deps.rateLimit.set(blocked);
      const job = jobs[mediaId];
      if (entry && !entry.orphaned && job?.phase === 'in-flight' && job.active?.version === version) {
        jobs[mediaId] = recordResult(job, result, now, deps.random);
      }
      return { jobs, value: undefined };
    });
    await runDue();
  }

  const mapJobs = (change: (job: Job, now: number) => Job) =>
    mutate(async (jobs, now) => {
      for (const [id, job] of Object.entries(jobs)) jobs[id] = change(job, now);
      return { jobs, value: undefined };
    });

  async function drop(ids: (jobs: Jobs) => string[]): Promise<void> {
    await mutate(async (jobs) => {
      for (const id of ids(jobs)) delete jobs[id];
      for (const [id, entry] of running) if (!(id in jobs)) entry.orphaned = true;
      await reschedule(jobs, await deps.rateLimit.get());
      return { jobs, value: undefined };
    });
  }

  return {
    async save(input) {
      const job = await mutate(async (jobs, now) => {
        const saved = applySave(jobs[input.mediaId], input, now);
        return { jobs: { ...jobs, [input.mediaId]: saved }, value: saved };
      });
      track(runDue());
      return job;
    },
    async retry(mediaId) {
      const job = await mutate(async (jobs, now) => {
        const current = jobs[mediaId];
        if (!current) return { jobs, value: undefined };
        const next = retryJob(current, now);
        return { jobs: { ...jobs, [mediaId]: next }, value: next };
      });
      track(runDue());
      return job;
    },
    runDue,
    async resume() {
      // Only calls of a dead worker: this instance's own are still running.
      await mapJobs((job, now) => (running.has(job.mediaId) ? job : recoverUnknown(job, now)));
      await runDue();
    },
    async accountReconnected() {
      await mapJobs(reconnect);
      await runDue();
    },
    remove: (mediaIds) => drop(() => mediaIds),
    clear: () => drop((jobs) => Object.keys(jobs)),
    // Not under the lock: what is stored is always a consistent state, and a view (a held post waiting for its
    // news) must not wait behind the next mutation.
    jobs: () => deps.store.get(),
    idle,
  };
}
