import type { Ctx } from './context';
import { isFormBody } from './http';
import { hmacSha1Signature, parseOAuthHeader, safeEqual } from './oauth1';

/** Why a request was refused; each endpoint form turns this into its own error shape. */
export type AuthFailure =
  | 'missing' // no Authorization header, or one of an unknown scheme
  | 'invalid-token' // bearer unknown, expired or revoked; OAuth 1.0a token unknown
  | 'bad-signature'
  | 'timestamp' // OAuth 1.0a timestamp more than 5 minutes off
  | 'nonce-reused'
  | 'bearer-not-allowed' // v1.1 takes OAuth 1.0a only
  | 'scope'; // bearer lacks the required scope

export type AuthResult = { ok: true; user: string; via: 'oauth2' | 'oauth1' } | { ok: false; failure: AuthFailure };

const TIMESTAMP_SKEW_SEC = 300;

/**
 * Authenticates an API request: OAuth 2.0 user bearer (with `scope`) or OAuth 1.0a user context (HMAC-SHA1 per
 * RFC 5849: oauth_* and query parameters, plus form parameters; JSON bodies are never signed).
 */
export function authenticate(ctx: Ctx, options: { scope: string; bearer: boolean }): AuthResult {
  const header = ctx.req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer) {
    if (!options.bearer) return { ok: false, failure: 'bearer-not-allowed' };
    const access = ctx.state.auth.checkAccess(bearer);
    if (!access.ok) return { ok: false, failure: 'invalid-token' };
    if (!access.scopes.includes(options.scope)) return { ok: false, failure: 'scope' };
    return { ok: true, user: access.user, via: 'oauth2' };
  }
  const oauth = parseOAuthHeader(header);
  return oauth ? verifyOAuth1(ctx, oauth) : { ok: false, failure: 'missing' };
}

function verifyOAuth1(ctx: Ctx, oauth: Record<string, string>): AuthResult {
  const { auth } = ctx.state;
  const consumerKey = oauth.oauth_consumer_key ?? '';
  const consumerSecret = auth.consumerSecret(consumerKey);
  const token = consumerSecret === undefined ? undefined : auth.oauth1Token(oauth.oauth_token ?? '', consumerKey);
  if (!consumerSecret || !token) return { ok: false, failure: 'invalid-token' };
  const version = oauth.oauth_version;
  if (oauth.oauth_signature_method !== 'HMAC-SHA1' || !oauth.oauth_nonce || (version && version !== '1.0')) {
    return { ok: false, failure: 'bad-signature' };
  }
  const timestamp = Number(oauth.oauth_timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > TIMESTAMP_SKEW_SEC) {
    return { ok: false, failure: 'timestamp' };
  }
  const params: [string, string][] = Object.entries(oauth).filter(([k]) => k !== 'oauth_signature' && k !== 'realm');
  params.push(...ctx.url.searchParams.entries());
  if (isFormBody(ctx.req)) params.push(...new URLSearchParams(ctx.body.toString('utf8')).entries());
  const expected = hmacSha1Signature({
    method: ctx.req.method ?? 'GET',
    baseUrl: `https://${ctx.host}${ctx.url.pathname}`,
    params,
    consumerSecret,
    tokenSecret: token.secret,
  });
  if (!safeEqual(expected, oauth.oauth_signature ?? '')) return { ok: false, failure: 'bad-signature' };
  // Only a correctly signed request spends its nonce, so a forger cannot block the real client's nonces.
  if (!auth.useNonce(consumerKey, oauth.oauth_nonce ?? '', oauth.oauth_timestamp ?? '')) {
    return { ok: false, failure: 'nonce-reused' };
  }
  return { ok: true, user: token.user, via: 'oauth1' };
}
