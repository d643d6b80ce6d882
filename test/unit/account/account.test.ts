import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { items } from '../../../lib/storage/items';
import { fakeX, makeAccount, USER } from './fixtures';

beforeEach(() => fakeBrowser.reset());

/** Everything in every storage area, as one string: what a search for a secret would look at. */
async function allStorage(): Promise<string> {
  const local = await fakeBrowser.storage.local.get();
  const session = await fakeBrowser.storage.session.get();
  return JSON.stringify({ local, session });
}

describe('connecting', () => {
  test('a pasted token is checked with X, then kept sealed: storage.local never holds it in clear', async () => {
    const x = fakeX();
    x.accessTokens.add('pasted-canary-token');
    const { account } = makeAccount(x);
    const result = await account.connectWithToken('  pasted-canary-token ');
    expect(result).toEqual({ ok: true, value: { state: 'connected', method: 'token', user: USER } });
    expect(await allStorage()).not.toContain('pasted-canary-token');
    expect(await account.credentials()).toEqual({
      ok: true,
      credentials: { kind: 'oauth2', accessToken: 'pasted-canary-token' },
    });
  });

  test('a bad token gets a clear error and nothing is stored', async () => {
    const { account } = makeAccount(fakeX());
    expect(await account.connectWithToken('wrong')).toMatchObject({ ok: false, error: 'invalid-credentials' });
    expect(await items.account.get()).toEqual({ state: 'none' });
    expect(await fakeBrowser.storage.local.get('vault')).toEqual({});
  });

  test('OAuth 1.0a keys are checked and sealed', async () => {
    const { account } = makeAccount(fakeX());
    const keys = { consumerKey: 'ck', consumerSecret: 'cs-canary', token: 'tk', tokenSecret: 'ts-canary' };
    expect(await account.connectWithOAuth1(keys)).toMatchObject({ ok: true, value: { method: 'oauth1' } });
    expect(await allStorage()).not.toMatch(/cs-canary|ts-canary/);
    expect(await account.credentials()).toEqual({ ok: true, credentials: { kind: 'oauth1', ...keys } });
  });

  test('sign in: PKCE flow, code exchanged, refresh token sealed, access token only in storage.session', async () => {
    const x = fakeX();
    const { account, identity } = makeAccount(x);
    const result = await account.signIn('my-client-id');
    expect(result).toMatchObject({ ok: true, value: { state: 'connected', method: 'signin', user: USER } });
    const authorize = new URL(identity.launch.mock.calls[0]![0]);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const exchange = new URLSearchParams(x.calls.find((c) => c.url.endsWith('/oauth2/token'))!.body);
    expect(exchange.get('code')).toBe('the-code');
    expect(exchange.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const local = JSON.stringify(await fakeBrowser.storage.local.get());
    expect(local).not.toContain('refresh-1');
    expect(local).not.toContain('access-1');
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).toContain('access-1');
  });

  test('sign in refuses a redirect with a wrong state and stores nothing', async () => {
    const x = fakeX();
    const { account, identity } = makeAccount(x);
    identity.launch.mockResolvedValueOnce('https://abcdefghijklmnop.chromiumapp.org/?state=forged&code=stolen');
    expect(await account.signIn('my-client-id')).toMatchObject({ ok: false, error: 'state-mismatch' });
    expect(x.calls.some((c) => c.url.endsWith('/oauth2/token'))).toBe(false);
    expect(await items.account.get()).toEqual({ state: 'none' });
  });

  test('a closed sign-in window is "cancelled"', async () => {
    const { account, identity } = makeAccount(fakeX());
    identity.launch.mockRejectedValueOnce(new Error('The user did not approve access.'));
    expect(await account.signIn('my-client-id')).toMatchObject({ ok: false, error: 'cancelled' });
  });
});

describe('refreshing', () => {
  test('ten concurrent calls with an expired token cause exactly one refresh', async () => {
    const x = fakeX();
    const { account, clock } = makeAccount(x);
    await account.signIn('my-client-id');
    clock.advance(2 * 60 * 60 * 1000);
    const results = await Promise.all(Array.from({ length: 10 }, () => account.credentials()));
    expect(x.refreshCount).toBe(1);
    for (const result of results)
      expect(result).toEqual({ ok: true, credentials: { kind: 'oauth2', accessToken: 'access-2' } });
  });

  test('the rotated refresh token is stored before the new access token is handed out', async () => {
    const x = fakeX();
    const { account, clock, vault } = makeAccount(x);
    await account.signIn('my-client-id');
    clock.advance(2 * 60 * 60 * 1000);
    const credentials = await account.credentials();
    expect(credentials.ok).toBe(true);
    expect((await vault.read()).refreshToken).toBe('refresh-2');
    // A second expiry uses the rotated token, and the first one is spent at X.
    clock.advance(2 * 60 * 60 * 1000);
    expect(await account.credentials()).toMatchObject({ ok: true, credentials: { accessToken: 'access-3' } });
    expect(x.refreshCount).toBe(2);
  });

  test('a 401 refreshes once; a 401 on the replay means "needs sign-in", with no loop', async () => {
    const x = fakeX();
    const { account } = makeAccount(x);
    await account.signIn('my-client-id');
    const used = { kind: 'oauth2' as const, accessToken: 'access-1' };
    expect(await account.afterUnauthorized(used)).toBe('retry');
    expect(x.refreshCount).toBe(1);
    expect(await account.afterUnauthorized({ kind: 'oauth2', accessToken: 'access-2' }, true)).toBe('needs-sign-in');
    expect(x.refreshCount).toBe(1);
    expect(await items.account.get()).toMatchObject({ state: 'needs-sign-in' });
    expect(await account.credentials()).toMatchObject({ ok: false, reason: 'needs-sign-in' });
  });

  test('invalid_grant (a revoked grant) moves the account to "needs sign-in"', async () => {
    const x = fakeX();
    const { account, clock } = makeAccount(x);
    await account.signIn('my-client-id');
    x.refreshTokens.clear();
    clock.advance(2 * 60 * 60 * 1000);
    expect(await account.credentials()).toMatchObject({ ok: false, reason: 'needs-sign-in' });
    expect(await account.credentials()).toMatchObject({ ok: false, reason: 'needs-sign-in' });
    expect(x.refreshCount).toBe(1);
  });

  test('a crash between the token response and storing it leads to "needs sign-in", not a loop', async () => {
    const x = fakeX();
    const { account, clock } = makeAccount(x);
    await account.signIn('my-client-id');
    clock.advance(2 * 60 * 60 * 1000);
    // The refresh reaches X (which rotates the token), then the worker dies before anything is stored.
    await items.refreshMarker.set(clock.now());
    x.refreshTokens.clear();
    const restarted = makeAccount(x);
    await restarted.account.recover();
    expect(await items.account.get()).toMatchObject({ state: 'needs-sign-in' });
    expect(await restarted.account.credentials()).toMatchObject({ ok: false, reason: 'needs-sign-in' });
    expect(x.refreshCount).toBe(0);
  });
});

describe('signing out', () => {
  test('revokes at X and leaves no secret in any storage area', async () => {
    const x = fakeX();
    const { account, onSignedOut, keyStore } = makeAccount(x);
    await account.signIn('my-client-id');
    const keyBefore = await keyStore.get();
    await account.signOut();
    expect(x.calls.some((c) => c.url.endsWith('/oauth2/revoke') && c.body.includes('refresh-1'))).toBe(true);
    const everything = await allStorage();
    expect(everything).not.toMatch(/access-1|refresh-1|my-client-id/);
    expect(await fakeBrowser.storage.local.get('vault')).toEqual({});
    expect(await items.account.get()).toEqual({ state: 'none' });
    expect(onSignedOut).toHaveBeenCalledOnce();
    expect(await keyStore.get()).not.toBe(keyBefore);
  });
});
