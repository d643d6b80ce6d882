import { vi } from 'vitest';
import { type AccountDeps, createAccountService } from '../../../lib/account/account';
import { memoryKeyStore } from '../../../lib/account/key-store';
import { createVault } from '../../../lib/account/vault';
import { items } from '../../../lib/storage/items';

export const USER = { id: '1000000000000000001', username: 'demo_user', name: 'Demo User' };

export interface FakeX {
  fetch: typeof fetch;
  calls: Array<{ url: string; body: string; authorization?: string }>;
  /** Current valid access tokens and refresh tokens. */
  accessTokens: Set<string>;
  refreshTokens: Set<string>;
  refreshCount: number;
}

/** A tiny stand-in for X's token and users/me endpoints with rotating single-use refresh tokens. */
export function fakeX(): FakeX {
  const state: FakeX = {
    calls: [],
    accessTokens: new Set(),
    refreshTokens: new Set(),
    refreshCount: 0,
    fetch: undefined as never,
  };
  let serial = 0;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  state.fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const body = typeof init?.body === 'string' ? init.body : '';
    const authorization = (init?.headers as Record<string, string> | undefined)?.authorization;
    state.calls.push({ url, body, authorization });
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (url.endsWith('/2/users/me')) {
      const token = authorization?.replace(/^Bearer /, '') ?? '';
      return state.accessTokens.has(token) || authorization?.startsWith('OAuth ')
        ? json(200, { data: USER })
        : json(401, { title: 'Unauthorized', type: 'about:blank' });
    }
    if (url.endsWith('/2/oauth2/token')) {
      const params = new URLSearchParams(body);
      if (params.get('grant_type') === 'refresh_token') {
        state.refreshCount++;
        const old = params.get('refresh_token') ?? '';
        if (!state.refreshTokens.delete(old))
          return json(400, { error: 'invalid_grant', error_description: 'Value passed for the token was invalid.' });
      }
      serial++;
      const access = `access-${serial}`;
      const refresh = `refresh-${serial}`;
      state.accessTokens.add(access);
      state.refreshTokens.add(refresh);
      return json(200, {
        token_type: 'bearer',
        expires_in: 7200,
        access_token: access,
        refresh_token: refresh,
        scope: 'media.write users.read tweet.read offline.access',
      });
    }
    if (url.endsWith('/2/oauth2/revoke')) return json(200, { revoked: true });
    return json(404, {});
  }) as unknown as typeof fetch;
  return state;
}

export function makeAccount(x: FakeX, overrides: Partial<AccountDeps> = {}) {
  let now = 1_760_000_000_000;
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const keyStore = memoryKeyStore();
  const vault = createVault(keyStore);
  const onSignedOut = vi.fn(async () => {});
  const redirectUri = 'https://abcdefghijklmnop.chromiumapp.org/';
  const identity = {
    redirectUrl: () => redirectUri,
    launch: vi.fn(async (url: string) => {
      const state = new URL(url).searchParams.get('state');
      return `${redirectUri}?state=${state}&code=the-code`;
    }),
  };
  const account = createAccountService({
    vault,
    status: items.account,
    refreshMarker: items.refreshMarker,
    http: { fetch: x.fetch, now: clock.now },
    identity,
    onSignedOut,
    ...overrides,
  });
  return { account, vault, clock, identity, onSignedOut, keyStore };
}
