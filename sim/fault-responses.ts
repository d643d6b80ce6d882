import { STATUS_CODES } from 'node:http';
import type { Ctx } from './context';
import {
  type Headers,
  sendJson,
  sendLegacyError,
  sendProblem,
  tooManyProblem,
  unauthorizedProblem,
  usageCappedProblem,
} from './http';
import { parseOAuthHeader } from './oauth1';
import { type RateState, rateLimitHeaders } from './rate-limit';
import type { Fault, Kind } from './types';

// How each fault looks on the wire, in the error shape of the endpoint it hits: v2 endpoints answer RFC 7807
// problems, v1.1 and the upload hosts the legacy {"errors":[{code,message}]}, the OAuth endpoints RFC 6749 errors.

const V2_KINDS: Kind[] = [
  'metadata-v2',
  'metadata-v2-create',
  'users-me',
  'media-v2-init',
  'media-v2-append',
  'media-v2-finalize',
  'media-v2-status',
];
const RATED_KINDS: Kind[] = [...V2_KINDS, 'metadata-v1'];
const OAUTH_KINDS: Kind[] = ['oauth-token', 'oauth-revoke'];

/** Best guess of the caller without verifying anything, so a fault's rate-limit headers match that user's window. */
function probableUser(ctx: Ctx): string {
  const header = ctx.req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer) {
    const access = ctx.state.auth.checkAccess(bearer);
    if (access.ok) return access.user;
  }
  const oauth = parseOAuthHeader(header);
  const token = oauth && ctx.state.auth.oauth1Token(oauth.oauth_token ?? '', oauth.oauth_consumer_key ?? '');
  return token ? token.user : 'anonymous';
}

function headersFor(ctx: Ctx, state?: RateState): Headers {
  if (!RATED_KINDS.includes(ctx.kind)) return {};
  return rateLimitHeaders(state ?? ctx.state.rates.peek(ctx.kind, probableUser(ctx)));
}

function send429(ctx: Ctx, headers: Headers) {
  if (V2_KINDS.includes(ctx.kind)) return sendProblem(ctx.res, 429, tooManyProblem, headers);
  sendLegacyError(ctx.res, 429, 88, 'Rate limit exceeded', headers);
}

/** Answers a request under a terminal fault; returns what happened so the server can track hangs and drops. */
export function respondToFault(ctx: Ctx, fault: Fault): 'answered' | 'hang' | 'drop' {
  const { res, kind } = ctx;
  switch (fault.mode) {
    case 'drop':
      // No response at all: the client sees a reset connection (fetch: TypeError "Failed to fetch").
      ctx.req.socket.destroy();
      return 'drop';
    case 'hang':
      return 'hang';
    case 'rate-limit': {
      const closed = ctx.state.rates.close(kind, fault.resetInSec ?? 60);
      send429(ctx, rateLimitHeaders(closed));
      return 'answered';
    }
    case 'usage-capped':
      sendProblem(res, 429, usageCappedProblem, headersFor(ctx));
      return 'answered';
    case 'expired-token':
      if (V2_KINDS.includes(kind)) sendProblem(res, 401, unauthorizedProblem, headersFor(ctx));
      else if (OAUTH_KINDS.includes(kind)) {
        sendJson(res, 401, { error: 'invalid_token', error_description: 'The access token expired' });
      } else sendLegacyError(res, 401, 89, 'Invalid or expired token.', headersFor(ctx));
      return 'answered';
    default: {
      // 'status' (latency never reaches here: it only delays).
      const status = fault.status ?? 503;
      const title = STATUS_CODES[status] ?? 'Error';
      if (V2_KINDS.includes(kind)) {
        sendProblem(res, status, { title, detail: title, type: 'about:blank', status }, headersFor(ctx));
      } else if (OAUTH_KINDS.includes(kind)) {
        sendJson(res, status, { error: 'server_error', error_description: title });
      } else sendLegacyError(res, status, 131, title, headersFor(ctx));
      return 'answered';
    }
  }
}

/** While a 'rate-limit' fault keeps an endpoint closed, every request to it gets a 429 until the reset time. */
export function respondWhileClosed(ctx: Ctx): boolean {
  const state = ctx.state.rates.closedState(ctx.kind);
  if (!state) return false;
  send429(ctx, rateLimitHeaders(state));
  return true;
}
