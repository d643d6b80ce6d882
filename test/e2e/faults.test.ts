import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LogEntry } from '../../sim';
import { describeAndSave, metadataCalls, uploadOne, waitForStatus } from './harness/flows';
import { ExtensionSession } from './harness/session';

/**
 * What X and the network do wrong, and what the browser does to the background, end to end: each saved
 * description still reaches X exactly as saved, once, and the item ends "Applied". Every test reads the simulator's
 * request log: what X actually received is the proof. A revoked grant (waits as "needs sign-in", applied after
 * reconnecting) is proved in accounts.test.ts, in both browsers.
 */

const statuses = (calls: LogEntry[]) => calls.map((e) => e.status ?? 'cut off');
const applied = (calls: LogEntry[]) => calls.filter((e) => e.status === 200);

/** The job as the background stored it (storage.local, one entry per job: lib/storage/items.ts), read from an extension page. */
async function storedJob(session: ExtensionSession, mediaId: string): Promise<{ phase?: string } | undefined> {
  const page = await session.openExtensionPage('options.html', 'body');
  try {
    return await page.evaluate(async (id) => {
      type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      const scope = globalThis as unknown as { browser?: Storage; chrome: Storage };
      const key = `job:${id}`;
      const stored = await (scope.browser ?? scope.chrome).storage.local.get(key);
      return stored[key] as { phase?: string } | undefined;
    }, mediaId);
  } finally {
    await page.close();
  }
}

describe.each(['chromium', 'firefox'] as const)('faults in %s', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await ExtensionSession.start(name);
    await session.connect();
  });
  afterAll(() => session?.close());

  test('503 twice, then success: applied once, after three calls with the same body', async () => {
    const { control } = session.sim;
    const { page, mediaId } = await uploadOne(session);
    control.inject({ target: 'metadata-v2', mode: 'status', status: 503, count: 2 });
    await describeAndSave(page, 'After two 503s');
    await waitForStatus(page, 'Applied', 30_000); // two retries (jittered backoff: ≤ 2 s, ≤ 4 s) and the save
    const calls = metadataCalls(session, mediaId);
    expect(statuses(calls)).toEqual([503, 503, 200]);
    expect(new Set(calls.map((e) => e.body)).size).toBe(1);
    expect(control.mediaMetadata(mediaId)?.metadata).toMatchObject({ alt_text: { text: 'After two 503s' } });
    await page.close();
  });

  test('429 with a reset 5 s ahead: nothing is sent before the reset, then applied', async () => {
    const { control } = session.sim;
    const { page, mediaId } = await uploadOne(session);
    control.inject({ target: 'metadata-v2', mode: 'rate-limit', resetInSec: 5, count: 1 });
    await describeAndSave(page, 'After the window');
    await waitForStatus(page, 'rate limit was reached');
    await waitForStatus(page, 'Applied', 30_000); // the 5 s rate-limit window, then the save
    const calls = metadataCalls(session, mediaId);
    expect(statuses(calls)).toEqual([429, 200]);
    // The window reopens at ceil((429 time + 5 s) / 1 s): the second call came no sooner (a few ms of clock slack).
    // The window closed for 5 s from the 429 (reset = ceil of that, in seconds): nothing reached X before it reopened
    // (a few ms of slack between the browser's and the simulator's clocks).
    expect(calls[1]!.startedAt - calls[0]!.startedAt).toBeGreaterThanOrEqual(4_950);
    const during = control.log.entries(
      (e) => e.kind === 'metadata-v2' && e.startedAt > calls[0]!.startedAt && e.startedAt < calls[1]!.startedAt,
    );
    expect(during).toEqual([]);
    expect(control.mediaMetadata(mediaId)?.metadata).toMatchObject({ alt_text: { text: 'After the window' } });
    await page.close();
  });

  test('a hanging request: the client gives up after 20 s, retries, and it is applied', async () => {
    const { control } = session.sim;
    const { page, mediaId } = await uploadOne(session);
    control.inject({ target: 'metadata-v2', mode: 'hang', count: 1 });
    await describeAndSave(page, 'After a hang');
    await waitForStatus(page, 'Applied', 60_000); // the client's 20 s give-up, a retry, the save
    const calls = metadataCalls(session, mediaId);
    expect(statuses(calls)).toEqual(['cut off', 200]);
    expect(calls[1]!.startedAt - calls[0]!.startedAt).toBeGreaterThanOrEqual(19_900);
    expect(calls[1]!.body).toBe(calls[0]!.body);
    expect(control.mediaMetadata(mediaId)?.metadata).toMatchObject({ alt_text: { text: 'After a hang' } });
    await page.close();
  }, 90_000); // the 20 s give-up plus upload and save, with room for a loaded machine

  test('a dropped connection: retried and applied once', async () => {
    const { control } = session.sim;
    const { page, mediaId } = await uploadOne(session);
    control.inject({ target: 'metadata-v2', mode: 'drop', count: 1 });
    await describeAndSave(page, 'After a drop');
    await waitForStatus(page, 'Applied', 30_000); // a retry after the drop (jittered backoff ≤ 2 s) and the save
    const calls = metadataCalls(session, mediaId);
    expect(calls[0]!.status).toBeUndefined();
    expect(statuses(calls).at(-1)).toBe(200);
    expect(applied(calls)).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(control.mediaMetadata(mediaId)?.metadata).toMatchObject({ alt_text: { text: 'After a drop' } });
    await page.close();
  });
});

describe.each(['chromium', 'firefox'] as const)('the background dies in %s', (name) => {
  let session: ExtensionSession;
  let profile: string;
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), `xmm-profile-${name}-`));
    session = await ExtensionSession.start(name, { userDataDir: profile, firefoxIdleMs: 1_000 });
    await session.connect();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  test('stopped mid-call: the call is sent again and applied exactly once; the item ends "Applied"', async () => {
    const { control } = session.sim;
    const { page, mediaId } = await uploadOne(session);
    control.inject({ target: 'metadata-v2', mode: 'latency', ms: 3_000, count: 1 });
    await describeAndSave(page, 'Survives a stop');
    await control.log.waitFor((e) => e.kind === 'metadata-v2' && (e.json as { id?: string })?.id === mediaId, 10_000); // the save's call leaves at once: < 1 s
    await session.stopBackground();
    const stoppedAt = Date.now();
    await waitForStatus(page, 'Applied', 60_000); // the background back (woken by the tab) and the call again
    const calls = metadataCalls(session, mediaId);
    const back = (calls.at(-1)?.startedAt ?? Number.POSITIVE_INFINITY) - stoppedAt;
    console.log(name, 'stopped mid-call:', statuses(calls), `call again ${Math.round(back)} ms after the stop`);
    // The tab wakes the background at once (its port closed): far sooner than the queue's 30 s alarm would.
    expect(back).toBeLessThan(10_000);
    // The first call was cut off by the stop (it never reached X's handler); the resumed one applied.
    expect(calls[0]!.status).toBeUndefined();
    expect(applied(calls)).toHaveLength(1);
    expect(control.mediaMetadata(mediaId)?.metadata).toMatchObject({ alt_text: { text: 'Survives a stop' } });
    expect((await storedJob(session, mediaId))?.phase).toBe('applied');
    await page.close();
  });

  test('closed with a pending job and reopened: applied on start', async () => {
    const { control } = session.sim;
    const { page, mediaId } = await uploadOne(session);
    control.inject({ target: 'metadata-v2', mode: 'status', status: 503, count: Number.POSITIVE_INFINITY });
    await describeAndSave(page, 'Survives a restart');
    await waitForStatus(page, 'A retry is scheduled');
    expect(control.mediaMetadata(mediaId)).toBeUndefined();
    const closedAt = control.log.entries().at(-1)?.seq ?? 0;
    await session.restart(() => control.clearFaults());
    const reopenedAt = Date.now();
    const done = await control.log.waitFor(
      (e) => e.kind === 'metadata-v2' && e.status === 200 && (e.json as { id?: string })?.id === mediaId,
      60_000, // a browser start on the kept profile and the pending job's call: < 15 s under load
    );
    console.log(name, 'restart: applied', done.startedAt - reopenedAt, 'ms after reopening');
    const calls = metadataCalls(session, mediaId);
    expect(applied(calls)).toHaveLength(1);
    // Before closing: only 503s. After reopening: the one call, and it applied.
    expect(new Set(statuses(calls.filter((e) => e.seq <= closedAt)))).toEqual(new Set([503]));
    expect(statuses(calls.filter((e) => e.seq > closedAt))).toEqual([200]);
    expect(control.mediaMetadata(mediaId)?.metadata).toMatchObject({ alt_text: { text: 'Survives a restart' } });
    await expect.poll(async () => (await storedJob(session, mediaId))?.phase, { timeout: 10_000 }).toBe('applied'); // the job record written after the 200: ms
  }, 120_000); // two browser starts (close, reopen) plus the saves
});
