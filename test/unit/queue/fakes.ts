import type { EndpointForm } from '../../../lib/api/endpoint-forms';
import type { MediaMetadata } from '../../../lib/api/metadata-schema';
import type { HttpRequest } from '../../../lib/api/transport';
import { type CallResult, type Job, JobSchema, type SaveInput } from '../../../lib/queue/job';
import { createQueue, type QueueDeps } from '../../../lib/queue/queue';
import { z } from '../../../lib/zod';

/** Test doubles for the queue: a fake clock, an in-memory store that validates what it is given, a scripted API. */

export const T0 = Date.UTC(2025, 0, 1);
export const HOUR = 3_600_000;

const StoredJobs = z.record(z.string(), JobSchema);

export interface SentCall {
  request: HttpRequest;
  form: EndpointForm;
  at: number;
  /** What the store held when the call was made. */
  storedAtCall: Record<string, Job>;
  answer(result: CallResult): void;
  answered: boolean;
}

export function metadataFor(text: string): MediaMetadata {
  return { alt_text: { text } };
}

export function saveInput(mediaId: string, text: string, deadline = T0 + 24 * HOUR): SaveInput {
  const metadata = metadataFor(text);
  return {
    mediaId,
    form: 'v2',
    metadata,
    deadline,
    request: {
      method: 'POST',
      url: 'https://api.x.com/2/media/metadata',
      body: JSON.stringify({ id: mediaId, metadata }),
      contentType: 'application/json',
    },
  };
}

export const ok = (rateLimit?: { remaining: number; resetAt: number }): CallResult => ({
  kind: 'applied',
  partialErrors: [],
  ...(rateLimit ? { rateLimit } : {}),
});

/** Shared world of one test: survives "restarts" (new queues built on the same store). */
export function fakeWorld(options: { randoms?: number[] } = {}) {
  const world = {
    clock: T0,
    stored: {} as Record<string, Job>,
    blockedUntil: 0,
    writes: [] as Record<string, Job>[],
    calls: [] as SentCall[],
    scheduled: [] as (number | null)[],
    notified: [] as Job[][],
    /** When set, every call is answered at once with this; otherwise calls wait for `answer`. */
    auto: undefined as ((request: HttpRequest) => CallResult) | undefined,
    randoms: [...(options.randoms ?? [])],
  };
  const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
  const deps: QueueDeps = {
    store: {
      get: async () => clone(world.stored),
      set: async (jobs) => {
        world.stored = clone(StoredJobs.parse(jobs));
        world.writes.push(clone(world.stored));
      },
    },
    rateLimit: {
      get: async () => world.blockedUntil,
      set: async (at) => {
        world.blockedUntil = at;
      },
    },
    now: () => world.clock,
    random: () => world.randoms.shift() ?? 0.5,
    call(request, form) {
      return new Promise<CallResult>((resolve) => {
        const call: SentCall = {
          request,
          form,
          at: world.clock,
          storedAtCall: clone(world.stored),
          answered: false,
          answer: (result) => {
            call.answered = true;
            resolve(result);
          },
        };
        world.calls.push(call);
        if (world.auto) call.answer(world.auto(request));
      });
    },
    schedule: async (at) => {
      world.scheduled.push(at);
    },
    notify: (changed) => {
      world.notified.push(changed);
    },
  };
  return {
    world,
    deps,
    queue: () => createQueue(deps),
    pending: () => world.calls.filter((c) => !c.answered),
    lastScheduled: () => world.scheduled.at(-1) ?? null,
    /** Lets every promise chain that waits on nothing external run to its end. */
    flush: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  };
}
