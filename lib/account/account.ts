import type { Credentials, TransportDeps } from '../api/transport';
import { fetchMe, type MeResult } from '../api/users';
import type { StoredItem } from '../storage/stored-item';
import type { ConnectError, ConnectResult } from './connect-error';
import { authorizeUrl, exchangeCode, parseRedirect, revokeToken } from './oauth2';
import { challengeFor, createState, createVerifier } from './pkce';
import type { AccountMethod, AccountStatus, AccountUser } from './status';
import { type CredentialsResult, createTokenSource } from './token-source';
import type { Secrets, Vault } from './vault';

/**
 * The background's account service: connecting (sign-in, pasted token, OAuth 1.0a keys), the credentials for each
 * API call, and signing out. Views get an AccountStatus from it, never a secret.
 */

export interface IdentityPort {
  redirectUrl(): string;
  /** Opens X's authorize page; resolves with the URL X redirected to, rejects when the user closed it. */
  launch(url: string): Promise<string>;
}

export interface AccountDeps {
  vault: Vault;
  status: StoredItem<AccountStatus>;
  /** Set while a refresh is in flight, so a restart in the middle is noticed (see token-source.ts). */
  refreshMarker: StoredItem<number | null>;
  http: TransportDeps;
  identity: IdentityPort;
  /** Called after sign-out wiped the secrets, to drop everything else tied to the account (pending jobs). */
  onSignedOut(): Promise<void>;
}

export type AccountService = ReturnType<typeof createAccountService>;

export function createAccountService(deps: AccountDeps) {
  const tokens = createTokenSource(deps);

  async function connect(
    method: AccountMethod,
    secrets: Secrets,
    credentials: Credentials,
    session?: { expiresAt: number; scopes?: string[] },
  ) {
    const me = await fetchMe(credentials, deps.http);
    if (!me.ok) return { ok: false as const, ...meError(me) };
    await deps.vault.wipe();
    await deps.vault.write(secrets);
    if (session && credentials.kind === 'oauth2') {
      await deps.vault.setSessionToken({ token: credentials.accessToken, expiresAt: session.expiresAt });
    }
    const scopes = session?.scopes ? { scopes: session.scopes } : {};
    const status: AccountStatus = { state: 'connected', method, user: pickUser(me.user), ...scopes };
    await deps.status.set(status);
    return { ok: true as const, value: status };
  }

  return {
    status: () => deps.status.get(),

    /** A pasted OAuth 2.0 user access token: checked with GET /2/users/me before anything is stored. */
    connectWithToken(accessToken: string): Promise<ConnectResult<AccountStatus>> {
      const token = accessToken.trim();
      return connect('token', { pastedAccessToken: token }, { kind: 'oauth2', accessToken: token });
    },

    connectWithOAuth1(keys: NonNullable<Secrets['oauth1']>): Promise<ConnectResult<AccountStatus>> {
      const trimmed = {
        consumerKey: keys.consumerKey.trim(),
        consumerSecret: keys.consumerSecret.trim(),
        token: keys.token.trim(),
        tokenSecret: keys.tokenSecret.trim(),
      };
      return connect('oauth1', { oauth1: trimmed }, { kind: 'oauth1', ...trimmed });
    },

    /** Sign in with X: authorize with PKCE S256 and a checked state, then exchange the code at once (codes live 30 s). */
    async signIn(clientIdInput: string): Promise<ConnectResult<AccountStatus>> {
      const clientId = clientIdInput.trim();
      if (!/^[A-Za-z0-9_-]{1,100}$/.test(clientId)) return { ok: false, error: 'invalid-client-id' };
      const redirectUri = deps.identity.redirectUrl();
      const verifier = createVerifier();
      const state = createState();
      let redirected: string;
      try {
        redirected = await deps.identity.launch(
          authorizeUrl({ clientId, redirectUri, state, challenge: await challengeFor(verifier) }),
        );
      } catch (error) {
        return { ok: false, error: 'cancelled', detail: error instanceof Error ? error.message : undefined };
      }
      const redirect = parseRedirect(redirected, { redirectUri, state });
      if (!redirect.ok) return { ok: false, error: redirect.reason, detail: redirect.detail };
      const exchanged = await exchangeCode({ code: redirect.code, verifier, clientId, redirectUri }, deps.http);
      if (!exchanged.ok) {
        return {
          ok: false,
          error: exchanged.kind === 'invalid-grant' ? 'invalid-grant' : 'unreachable',
          detail: exchanged.message,
        };
      }
      const { access_token, refresh_token, expires_in, scope } = exchanged.tokens;
      const expiresAt = deps.http.now() + expires_in * 1000;
      const secrets: Secrets = { clientId, refreshToken: refresh_token };
      // What X granted, so Options can name a scope the user unticked (lib/setup/scopes.ts).
      const scopes = scope?.split(/\s+/).filter(Boolean);
      return connect('signin', secrets, { kind: 'oauth2', accessToken: access_token }, { expiresAt, scopes });
    },

    /** Revokes at X (best effort), then wipes every secret; `onSignedOut` drops the account's pending jobs. */
    async signOut(): Promise<void> {
      const secrets = await deps.vault.read();
      const token = secrets.refreshToken ?? secrets.pastedAccessToken ?? (await deps.vault.sessionToken())?.token;
      if (token && secrets.clientId) await revokeToken({ token, clientId: secrets.clientId }, deps.http);
      await deps.vault.wipe();
      await deps.refreshMarker.remove();
      await deps.status.set({ state: 'none' });
      await deps.onSignedOut();
    },

    credentials: (): Promise<CredentialsResult> => tokens.credentials(),
    /** After a 401: one refresh (signed-in accounts only). 'retry' means replay once; anything else waits for sign-in. */
    afterUnauthorized: (used: Credentials, replayed = false) => tokens.afterUnauthorized(used, replayed),
    /** On background start: a refresh that was cut off means the refresh token may be spent. */
    recover: () => tokens.recover(),
  };
}

function pickUser(user: AccountUser): AccountUser {
  return { id: user.id, username: user.username, name: user.name };
}

function meError(me: Extract<MeResult, { ok: false }>): { error: ConnectError; detail: string } {
  if (me.kind === 'transient') return { error: 'unreachable', detail: me.message };
  return { error: me.status === 403 ? 'missing-scope' : 'invalid-credentials', detail: me.message };
}
