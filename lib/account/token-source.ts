import type { Credentials } from '../api/transport';
import type { AccountDeps } from './account';
import { refreshTokens } from './oauth2';

/**
 * Credentials for each API call, and the refresh of a signed-in account's access token.
 *
 * X's refresh tokens rotate and are single-use: reusing a spent one can revoke the whole grant. So a refresh is
 * single-flight (every caller waits on the same one), the new refresh token is stored before the new access token
 * is handed out, and a refresh cut off by a restart (marker still set) is never retried with the old token: the
 * account moves to "needs sign-in" instead of looping.
 */

export type CredentialsResult =
  | { ok: true; credentials: Credentials }
  | { ok: false; reason: 'no-account' | 'needs-sign-in' | 'unreachable'; message?: string };

/** Refresh a little before expiry, so a call never leaves with a token that dies on the way. */
const EXPIRY_MARGIN_MS = 60_000;

type Deps = Pick<AccountDeps, 'vault' | 'status' | 'refreshMarker' | 'http'>;

export function createTokenSource({ vault, status, refreshMarker, http }: Deps) {
  let refreshing: Promise<CredentialsResult> | undefined;

  async function markNeedsSignIn(reason: string): Promise<CredentialsResult> {
    await status.update((current) =>
      current.state === 'connected'
        ? { state: 'needs-sign-in', method: current.method, user: current.user, reason }
        : current,
    );
    return { ok: false, reason: 'needs-sign-in', message: reason };
  }

  async function doRefresh(): Promise<CredentialsResult> {
    const secrets = await vault.read();
    if (!secrets.refreshToken || !secrets.clientId) return markNeedsSignIn('The sign-in has no refresh token.');
    await refreshMarker.set(http.now());
    const result = await refreshTokens({ refreshToken: secrets.refreshToken, clientId: secrets.clientId }, http);
    if (!result.ok) {
      await refreshMarker.remove();
      if (result.kind === 'invalid-grant') {
        await vault.write({ ...secrets, refreshToken: undefined });
        return markNeedsSignIn(result.message);
      }
      return { ok: false, reason: 'unreachable', message: result.message };
    }
    const { access_token, refresh_token, expires_in } = result.tokens;
    await vault.write({ ...secrets, refreshToken: refresh_token ?? secrets.refreshToken });
    await vault.setSessionToken({ token: access_token, expiresAt: http.now() + expires_in * 1000 });
    await refreshMarker.remove();
    return { ok: true, credentials: { kind: 'oauth2', accessToken: access_token } };
  }

  function refresh(): Promise<CredentialsResult> {
    refreshing ??= doRefresh().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  return {
    async credentials(): Promise<CredentialsResult> {
      const account = await status.get();
      if (account.state === 'none') return { ok: false, reason: 'no-account' };
      if (account.state === 'needs-sign-in') return { ok: false, reason: 'needs-sign-in', message: account.reason };
      if (refreshing) return refreshing;
      const secrets = await vault.read();
      if (account.method === 'oauth1') {
        return secrets.oauth1
          ? { ok: true, credentials: { kind: 'oauth1', ...secrets.oauth1 } }
          : markNeedsSignIn('The keys are gone.');
      }
      if (account.method === 'token') {
        const token = secrets.pastedAccessToken;
        return token
          ? { ok: true, credentials: { kind: 'oauth2', accessToken: token } }
          : markNeedsSignIn('The token is gone.');
      }
      const session = await vault.sessionToken();
      if (session && session.expiresAt - EXPIRY_MARGIN_MS > http.now()) {
        return { ok: true, credentials: { kind: 'oauth2', accessToken: session.token } };
      }
      return refresh();
    },

    /**
     * After X answered 401 to `used`. `replayed` says this was already the replay after a refresh: then, and for
     * pasted tokens and OAuth 1.0a keys (nothing to refresh), the account needs signing in again.
     */
    async afterUnauthorized(used: Credentials, replayed = false): Promise<'retry' | 'needs-sign-in' | 'unreachable'> {
      const account = await status.get();
      if (account.state !== 'connected') return 'needs-sign-in';
      if (replayed || account.method !== 'signin') {
        await markNeedsSignIn('X refused the credentials.');
        return 'needs-sign-in';
      }
      const session = await vault.sessionToken();
      const usedToken = used.kind === 'oauth2' ? used.accessToken : undefined;
      if (session && session.token !== usedToken && session.expiresAt - EXPIRY_MARGIN_MS > http.now()) return 'retry';
      if (!refreshing) await vault.setSessionToken(null);
      const result = await refresh();
      if (result.ok) return 'retry';
      return result.reason === 'unreachable' ? 'unreachable' : 'needs-sign-in';
    },

    async recover(): Promise<void> {
      if ((await refreshMarker.get()) === null) return;
      await refreshMarker.remove();
      const secrets = await vault.read();
      await vault.write({ ...secrets, refreshToken: undefined });
      await markNeedsSignIn('A token refresh was interrupted; sign in again to be safe.');
    },
  };
}
