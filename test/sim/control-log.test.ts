import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../sim/index';
import { bearer, postJson, send } from './helpers';

// The request log and the HTTP control API.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const control = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  postJson(sim, 'localhost', `/__control/${method}`, args, headers);

describe('request log', () => {
  it('records every request in arrival order, with kind, user, status and validation', async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    await postJson(
      sim,
      'api.x.com',
      '/2/media/metadata',
      { id, metadata: { alt_text: { text: 'ok' } } },
      bearer(accessToken),
    );
    await postJson(sim, 'api.x.com', '/2/media/metadata', { id: 'x' }, bearer(accessToken));
    await postJson(sim, 'x.com', '/i/api/graphql/abc123/CreateTweet', { variables: { tweet_text: 'hi' } }, {});
    await send(sim, { host: 'x.com', path: '/compose/post?lang=fr' });

    const entries = sim.control.log.entries();
    expect(entries.map((e) => e.kind)).toEqual(['metadata-v2', 'metadata-v2', 'create-tweet', 'x-web']);
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => a - b));
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i]?.startedAt).toBeGreaterThanOrEqual(entries[i - 1]?.startedAt ?? 0);
    }
    const [ok, bad, tweet, page] = entries;
    expect(ok).toMatchObject({
      host: 'api.x.com',
      method: 'POST',
      path: '/2/media/metadata',
      status: 200,
      user: 'demo_user',
    });
    expect(ok?.json).toEqual({ id, metadata: { alt_text: { text: 'ok' } } });
    expect(ok?.endedAt).toBeGreaterThanOrEqual(ok?.startedAt ?? 0);
    expect(ok?.headers.authorization).toBe(`Bearer ${accessToken}`);
    expect(bad?.validation).toEqual({
      ok: false,
      errors: [{ path: 'id', message: 'must match the pattern ^[0-9]{1,19}$' }],
    });
    expect(tweet?.json).toEqual({ variables: { tweet_text: 'hi' } });
    expect(page).toMatchObject({ host: 'x.com', path: '/compose/post', query: { lang: 'fr' } });
    expect(sim.control.log.entries({ kind: 'metadata-v2', status: 200 })).toHaveLength(1);
    expect(sim.control.log.entries((e) => e.host === 'x.com')).toHaveLength(2);
  });

  it('waitFor resolves on a later request and rejects with a clear message on timeout', async () => {
    const waiting = sim.control.log.waitFor((e) => e.kind === 'users-me' && e.status !== undefined, 2000);
    const { accessToken } = sim.control.issueToken();
    await send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(accessToken) });
    expect((await waiting).status).toBe(200);
    await expect(sim.control.log.waitFor((e) => e.kind === 'oauth-revoke', 50)).rejects.toThrow(
      /log\.waitFor: no matching request within 50 ms/,
    );
  });

  it('reset clears the log, tokens, media and faults', async () => {
    const { accessToken } = sim.control.issueToken();
    const id = sim.control.uploadAs('demo_user');
    sim.control.inject({ target: 'users-me', mode: 'status', status: 500 });
    sim.control.reset();
    expect(sim.control.log.entries()).toEqual([]);
    const me = await send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(accessToken) });
    expect(me.status).toBe(401); // the token is gone, and the fault did not fire
    const fresh = sim.control.issueToken().accessToken;
    expect((await postJson(sim, 'api.x.com', '/2/media/metadata', { id }, bearer(fresh))).status).toBe(400);
  });
});

describe('HTTP control API', () => {
  it('drives the same control object over HTTP', async () => {
    const issued = await control('issueToken', [{ username: 'other_user', scopes: ['users.read'] }]);
    expect(issued.status).toBe(200);
    const { accessToken } = issued.json() as { accessToken: string };
    const me = await send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(accessToken) });
    expect((me.json() as { data: { username: string } }).data.username).toBe('other_user');

    expect(
      (await control('inject', { target: 'users-me', mode: 'status', status: 502, count: 'Infinity' })).status,
    ).toBe(200);
    expect((await send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(accessToken) })).status).toBe(
      502,
    );
    await control('clearFaults', []);

    const entries = (await control('log.entries', [{ kind: 'users-me' }])).json() as { status: number }[];
    expect(entries.map((e) => e.status)).toEqual([200, 502]);
    expect((await control('users', [])).json()).toMatchObject({ demo_user: { id: '1000000000000000001' } });
    const bad = await control('setWebUser', ['nobody']);
    expect(bad.status).toBe(400);
    expect((bad.json() as { error: string }).error).toContain('nobody');
    expect((await control('noSuchMethod', [])).status).toBe(404);
  });

  it('refuses any request with an Origin header, and is not reachable through X host names', async () => {
    const res = await control('reset', [], { origin: 'https://x.com' });
    expect(res.status).toBe(403);
    const nullOrigin = await control('issueToken', [], { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const viaApi = await postJson(sim, 'api.x.com', '/__control/issueToken', [], {});
    expect(viaApi.status).toBe(404);
    expect(sim.control.log.entries({ path: '/__control/issueToken', host: 'api.x.com' })[0]?.kind).toBe('other');
  });
});
