import { randomBytes } from 'node:crypto';
import type { ClientApp, IssuedToken, OAuth1Keys, SimUser } from './types';

export const SEED_USERS = {
  demo_user: { id: '1000000000000000001', name: 'Demo User', username: 'demo_user' },
  other_user: { id: '1000000000000000002', name: 'Other User', username: 'other_user' },
} as const satisfies Record<string, SimUser>;

export const DEFAULT_CLIENT_ID = 'demo-client-id';
export const DEFAULT_SCOPES = ['media.write', 'users.read', 'tweet.read', 'offline.access'];
/** X's access tokens live 2 h (`expires_in: 7200`). */
export const ACCESS_TOKEN_LIFETIME_SEC = 7200;

/** One user's consent to one client: every token pair issued from it dies with it. */
interface Grant {
  user: string;
  clientId: string;
  scopes: string[];
  revoked: boolean;
  refreshToken?: string;
}

interface AccessToken {
  grant: Grant;
  expiresAt: number;
}

export interface AuthCode {
  user: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string;
  expiresAt: number;
}

interface OAuth1Token {
  secret: string;
  user: string;
  consumerKey: string;
}

export type AccessCheck = { ok: true; user: string; scopes: string[] } | { ok: false };
export type RefreshResult = { ok: true; issued: IssuedToken; scopes: string[] } | { ok: false; reused: boolean };

function secret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** Users, OAuth 2.0 clients, grants, codes and OAuth 1.0a keys: the simulator's whole notion of identity. */
export class AuthStore {
  readonly users: Readonly<Record<string, SimUser>> = SEED_USERS;
  private clients = new Set<string>([DEFAULT_CLIENT_ID]);
  private apps = new Map<string, ClientApp>();
  private grants = new Set<Grant>();
  private accessTokens = new Map<string, AccessToken>();
  private refreshTokens = new Map<string, Grant>();
  /** Refresh tokens already exchanged: presenting one again means it leaked, so the grant is revoked (RFC 9700). */
  private spentRefreshTokens = new Map<string, Grant>();
  private codes = new Map<string, AuthCode>();
  private consumers = new Map<string, string>();
  private oauth1Tokens = new Map<string, OAuth1Token>();
  private nonces = new Set<string>();
  codeLifetimeSec = 30;

  reset(): void {
    this.clients = new Set([DEFAULT_CLIENT_ID]);
    this.apps = new Map();
    this.grants.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.spentRefreshTokens.clear();
    this.codes.clear();
    this.consumers.clear();
    this.oauth1Tokens.clear();
    this.nonces.clear();
    this.codeLifetimeSec = 30;
  }

  user(username: string): SimUser {
    const user = this.users[username];
    if (!user) throw new Error(`unknown simulator user: ${username}`);
    return user;
  }

  registerClient(clientId: string, app: ClientApp = {}): void {
    if (!clientId) throw new Error('clientId must not be empty');
    this.clients.add(clientId);
    this.apps.set(clientId, app);
  }

  /** The app's settings in the developer console (callback URL, what its permissions grant). */
  appOf(clientId: string): ClientApp {
    return this.apps.get(clientId) ?? {};
  }

  hasClient(clientId: string): boolean {
    return this.clients.has(clientId);
  }

  /** Creates a grant and its first token pair, as a completed sign-in would. */
  issue(username: string, clientId: string, scopes: string[], expiresInSec = ACCESS_TOKEN_LIFETIME_SEC): IssuedToken {
    this.user(username);
    const grant: Grant = { user: username, clientId, scopes, revoked: false };
    this.grants.add(grant);
    return this.mint(grant, expiresInSec);
  }

  private mint(grant: Grant, expiresInSec = ACCESS_TOKEN_LIFETIME_SEC): IssuedToken {
    const accessToken = secret();
    this.accessTokens.set(accessToken, { grant, expiresAt: Date.now() + expiresInSec * 1000 });
    // X only hands out refresh tokens with offline.access; issueToken still returns '' then, to keep one shape.
    let refreshToken = '';
    if (grant.scopes.includes('offline.access')) {
      refreshToken = secret();
      grant.refreshToken = refreshToken;
      this.refreshTokens.set(refreshToken, grant);
    }
    return { accessToken, refreshToken, expiresIn: expiresInSec };
  }

  checkAccess(token: string): AccessCheck {
    const entry = this.accessTokens.get(token);
    if (!entry || entry.grant.revoked || Date.now() >= entry.expiresAt) return { ok: false };
    return { ok: true, user: entry.grant.user, scopes: entry.grant.scopes };
  }

  refresh(refreshToken: string, clientId: string): RefreshResult {
    const spent = this.spentRefreshTokens.get(refreshToken);
    if (spent) {
      this.revokeGrant(spent);
      return { ok: false, reused: true };
    }
    const grant = this.refreshTokens.get(refreshToken);
    if (!grant || grant.revoked || grant.clientId !== clientId) return { ok: false, reused: false };
    this.refreshTokens.delete(refreshToken);
    this.spentRefreshTokens.set(refreshToken, grant);
    return { ok: true, issued: this.mint(grant), scopes: grant.scopes };
  }

  /** Revokes the grant that an access or refresh token belongs to; unknown tokens are ignored (RFC 7009). */
  revokeToken(token: string): void {
    const grant =
      this.accessTokens.get(token)?.grant ?? this.refreshTokens.get(token) ?? this.spentRefreshTokens.get(token);
    if (grant) this.revokeGrant(grant);
  }

  private revokeGrant(grant: Grant): void {
    grant.revoked = true;
    if (grant.refreshToken) this.refreshTokens.delete(grant.refreshToken);
    this.grants.delete(grant);
  }

  revokeGrants(username?: string): void {
    for (const grant of [...this.grants]) if (!username || grant.user === username) this.revokeGrant(grant);
  }

  expireAccessTokens(username?: string): void {
    for (const entry of this.accessTokens.values()) {
      if (!username || entry.grant.user === username) entry.expiresAt = 0;
    }
  }

  createCode(fields: Omit<AuthCode, 'expiresAt'>): string {
    const code = secret(32);
    this.codes.set(code, { ...fields, expiresAt: Date.now() + this.codeLifetimeSec * 1000 });
    return code;
  }

  /** Codes are single-use: taking one deletes it whether or not the exchange then succeeds. */
  takeCode(code: string): AuthCode | undefined {
    const found = this.codes.get(code);
    this.codes.delete(code);
    return found && Date.now() < found.expiresAt ? found : undefined;
  }

  issueOAuth1Keys(username: string): OAuth1Keys {
    this.user(username);
    const consumerKey = secret(16);
    const consumerSecret = secret(32);
    const accessToken = `${this.user(username).id}-${secret(20)}`;
    const accessTokenSecret = secret(32);
    this.consumers.set(consumerKey, consumerSecret);
    this.oauth1Tokens.set(accessToken, { secret: accessTokenSecret, user: username, consumerKey });
    return { consumerKey, consumerSecret, accessToken, accessTokenSecret };
  }

  consumerSecret(consumerKey: string): string | undefined {
    return this.consumers.get(consumerKey);
  }

  oauth1Token(token: string, consumerKey: string): { secret: string; user: string } | undefined {
    const found = this.oauth1Tokens.get(token);
    return found && found.consumerKey === consumerKey ? found : undefined;
  }

  /** Records a nonce; false when this consumer already used it with this timestamp (a replay). */
  useNonce(consumerKey: string, nonce: string, timestamp: string): boolean {
    const key = `${consumerKey}\u0000${nonce}\u0000${timestamp}`;
    if (this.nonces.has(key)) return false;
    this.nonces.add(key);
    return true;
  }
}
