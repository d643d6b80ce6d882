import { createHash } from 'node:crypto';
import type { Ctx } from './context';
import { cookie, escapeHtml, isFormBody, parseForm, send, sendJson } from './http';
import { safeEqual } from './oauth1';

// OAuth 2.0 Authorization Code with PKCE, as X runs it for public clients (x-api.md): the consent page on x.com,
// token and revoke on api.x.com. Refresh tokens rotate and are single-use; replaying a spent one kills the grant.

/** The scopes X's spec lists (securitySchemes.OAuth2UserToken); anything else is refused at consent time. */
const KNOWN_SCOPES = new Set(
  'block.read bookmark.read bookmark.write dm.read dm.write follows.read follows.write like.read like.write list.read list.write media.write mute.read mute.write offline.access space.read timeline.read tweet.moderate.write tweet.read tweet.write users.read'.split(
    ' ',
  ),
);
/** identity.getRedirectURL() on Chrome and Firefox (x-api.md); the simulator accepts exactly these forms. */
const REDIRECT_URI = /^https:\/\/[a-z0-9-]+\.(chromiumapp\.org|extensions\.allizom\.org)\/$/;
const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43,128}$/;
const AUTH_FIELDS = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge'] as const;

function authorizeError(ctx: Ctx, params: Record<string, string>): string | undefined {
  for (const field of AUTH_FIELDS) if (!params[field]) return `Missing parameter: ${field}.`;
  if (params.response_type !== 'code') return 'response_type must be "code".';
  if (!ctx.state.auth.hasClient(params.client_id ?? '')) return 'Unknown client_id.';
  const app = ctx.state.auth.appOf(params.client_id ?? '');
  const registered = app.redirectUri
    ? params.redirect_uri === app.redirectUri
    : REDIRECT_URI.test(params.redirect_uri ?? '');
  if (!registered) return 'redirect_uri is not registered for this app.';
  if (params.code_challenge_method !== 'S256') return 'code_challenge_method must be S256.';
  if (!PKCE_CHALLENGE.test(params.code_challenge ?? '')) return 'code_challenge is malformed.';
  const unknown = (params.scope ?? '').split(/\s+/).find((s) => !KNOWN_SCOPES.has(s));
  if (unknown !== undefined) return `Unknown scope: ${unknown || '(empty)'}.`;
  return undefined;
}

function grantable(ctx: Ctx, clientId: string, scope: string): boolean {
  const { grantable: allowed } = ctx.state.auth.appOf(clientId);
  return !allowed || allowed.includes(scope);
}

function page(title: string, content: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${content}</main></body></html>`;
}

function webUser(ctx: Ctx): string {
  return cookie(ctx.req, 'sim_user') ?? ctx.state.webUser;
}

/** GET shows the consent page; POST (its form) redirects back to the app with a code or access_denied. */
export function handleAuthorize(ctx: Ctx) {
  const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
  const post = ctx.req.method === 'POST';
  const params = post ? parseForm(ctx.body) : Object.fromEntries(ctx.url.searchParams);
  if (!post && ctx.req.method !== 'GET') return send(ctx.res, 405, '', { allow: 'GET, POST' });
  const error = authorizeError(ctx, params);
  const username = webUser(ctx);
  const user = ctx.state.auth.users[username];
  ctx.entry.user = username;
  if (error || !user) {
    // Never redirect on a bad client or redirect_uri: that would make the page an open redirector.
    const reason = error ?? `Unknown user ${username}.`;
    return send(ctx.res, 400, page('Something went wrong', `<p role="alert">${escapeHtml(reason)}</p>`), html);
  }
  if (!post) {
    const hidden = Object.entries(params)
      .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
      .join('');
    const scopes = (params.scope ?? '').split(/\s+/).map((s) => `<li>${escapeHtml(s)}</li>`);
    const body = `<p>${escapeHtml(params.client_id ?? '')} wants to access your X account @${escapeHtml(user.username)}.</p><ul>${scopes.join('')}</ul><form method="post" action="/i/oauth2/authorize">${hidden}<button type="submit" name="decision" value="allow">Authorize app</button> <button type="submit" name="decision" value="cancel">Cancel</button></form>`;
    return send(ctx.res, 200, page('Authorize app', body), html);
  }
  const back = new URL(params.redirect_uri ?? '');
  back.searchParams.set('state', params.state ?? '');
  if (params.decision === 'allow') {
    const code = ctx.state.auth.createCode({
      user: username,
      clientId: params.client_id ?? '',
      redirectUri: params.redirect_uri ?? '',
      // An app whose permissions do not cover a scope is granted the rest (X's consent lists what the app may do).
      scopes: (params.scope ?? '').split(/\s+/).filter((s) => grantable(ctx, params.client_id ?? '', s)),
      codeChallenge: params.code_challenge ?? '',
    });
    back.searchParams.set('code', code);
  } else {
    back.searchParams.set('error', 'access_denied');
  }
  send(ctx.res, 302, '', { location: back.toString(), 'cache-control': 'no-store' });
}

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

function tokenError(ctx: Ctx, status: number, error: string, description: string) {
  sendJson(ctx.res, status, { error, error_description: description }, NO_STORE);
}

function missing(params: Record<string, string>, fields: string[]): string | undefined {
  return fields.find((f) => !params[f]);
}

export function handleToken(ctx: Ctx) {
  if (!isFormBody(ctx.req)) return tokenError(ctx, 400, 'invalid_request', 'Body must be form-encoded.');
  const params = parseForm(ctx.body);
  const { auth } = ctx.state;
  if (params.client_id && !auth.hasClient(params.client_id)) {
    return tokenError(ctx, 401, 'invalid_client', 'Missing valid authorization header');
  }
  if (params.grant_type === 'authorization_code') {
    const absent = missing(params, ['code', 'redirect_uri', 'code_verifier', 'client_id']);
    if (absent) return tokenError(ctx, 400, 'invalid_request', `Missing required parameter [${absent}].`);
    const code = auth.takeCode(params.code ?? '');
    const invalid = 'Value passed for the authorization code was invalid.';
    if (!code) return tokenError(ctx, 400, 'invalid_grant', invalid);
    if (code.clientId !== params.client_id || code.redirectUri !== params.redirect_uri) {
      return tokenError(ctx, 400, 'invalid_grant', invalid);
    }
    const challenge = createHash('sha256')
      .update(params.code_verifier ?? '')
      .digest('base64url');
    if (!safeEqual(challenge, code.codeChallenge)) {
      return tokenError(ctx, 400, 'invalid_grant', 'code_verifier does not match the code_challenge.');
    }
    ctx.entry.user = code.user;
    return sendTokens(ctx, auth.issue(code.user, code.clientId, code.scopes), code.scopes);
  }
  if (params.grant_type === 'refresh_token') {
    const absent = missing(params, ['refresh_token', 'client_id']);
    if (absent) return tokenError(ctx, 400, 'invalid_request', `Missing required parameter [${absent}].`);
    const result = auth.refresh(params.refresh_token ?? '', params.client_id ?? '');
    if (!result.ok) return tokenError(ctx, 400, 'invalid_grant', 'Value passed for the token was invalid.');
    return sendTokens(ctx, result.issued, result.scopes);
  }
  tokenError(ctx, 400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token.');
}

function sendTokens(
  ctx: Ctx,
  issued: { accessToken: string; refreshToken: string; expiresIn: number },
  scopes: string[],
) {
  const body: Record<string, unknown> = {
    token_type: 'bearer',
    expires_in: issued.expiresIn,
    access_token: issued.accessToken,
    scope: scopes.join(' '),
  };
  if (issued.refreshToken) body.refresh_token = issued.refreshToken;
  sendJson(ctx.res, 200, body, NO_STORE);
}

export function handleRevoke(ctx: Ctx) {
  const params = isFormBody(ctx.req) ? parseForm(ctx.body) : {};
  const absent = missing(params, ['token', 'client_id']);
  if (absent) return tokenError(ctx, 400, 'invalid_request', `Missing required parameter [${absent}].`);
  ctx.state.auth.revokeToken(params.token ?? '');
  sendJson(ctx.res, 200, { revoked: true });
}
