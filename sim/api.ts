import { type AuthFailure, authenticate } from './api-auth';
import { checkV2CreateBody } from './body-checks';
import type { Ctx } from './context';
import {
  forbiddenProblem,
  type Headers,
  invalidRequestProblem,
  sendJson,
  sendProblem,
  tooManyProblem,
  unauthorizedProblem,
} from './http';
import { nowMs } from './log';
import { type SchemaError, validateAgainstSpec } from './openapi';
import { apiMayWrite } from './ownership';
import { rateLimitHeaders } from './rate-limit';

// api.x.com v2: POST /2/media/metadata (current), POST /2/media/metadata/create (early 2025), GET /2/users/me.
// Order of checks as at X's gateway: authentication and scope, then the rate limit (every call counts, valid or
// not), then the body, then the media id's existence and ownership.

/** Refuses a v2 request that failed authentication, still carrying rate-limit headers as every X response does. */
function refuse(ctx: Ctx, failure: AuthFailure, scope: string) {
  const headers = rateLimitHeaders(ctx.state.rates.peek(ctx.kind, 'anonymous'));
  if (failure === 'scope') {
    const detail = `This request requires the OAuth 2.0 scope ${scope}, which the access token was not granted.`;
    return sendProblem(ctx.res, 403, forbiddenProblem(detail), headers);
  }
  sendProblem(ctx.res, 401, unauthorizedProblem, headers);
}

/** Authenticates and counts the call; returns the user and the headers to send, or undefined once answered. */
function admit(ctx: Ctx, scope: string): { user: string; headers: Headers } | undefined {
  const auth = authenticate(ctx, { scope, bearer: true });
  if (!auth.ok) return void refuse(ctx, auth.failure, scope);
  ctx.entry.user = auth.user;
  const rate = ctx.state.rates.take(ctx.kind, auth.user);
  const headers = rateLimitHeaders(rate);
  if (!rate.allowed) return void sendProblem(ctx.res, 429, tooManyProblem, headers);
  return { user: auth.user, headers };
}

function parseJson(ctx: Ctx): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(ctx.body.toString('utf8')) };
  } catch {
    return { ok: false };
  }
}

export function handleUsersMe(ctx: Ctx) {
  // X's docs list users.read and tweet.read for this call; the simulator checks users.read (the brief's contract).
  const admitted = admit(ctx, 'users.read');
  if (!admitted) return;
  const { id, name, username } = ctx.state.auth.user(admitted.user);
  sendJson(ctx.res, 200, { data: { id, name, username } }, admitted.headers);
}

/** Both v2 metadata forms: same auth, limits, media checks and response; only the body's shape differs. */
export function handleMetadataV2(ctx: Ctx) {
  const admitted = admit(ctx, 'media.write');
  if (!admitted) return;
  const { headers, user } = admitted;
  const parsed = parseJson(ctx);
  const current = ctx.kind === 'metadata-v2';
  let errors: SchemaError[];
  if (!parsed.ok) errors = [{ path: '', message: 'must be valid JSON' }];
  else errors = current ? validateAgainstSpec('MetadataCreateRequest', parsed.value) : checkV2CreateBody(parsed.value);
  ctx.entry.validation = { ok: errors.length === 0, errors };
  const body = parsed.ok ? (parsed.value as Record<string, unknown>) : ctx.body.toString('utf8');
  if (errors.length > 0) return sendProblem(ctx.res, 400, invalidRequestProblem(errors, body), headers);

  const fields = body as Record<string, unknown>;
  const idField = current ? 'id' : 'media_id';
  const mediaId = fields[idField] as string;
  const media = ctx.state.media.get(mediaId);
  if (!media?.finalized) {
    // 400 invalid-request rather than 404 resource-not-found: X treats media ids in a write as request parameters
    // (POST /2/tweets answers an unknown one with 400 invalid-request), and reports resource-not-found mostly
    // inside 200 lookups. An upload that has not been FINALIZEd is not usable media yet either.
    const why = media ? 'has not finished uploading' : 'does not exist or has expired';
    const error = { path: idField, message: `media id ${mediaId} ${why}` };
    return sendProblem(ctx.res, 400, invalidRequestProblem([error], fields), headers);
  }
  const userId = ctx.state.auth.user(user).id;
  if (!apiMayWrite(ctx.state, media, user)) {
    const problem = {
      ...forbiddenProblem(
        `User ${userId} doesn't own media id ${mediaId}`,
        'https://api.x.com/2/problems/not-authorized-for-resource',
      ),
      resource_id: mediaId,
      resource_type: 'media',
      section: 'data',
      parameter: idField,
      value: mediaId,
    };
    return sendProblem(ctx.res, 403, problem, headers);
  }
  const { [idField]: _id, ...rest } = fields;
  const metadata = (current ? (fields.metadata ?? {}) : rest) as Record<string, unknown>;
  ctx.state.media.setMetadata(mediaId, { form: current ? 'v2' : 'v2-create', metadata, user, at: nowMs() });
  sendJson(ctx.res, 200, { data: { id: mediaId, associated_metadata: metadata } }, headers);
}
