import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../../sim/index';
import { bearer, pkcePair, postForm, send } from './helpers';

// OAuth 2.0 Authorization Code + PKCE: consent page on x.com, token/revoke on api.x.com, rotating refresh tokens.

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ quiet: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const SCOPE = 'media.write users.read tweet.read offline.access';

function authorizeParams(challenge: string, overrides: Record<string, string> = {}) {
  return {
    response_type: 'code',
    client_id: 'demo-client-id',
    redirect_uri: REDIRECT,
    scope: SCOPE,
    state: 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
}

/** Runs the consent page as the user would: GET it, then submit its form with the chosen button. */
async function authorize(challenge: string, decision = 'allow', cookie?: string): Promise<URL> {
  const params = authorizeParams(challenge);
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const page = await send(sim, { host: 'x.com', path: `/i/oauth2/authorize?${new URLSearchParams(params)}`, headers });
  expect(page.status).toBe(200);
  expect(page.text).toContain('>Authorize app</button>');
  expect(page.text).toContain('>Cancel</button>');
  const body = new URLSearchParams({ ...params, decision }).toString();
  const res = await send(sim, {
    host: 'x.com',
    path: '/i/oauth2/authorize',
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
  expect(res.status).toBe(302);
  return new URL(String(res.headers.location));
}

function exchange(code: string, verifier: string, overrides: Record<string, string> = {}) {
  return postForm(sim, 'api.x.com', '/2/oauth2/token', {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
    client_id: 'demo-client-id',
    ...overrides,
  });
}

const refresh = (token: string) =>
  postForm(sim, 'api.x.com', '/2/oauth2/token', {
    grant_type: 'refresh_token',
    refresh_token: token,
    client_id: 'demo-client-id',
  });

type Tokens = { access_token: string; refresh_token: string };

describe('OAuth 2.0 with PKCE', () => {
  it('signs in: consent page, code, token exchange, then /2/users/me as that user', async () => {
    const { verifier, challenge } = pkcePair();
    const back = await authorize(challenge, 'allow', 'sim_user=other_user');
    expect(back.origin + back.pathname).toBe(REDIRECT);
    expect(back.searchParams.get('state')).toBe('state-123');
    const code = back.searchParams.get('code') ?? '';
    const res = await exchange(code, verifier);
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: SCOPE });
    const tokens = res.json() as Tokens;
    expect(tokens.refresh_token).toBeTruthy();
    const me = await send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(tokens.access_token) });
    expect(me.json()).toEqual({ data: { id: '1000000000000000002', name: 'Other User', username: 'other_user' } });
    // Codes are single-use.
    expect((await exchange(code, verifier)).status).toBe(400);
  });

  it('fails with a wrong code_verifier, a mismatched redirect_uri, and an expired code', async () => {
    const { verifier, challenge } = pkcePair();
    const wrong = await exchange((await authorize(challenge)).searchParams.get('code') ?? '', pkcePair().verifier);
    expect(wrong.status).toBe(400);
    expect(wrong.json()).toMatchObject({ error: 'invalid_grant' });

    const code2 = (await authorize(challenge)).searchParams.get('code') ?? '';
    const other = 'https://otherextension.chromiumapp.org/';
    expect((await exchange(code2, verifier, { redirect_uri: other })).status).toBe(400);

    sim.control.setCodeLifetime(0.05);
    const code3 = (await authorize(challenge)).searchParams.get('code') ?? '';
    await new Promise((r) => setTimeout(r, 100));
    const expired = await exchange(code3, verifier);
    expect(expired.status).toBe(400);
    expect(expired.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('Cancel redirects with error=access_denied; a bad client, redirect or method gets an error page', async () => {
    const { challenge } = pkcePair();
    const back = await authorize(challenge, 'cancel');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.has('code')).toBe(false);

    const bads: Record<string, string>[] = [
      { client_id: 'nobody' },
      { redirect_uri: 'https://evil.example/' },
      { redirect_uri: 'https://abc.chromiumapp.org/cb' },
      { code_challenge_method: 'plain' },
    ];
    for (const bad of bads) {
      const query = new URLSearchParams(authorizeParams(challenge, bad));
      const res = await send(sim, { host: 'x.com', path: `/i/oauth2/authorize?${query}` });
      expect(res.status).toBe(400);
      expect(res.headers.location).toBeUndefined();
      expect(res.text).not.toContain('Authorize app</button>');
    }
    const firefox = authorizeParams(challenge, { redirect_uri: 'https://0123abcd.extensions.allizom.org/' });
    expect(
      (await send(sim, { host: 'x.com', path: `/i/oauth2/authorize?${new URLSearchParams(firefox)}` })).status,
    ).toBe(200);
  });

  it('rotates refresh tokens; reusing a spent one revokes the whole grant', async () => {
    const { verifier, challenge } = pkcePair();
    const first = (
      await exchange((await authorize(challenge)).searchParams.get('code') ?? '', verifier)
    ).json() as Tokens;
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    const rotated = second.json() as Tokens;
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    const me = () => send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(rotated.access_token) });
    expect((await me()).status).toBe(200);

    const replay = await refresh(first.refresh_token);
    expect(replay.status).toBe(400);
    expect(replay.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Value passed for the token was invalid.',
    });
    // The replay killed the grant: the newest tokens are dead too.
    expect((await me()).status).toBe(401);
    expect((await refresh(rotated.refresh_token)).status).toBe(400);
  });

  it('revoke ends the grant', async () => {
    const issued = sim.control.issueToken();
    const res = await postForm(sim, 'api.x.com', '/2/oauth2/revoke', {
      token: issued.accessToken,
      client_id: 'demo-client-id',
    });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ revoked: true });
    expect(
      (await send(sim, { host: 'api.x.com', path: '/2/users/me', headers: bearer(issued.accessToken) })).status,
    ).toBe(401);
    expect((await refresh(issued.refreshToken)).status).toBe(400);
  });

  it('gives no refresh token without offline.access', async () => {
    const { verifier, challenge } = pkcePair();
    const params = authorizeParams(challenge, { scope: 'media.write users.read' });
    const post = await send(sim, {
      host: 'x.com',
      path: '/i/oauth2/authorize',
      method: 'POST',
      body: new URLSearchParams({ ...params, decision: 'allow' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const code = new URL(String(post.headers.location)).searchParams.get('code') ?? '';
    const tokens = (await exchange(code, verifier)).json() as Record<string, unknown>;
    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope).toBe('media.write users.read');
  });
});
