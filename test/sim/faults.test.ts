import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../sim/index';
import { bearer, postJson, send } from './helpers';

// Each fault mode does what it says, on the kind it targets, for `count` requests.

let sim: Simulator;
let token: string;
let mediaId: string;

beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.reset();
  token = sim.control.issueToken().accessToken;
  mediaId = sim.control.uploadAs('demo_user');
});

const metadata = (signal?: AbortSignal) =>
  send(sim, {
    host: 'api.x.com',
    path: '/2/media/metadata',
    method: 'POST',
    body: JSON.stringify({ id: mediaId, metadata: { alt_text: { text: 'cat' } } }),
    headers: { 'content-type': 'application/json', ...bearer(token) },
    signal,
  });
const me = () => send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(token) });

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

describe('fault injection', () => {
  it('latency delays the targeted kind, then handles it normally', async () => {
    const [, baseline] = await timed(me);
    sim.control.inject({ target: 'users-me', mode: 'latency', ms: 400 });
    const [slow, took] = await timed(me);
    expect(slow.status).toBe(200);
    expect(took).toBeGreaterThanOrEqual(380);
    expect(took).toBeGreaterThan(baseline + 300);
    const [, after] = await timed(me); // count defaults to 1
    expect(after).toBeLessThan(300);
  });

  it('status answers the given status as a problem, for `count` requests only', async () => {
    sim.control.inject({ target: 'metadata-v2', mode: 'status', status: 503, count: 2 });
    expect((await me()).status).toBe(200); // another kind is untouched
    const first = await metadata();
    expect(first.status).toBe(503);
    expect(first.json()).toMatchObject({ title: 'Service Unavailable', type: 'about:blank', status: 503 });
    expect(first.headers['x-rate-limit-limit']).toBe('500');
    expect((await metadata()).status).toBe(503);
    expect((await metadata()).status).toBe(200);
  });

  it('drop closes the socket without a response', async () => {
    sim.control.inject({ target: 'metadata-v2', mode: 'drop' });
    await expect(metadata()).rejects.toThrow(/socket hang up|ECONNRESET/);
    const entry = sim.control.log.entries({ kind: 'metadata-v2' })[0];
    expect(entry?.status).toBeUndefined();
    expect((await metadata()).status).toBe(200);
  });

  it('hang never answers until the client aborts', async () => {
    sim.control.inject({ target: 'metadata-v2', mode: 'hang' });
    const abort = new AbortController();
    let settled = false;
    const pending = metadata(abort.signal).finally(() => {
      settled = true;
    });
    await sim.control.log.waitFor((e) => e.kind === 'metadata-v2', 2000);
    await new Promise((r) => setTimeout(r, 500));
    expect(settled).toBe(false);
    abort.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect((await metadata()).status).toBe(200);
  });

  it('rate-limit answers 429 with the reset time and lets nothing through before it', async () => {
    sim.control.inject({ target: 'metadata-v2', mode: 'rate-limit', resetInSec: 1 });
    const now = Date.now() / 1000;
    const first = await metadata();
    expect(first.status).toBe(429);
    expect(first.json()).toMatchObject({ title: 'Too Many Requests', status: 429 });
    expect(first.headers['x-rate-limit-remaining']).toBe('0');
    const reset = Number(first.headers['x-rate-limit-reset']);
    expect(reset).toBeGreaterThanOrEqual(Math.floor(now + 1));
    expect(reset).toBeLessThanOrEqual(Math.ceil(now + 2));
    for (let i = 0; i < 3; i++) expect((await metadata()).status).toBe(429);
    expect(sim.control.mediaMetadata(mediaId)).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1100));
    expect((await metadata()).status).toBe(200);
  });

  it("usage-capped answers X's usage-capped problem", async () => {
    sim.control.inject({ target: 'metadata-v2', mode: 'usage-capped' });
    const res = await metadata();
    expect(res.status).toBe(429);
    expect(res.json()).toMatchObject({
      type: 'https://api.x.com/2/problems/usage-capped',
      period: 'Daily',
      scope: 'Product',
    });
  });

  it('expired-token answers 401 as an expired token would, then the token works again', async () => {
    sim.control.inject({ target: 'any', mode: 'expired-token' });
    const res = await me();
    expect(res.status).toBe(401);
    expect(res.json()).toEqual({ title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    expect((await me()).status).toBe(200);
  });

  it('count: Infinity applies until clearFaults; preflights and control calls are never faulted', async () => {
    sim.control.inject({ target: 'any', mode: 'status', status: 500, count: Number.POSITIVE_INFINITY });
    expect((await me()).status).toBe(500);
    expect((await me()).status).toBe(500);
    const preflight = await send(sim, {
      host: 'upload.x.com',
      path: '/i/media/upload.json?command=INIT',
      method: 'OPTIONS',
      headers: { origin: 'https://x.com', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://x.com');
    const control = await postJson(sim, 'localhost', '/__control/clearFaults', [], {});
    expect(control.status).toBe(200);
    expect((await me()).status).toBe(200);
  });
});
