import { type AuthFailure, authenticate } from './api-auth';
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
import { isProcessed, type Media, mediaKey } from './media-store';
import { parseMultipart, uploadParams } from './multipart';
import { rateLimitHeaders } from './rate-limit';
import type { MediaCategory } from './types';
import { appendSegment, finalizeFields, finalizeMedia, pollStatus } from './upload';

// api.x.com's v2 media upload, as an app calls it with a user token (the brief's contract):
//   POST /2/media/upload/initialize (JSON) → POST /2/media/upload/{id}/append (multipart segment_index + media)
//   → POST /2/media/upload/{id}/finalize → GET /2/media/upload?command=STATUS&media_id=…
// and the older command style, POST /2/media/upload with command=INIT|APPEND|FINALIZE in form fields.
// Media uploaded here is "uploaded by the app": the app-scoped ownership switch accepts it for metadata calls.

const V2_CATEGORIES: MediaCategory[] = [
  'tweet_image',
  'tweet_gif',
  'tweet_video',
  'amplify_video',
  'dm_image',
  'dm_gif',
  'dm_video',
  'subtitles',
];
const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

interface Admitted {
  user: string;
  headers: Headers;
}

function refuse(ctx: Ctx, failure: AuthFailure) {
  const headers = rateLimitHeaders(ctx.state.rates.peek(ctx.kind, 'anonymous'));
  if (failure === 'scope') {
    const detail = 'This request requires the OAuth 2.0 scope media.write, which the access token was not granted.';
    return sendProblem(ctx.res, 403, forbiddenProblem(detail), headers);
  }
  sendProblem(ctx.res, 401, unauthorizedProblem, headers);
}

function admit(ctx: Ctx): Admitted | undefined {
  const auth = authenticate(ctx, { scope: 'media.write', bearer: true });
  if (!auth.ok) return void refuse(ctx, auth.failure);
  ctx.entry.user = auth.user;
  const rate = ctx.state.rates.take(ctx.kind, auth.user);
  const headers = rateLimitHeaders(rate);
  if (!rate.allowed) return void sendProblem(ctx.res, 429, tooManyProblem, headers);
  return { user: auth.user, headers };
}

/** 400 invalid-request naming the field, the way the metadata endpoint reports a bad body. */
function invalid(ctx: Ctx, headers: Headers, path: string, message: string, body: unknown) {
  ctx.entry.validation = { ok: false, errors: [{ path, message }] };
  sendProblem(ctx.res, 400, invalidRequestProblem([{ path, message }], body), headers);
}

function expiresAfter(media: Media): number {
  return Math.max(0, Math.round((media.expiresAt - Date.now()) / 1000));
}

export function handleMediaUploadV2(ctx: Ctx) {
  const admitted = admit(ctx);
  if (!admitted) return;
  const contentType = ctx.req.headers['content-type'] ?? '';
  if (ctx.kind === 'media-v2-init') return initialize(ctx, admitted, contentType);
  const params = uploadParams(ctx.url.searchParams, ctx.body, contentType);
  const pathId = /^\/2\/media\/upload\/(\d{1,19})\//.exec(ctx.url.pathname)?.[1];
  const idField = pathId ? 'id' : 'media_id';
  const mediaId = pathId ?? params.media_id ?? '';
  const media = findOwned(ctx, admitted, idField, mediaId);
  if (!media) return;
  const { headers } = admitted;
  if (ctx.kind === 'media-v2-append') {
    const multipart = contentType.toLowerCase().startsWith('multipart/form-data');
    const bytes = multipart ? parseMultipart(ctx.body, contentType).files.media : undefined;
    const problem = appendSegment(media, params.segment_index, bytes);
    if (problem) {
      const field = problem.startsWith('segment_index')
        ? 'segment_index'
        : problem.startsWith('Media')
          ? 'id'
          : 'media';
      return invalid(ctx, headers, field, problem, { segment_index: params.segment_index });
    }
    return sendJson(ctx.res, 200, { data: { expires_at: Math.floor(media.expiresAt / 1000) } }, headers);
  }
  if (ctx.kind === 'media-v2-finalize') {
    if (media.finalized) return invalid(ctx, headers, idField, 'Media is already finalized.', { [idField]: mediaId });
    const problem = finalizeMedia(media);
    if (problem) return invalid(ctx, headers, idField, problem, { [idField]: mediaId });
    const data: Record<string, unknown> = {
      id: media.id,
      media_key: mediaKey(media),
      size: media.totalBytes,
      expires_after_secs: expiresAfter(media),
    };
    if (isProcessed(media.category)) data.processing_info = { state: 'pending', check_after_secs: 1 };
    return sendJson(ctx.res, 200, { data }, headers);
  }
  // STATUS
  if (!media.finalized) return invalid(ctx, headers, 'media_id', 'Media is not finalized.', { media_id: mediaId });
  pollStatus(media);
  const info = isProcessed(media.category)
    ? (finalizeFields(media).processing_info as Record<string, unknown>)
    : { state: 'succeeded', progress_percent: 100 };
  sendJson(ctx.res, 200, { data: { id: media.id, media_key: mediaKey(media), processing_info: info } }, headers);
}

/** The media named by the request if it exists and the caller owns it; otherwise answers and returns undefined. */
function findOwned(ctx: Ctx, { user, headers }: Admitted, field: string, mediaId: string): Media | undefined {
  if (!/^\d{1,19}$/.test(mediaId)) return void invalid(ctx, headers, field, 'must be a media id', { [field]: mediaId });
  const media = ctx.state.media.get(mediaId);
  if (!media) {
    return void invalid(ctx, headers, field, `media id ${mediaId} does not exist or has expired`, {
      [field]: mediaId,
    });
  }
  if (media.owner !== user) {
    const userId = ctx.state.auth.user(user).id;
    const problem = {
      ...forbiddenProblem(
        `User ${userId} doesn't own media id ${mediaId}`,
        'https://api.x.com/2/problems/not-authorized-for-resource',
      ),
      resource_id: mediaId,
      resource_type: 'media',
    };
    return void sendProblem(ctx.res, 403, problem, headers);
  }
  return media;
}

function initialize(ctx: Ctx, { user, headers }: Admitted, contentType: string) {
  let fields: Record<string, unknown>;
  if (ctx.url.pathname === '/2/media/upload/initialize') {
    try {
      const parsed: unknown = JSON.parse(ctx.body.toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      fields = parsed as Record<string, unknown>;
    } catch {
      return invalid(ctx, headers, '', 'must be a JSON object', ctx.body.toString('utf8'));
    }
  } else {
    const params = uploadParams(ctx.url.searchParams, ctx.body, contentType);
    fields = { ...params, total_bytes: params.total_bytes === undefined ? undefined : Number(params.total_bytes) };
    if (params.additional_owners !== undefined) fields.additional_owners = params.additional_owners.split(',');
  }
  const { media_type: type, total_bytes: total, media_category: category, additional_owners: owners } = fields;
  if (typeof type !== 'string' || !/^[a-z]+\/[a-z0-9.+-]+$/i.test(type)) {
    return invalid(ctx, headers, 'media_type', 'is required and must be a MIME type', fields);
  }
  if (typeof total !== 'number' || !Number.isInteger(total) || total <= 0 || total > MAX_TOTAL_BYTES) {
    return invalid(ctx, headers, 'total_bytes', `must be an integer from 1 to ${MAX_TOTAL_BYTES}`, fields);
  }
  const chosen = (category ?? 'tweet_image') as MediaCategory;
  if (typeof chosen !== 'string' || !V2_CATEGORIES.includes(chosen)) {
    return invalid(ctx, headers, 'media_category', `must be one of ${V2_CATEGORIES.join(', ')}`, fields);
  }
  const ownerList = owners ?? [];
  const ownersOk =
    Array.isArray(ownerList) &&
    ownerList.length <= 100 &&
    ownerList.every((id) => typeof id === 'string' && /^\d{1,19}$/.test(id));
  if (!ownersOk) return invalid(ctx, headers, 'additional_owners', 'must be up to 100 user id strings', fields);
  const media = ctx.state.media.create(user, chosen, type, total, 'app');
  media.additionalOwners = [...(ownerList as string[])];
  ctx.entry.validation = { ok: true, errors: [] };
  sendJson(
    ctx.res,
    200,
    { data: { id: media.id, media_key: mediaKey(media), expires_after_secs: expiresAfter(media) } },
    headers,
  );
}
