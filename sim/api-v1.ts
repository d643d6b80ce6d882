import { type AuthFailure, authenticate } from './api-auth';
import { checkV1Body } from './body-checks';
import type { Ctx } from './context';
import { send, sendLegacyError } from './http';
import { nowMs } from './log';
import type { SchemaError } from './openapi';
import { apiMayWrite } from './ownership';
import { rateLimitHeaders } from './rate-limit';

// POST upload.twitter.com/1.1/media/metadata/create.json (seed 004): OAuth 1.0a user context only, JSON body sent
// as application/json or text/plain, success is a 2xx with an empty body, errors in the legacy
// {"errors":[{"code","message"}]} shape with v1.1's codes.

const AUTH_ERRORS: Record<AuthFailure, [status: number, code: number, message: string]> = {
  missing: [400, 215, 'Bad Authentication data.'],
  'bearer-not-allowed': [403, 220, 'Your credentials do not allow access to this resource.'],
  'invalid-token': [401, 89, 'Invalid or expired token.'],
  'bad-signature': [401, 32, 'Could not authenticate you.'],
  'nonce-reused': [401, 32, 'Could not authenticate you.'],
  timestamp: [401, 135, 'Timestamp out of bounds.'],
  scope: [403, 220, 'Your credentials do not allow access to this resource.'],
};

/** v1.1 body errors: 38 "parameter is missing" for absent fields, 44 "parameter is invalid" otherwise. */
function bodyError(ctx: Ctx, errors: SchemaError[], headers: Record<string, string>) {
  const first = errors[0] ?? { path: '', message: 'is invalid' };
  const code = first.message === 'is required' ? 38 : 44;
  sendLegacyError(ctx.res, 400, code, `${first.path || 'body'}: ${first.message}`, headers);
}

export function handleMetadataV1(ctx: Ctx) {
  const auth = authenticate(ctx, { scope: 'media.write', bearer: false });
  if (!auth.ok) {
    const [status, code, message] = AUTH_ERRORS[auth.failure];
    const headers = rateLimitHeaders(ctx.state.rates.peek(ctx.kind, 'anonymous'));
    return sendLegacyError(ctx.res, status, code, message, headers);
  }
  ctx.entry.user = auth.user;
  const rate = ctx.state.rates.take(ctx.kind, auth.user);
  const headers = rateLimitHeaders(rate);
  if (!rate.allowed) return sendLegacyError(ctx.res, 429, 88, 'Rate limit exceeded', headers);

  const type = (ctx.req.headers['content-type'] ?? '').toLowerCase();
  let errors: SchemaError[];
  let body: Record<string, unknown> = {};
  if (!type.startsWith('application/json') && !type.startsWith('text/plain')) {
    errors = [{ path: '', message: 'Content-Type must be application/json or text/plain' }];
  } else {
    try {
      body = JSON.parse(ctx.body.toString('utf8')) as Record<string, unknown>;
      errors = checkV1Body(body);
    } catch {
      errors = [{ path: '', message: 'must be valid JSON' }];
    }
  }
  ctx.entry.validation = { ok: errors.length === 0, errors };
  if (errors.length > 0) return bodyError(ctx, errors, headers);

  const mediaId = body.media_id as string;
  const media = ctx.state.media.get(mediaId);
  // v1.1 answers both an unknown and a foreign media id with 400 and code 324 (media id validation failed).
  if (!media?.finalized) return sendLegacyError(ctx.res, 400, 324, `Invalid media id ${mediaId}.`, headers);
  if (!apiMayWrite(ctx.state, media, auth.user)) {
    const userId = ctx.state.auth.user(auth.user).id;
    return sendLegacyError(ctx.res, 400, 324, `User ${userId} doesn't own media id ${mediaId}`, headers);
  }
  const { media_id: _id, ...metadata } = body;
  ctx.state.media.setMetadata(mediaId, { form: 'v1', metadata, user: auth.user, at: nowMs() });
  send(ctx.res, 200, '', { ...headers, 'content-length': '0' });
}
