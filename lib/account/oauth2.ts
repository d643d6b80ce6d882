import { parseJson, send, type TransportDeps } from '../api/transport';
import { z } from '../zod';

/**
 * OAuth 2.0 Authorization Code with PKCE against X, for a public client (the user's own "Native App" Client ID;
 * an extension can keep no client secret). Facts: shared/docs/x-api.md.
 */

export const AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize';
export const TOKEN_URL = 'https://api.x.com/2/oauth2/token';
export const REVOKE_URL = 'https://api.x.com/2/oauth2/revoke';
/** media.write for the endpoint, users.read + tweet.read to show who is connected, offline.access to refresh. */
export const SCOPES = ['media.write', 'users.read', 'tweet.read', 'offline.access'];

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  challenge: string;
}

export function authorizeUrl({ clientId, redirectUri, state, challenge }: AuthorizeRequest): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: SCOPES.join(' '),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${AUTHORIZE_URL}?${params}`;
}

export type RedirectResult =
  | { ok: true; code: string }
  | { ok: false; reason: 'foreign-redirect' | 'state-mismatch' | 'missing-code' | 'denied'; detail?: string };

/** Reads the URL X redirected to. Refuses another host or path, a wrong `state`, or a missing `code`. */
export function parseRedirect(redirectedTo: string, expected: { redirectUri: string; state: string }): RedirectResult {
  let url: URL;
  try {
    url = new URL(redirectedTo);
  } catch {
    return { ok: false, reason: 'foreign-redirect' };
  }
  const want = new URL(expected.redirectUri);
  if (url.origin !== want.origin || url.pathname !== want.pathname) return { ok: false, reason: 'foreign-redirect' };
  if (url.searchParams.get('state') !== expected.state) return { ok: false, reason: 'state-mismatch' };
  const error = url.searchParams.get('error');
  if (error) return { ok: false, reason: 'denied', detail: error };
  const code = url.searchParams.get('code');
  return code ? { ok: true, code } : { ok: false, reason: 'missing-code' };
}

export const TokenResponseSchema = z.looseObject({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number().check(z.positive()),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  scope: z.optional(z.string()),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

export type TokenResult =
  | { ok: true; tokens: TokenResponse }
  /** The grant is gone (revoked, reused or expired refresh token, bad code): only signing in again helps. */
  | { ok: false; kind: 'invalid-grant'; message: string }
  /** X could not be reached or failed: the same request may work later. */
  | { ok: false; kind: 'transient'; message: string };

export function exchangeCode(
  input: { code: string; verifier: string; clientId: string; redirectUri: string },
  deps: TransportDeps,
): Promise<TokenResult> {
  return tokenRequest(
    {
      grant_type: 'authorization_code',
      code: input.code,
      redirect_uri: input.redirectUri,
      code_verifier: input.verifier,
      client_id: input.clientId,
    },
    deps,
  );
}

export function refreshTokens(
  input: { refreshToken: string; clientId: string },
  deps: TransportDeps,
): Promise<TokenResult> {
  return tokenRequest(
    { grant_type: 'refresh_token', refresh_token: input.refreshToken, client_id: input.clientId },
    deps,
  );
}

/** Best effort: a failed revoke must not keep the user from signing out (secrets are wiped either way). */
export async function revokeToken(input: { token: string; clientId: string }, deps: TransportDeps): Promise<boolean> {
  const body = new URLSearchParams({ token: input.token, client_id: input.clientId }).toString();
  const contentType = 'application/x-www-form-urlencoded';
  const result = await send({ method: 'POST', url: REVOKE_URL, body, contentType }, null, deps);
  return result.ok && result.status >= 200 && result.status < 300;
}

async function tokenRequest(params: Record<string, string>, deps: TransportDeps): Promise<TokenResult> {
  const body = new URLSearchParams(params).toString();
  const contentType = 'application/x-www-form-urlencoded';
  const result = await send({ method: 'POST', url: TOKEN_URL, body, contentType }, null, deps);
  if (!result.ok) return { ok: false, kind: 'transient', message: result.outcome.message };
  const json = parseJson(result.text);
  if (result.status >= 200 && result.status < 300) {
    const tokens = TokenResponseSchema.safeParse(json);
    if (tokens.success) return { ok: true, tokens: tokens.data };
    return { ok: false, kind: 'transient', message: 'X answered the token request with something unreadable.' };
  }
  const error = z.looseObject({ error: z.string(), error_description: z.optional(z.string()) }).safeParse(json);
  const message = error.success
    ? (error.data.error_description ?? error.data.error)
    : `X answered HTTP ${result.status}.`;
  if (result.status >= 500 || result.status === 429) return { ok: false, kind: 'transient', message };
  return { ok: false, kind: 'invalid-grant', message };
}
