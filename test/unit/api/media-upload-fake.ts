import { vi } from 'vitest';
import type { UploadDeps } from '../../../lib/api/media-upload';
import type { Credentials } from '../../../lib/api/transport';

/** A scripted X for the v2 media upload: records every request, answers each step as told (or as X does). */

export const NOW = 1_760_000_000_000;
export const MEDIA_ID = '1880028106020515840';
export const MIB = 1024 * 1024;
export const bearer: Credentials = { kind: 'oauth2', accessToken: 'token-abc' };
export const oauth1: Credentials = {
  kind: 'oauth1',
  consumerKey: 'ck',
  consumerSecret: 'cs',
  token: 'tk',
  tokenSecret: 'ts',
};

export type Step = 'initialize' | 'append' | 'finalize' | 'status';
export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | 'network-error'
  /** Never answers; rejects only when the request's signal fires (a timeout or the caller's abort). */
  | 'hang';
/** A reply, or one per call of that step (the `n`th call, from 0). */
export type Script = Partial<Record<Step, Reply | ((n: number) => Reply)>>;

export interface Seen {
  step: Step;
  url: string;
  method: string;
  headers: Record<string, string>;
  body: RequestInit['body'];
}

export const rateHeaders = {
  'x-rate-limit-limit': '500',
  'x-rate-limit-remaining': '499',
  'x-rate-limit-reset': '1760000900',
};

const ok = (data: object): Reply => ({ status: 200, body: { data }, headers: rateHeaders });
export const X_ANSWERS: Record<Step, Reply> = {
  initialize: ok({ id: MEDIA_ID, media_key: `3_${MEDIA_ID}`, expires_after_secs: 86400 }),
  append: ok({ expires_at: 1_760_086_400 }),
  finalize: ok({ id: MEDIA_ID, media_key: `3_${MEDIA_ID}`, size: 10, expires_after_secs: 86400 }),
  status: ok({ id: MEDIA_ID, media_key: `3_${MEDIA_ID}`, processing_info: { state: 'succeeded' } }),
};

function stepOf(url: string, method: string): Step {
  const { pathname, search } = new URL(url);
  if (method === 'GET' && pathname === '/2/media/upload' && search.includes('command=STATUS')) return 'status';
  if (method === 'POST' && pathname === '/2/media/upload/initialize') return 'initialize';
  if (method === 'POST' && /^\/2\/media\/upload\/\d+\/append$/.test(pathname)) return 'append';
  if (method === 'POST' && /^\/2\/media\/upload\/\d+\/finalize$/.test(pathname)) return 'finalize';
  throw new Error(`The fake X has no ${method} ${url}`);
}

export function fakeX(script: Script = {}, credentials: Credentials = bearer) {
  const seen: Seen[] = [];
  const counts: Record<Step, number> = { initialize: 0, append: 0, finalize: 0, status: 0 };
  let inFlight = 0;
  let maxInFlight = 0;
  let clock = NOW;
  const waits: number[] = [];

  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';
    const step = stepOf(url, method);
    seen.push({ step, url, method, headers: { ...(init.headers as Record<string, string>) }, body: init.body });
    const scripted = script[step] ?? X_ANSWERS[step];
    const reply = typeof scripted === 'function' ? scripted(counts[step]) : scripted;
    counts[step] += 1;
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (reply === 'network-error') throw new TypeError('Failed to fetch');
      if (reply === 'hang') {
        return await new Promise<Response>((_resolve, reject) => {
          const abort = () => reject(new DOMException('aborted', 'AbortError'));
          if (init.signal?.aborted) abort();
          init.signal?.addEventListener('abort', abort);
        });
      }
      const text =
        reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      return new Response(text, { status: reply.status, headers: reply.headers });
    } finally {
      inFlight -= 1;
    }
  }) as unknown as typeof globalThis.fetch;

  const deps: UploadDeps = {
    fetch,
    credentials,
    now: () => clock,
    nonce: () => 'fixed-nonce',
    // A virtual clock: waiting moves time on at once, and each wait is recorded.
    wait: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
  };
  return { deps, fetch, seen, waits, steps: () => seen.map((s) => s.step), maxInFlight: () => maxInFlight };
}

/** Bytes that follow no short period (a hash of the offset), so a misplaced or repeated segment cannot go unseen. */
export function patternBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.imul(i + 1, 2654435761) >>> 24;
  return bytes;
}

/** The multipart body as it goes on the wire: the content type fetch gives it, and its parts in order. */
export async function multipart(seen: Seen) {
  const request = new Request(seen.url, { method: seen.method, body: seen.body });
  const contentType = request.headers.get('content-type') ?? '';
  const raw = await request.clone().text();
  const form = await request.formData();
  const parts = await Promise.all(
    [...form.entries()].map(async ([name, value]) => ({
      name,
      value: typeof value === 'string' ? value : new Uint8Array(await value.arrayBuffer()),
    })),
  );
  return { contentType, raw, parts };
}

/** The parts of the FormData handed to fetch (what fetch serializes), read without a multipart round trip. */
export async function formParts(seen: Seen) {
  if (!(seen.body instanceof FormData)) throw new Error(`${seen.url} was sent without a FormData body`);
  return Promise.all(
    [...seen.body.entries()].map(async ([name, value]) => ({
      name,
      value: typeof value === 'string' ? value : new Uint8Array(await value.arrayBuffer()),
    })),
  );
}

export const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
