import type { IncomingMessage } from 'node:http';
import type { Ctx } from './context';
import { cookie, type Headers, send, sendJson, sendLegacyError } from './http';
import { imageSize } from './images';
import { isProcessed, type Media, mediaKey } from './media-store';
import { parseMultipart, uploadParams } from './multipart';
import type { MediaCategory, Uploader } from './types';

// upload.x.com / upload.twitter.com chunked upload (x-composer.md): INIT, APPEND, FINALIZE, STATUS, called by the
// x.com page with credentials, hence CORS for https://x.com only. The uploader is the web user, not a token owner.

/** Every category the web client's uploader sends: composer media and the rest (DMs, subtitles, banners). */
export const CATEGORIES: MediaCategory[] = [
  'tweet_image',
  'tweet_gif',
  'tweet_video',
  'amplify_video',
  'dm_image',
  'dm_gif',
  'dm_video',
  'subtitles',
  'banner_image',
];
const ALLOWED_HEADERS =
  'authorization, content-type, x-csrf-token, x-twitter-auth-type, x-twitter-active-user, x-twitter-client-language';

/** CORS headers for the x.com page; other origins get none, so browsers block them as X's servers would. */
export function corsHeaders(req: IncomingMessage): Headers {
  if (req.headers.origin !== 'https://x.com') return {};
  return {
    'access-control-allow-origin': 'https://x.com',
    'access-control-allow-credentials': 'true',
    vary: 'Origin',
  };
}

export function handlePreflight(ctx: Ctx) {
  const cors = corsHeaders(ctx.req);
  if (cors['access-control-allow-origin']) {
    cors['access-control-allow-methods'] = 'GET, POST, OPTIONS';
    cors['access-control-allow-headers'] = ALLOWED_HEADERS;
    cors['access-control-max-age'] = '600';
  }
  send(ctx.res, 200, '', { ...cors, 'content-length': '0' });
}

/** The web user making the upload: the `sim_user` cookie, else setWebUser's choice. */
export function uploaderOf(ctx: Ctx): string {
  return cookie(ctx.req, 'sim_user') ?? ctx.state.webUser;
}

/**
 * media_id is written as a bare 19-digit JSON number, as X does: too big for a JS number, which is why clients must
 * read media_id_string. JSON.stringify cannot produce that, so it is spliced in.
 */
function mediaJson(media: Media, extra: Record<string, unknown>): string {
  const secondsLeft = Math.max(0, Math.round((media.expiresAt - Date.now()) / 1000));
  const rest = { media_id_string: media.id, media_key: mediaKey(media), ...extra, expires_after_secs: secondsLeft };
  return `{"media_id":${media.id},${JSON.stringify(rest).slice(1)}`;
}

export function handleUpload(ctx: Ctx) {
  const cors = corsHeaders(ctx.req);
  const fail = (status: number, message: string) => sendLegacyError(ctx.res, status, 38, message, cors);
  const user = uploaderOf(ctx);
  ctx.entry.user = user;
  if (!ctx.state.auth.users[user]) return sendLegacyError(ctx.res, 401, 32, 'Could not authenticate you.', cors);
  const contentType = ctx.req.headers['content-type'] ?? '';
  const params = uploadParams(ctx.url.searchParams, ctx.body, contentType);
  const reply = (status: number, json: string) =>
    send(ctx.res, status, json, { 'content-type': 'application/json; charset=utf-8', ...cors });

  if (ctx.kind === 'upload-init') {
    if (ctx.req.method !== 'POST') return fail(405, 'INIT must be a POST.');
    const category = (params.media_category ?? 'tweet_image').toLowerCase() as MediaCategory;
    if (!CATEGORIES.includes(category)) return fail(400, `Unsupported media_category ${category}.`);
    if (params.source_url !== undefined) return initFromSource(ctx, user, category, params, reply, fail);
    const total = Number(params.total_bytes);
    if (!Number.isInteger(total) || total <= 0) return fail(400, 'total_bytes parameter is missing or invalid.');
    if (!params.media_type) return fail(400, 'media_type parameter is missing.');
    const media = ctx.state.media.create(user, category, params.media_type, total, 'web');
    return reply(200, mediaJson(media, {}));
  }

  const media = ctx.state.media.get(params.media_id ?? '');
  if (!media || media.owner !== user) {
    return sendJson(ctx.res, 400, { request: ctx.url.pathname, error: 'Invalid or expired media_id.' }, cors);
  }
  if (ctx.kind === 'upload-append') {
    const problem = appendSegment(media, params.segment_index, appendedBytes(ctx.body, contentType));
    if (problem) return fail(400, problem);
    return send(ctx.res, 204, '', cors);
  }
  if (ctx.kind === 'upload-finalize') {
    if (media.sourceUrl !== undefined) return fail(400, 'Media from a source_url is finalized by X: poll STATUS.');
    const problem = finalizeMedia(media);
    if (problem) return sendJson(ctx.res, 400, { request: ctx.url.pathname, error: problem }, cors);
    return reply(200, mediaJson(media, finalizeFields(media)));
  }
  // STATUS: only meaningful after FINALIZE; processing advances one step per poll.
  if (!media.finalized) return fail(400, 'Media is not finalized.');
  pollStatus(media);
  reply(200, mediaJson(media, finalizeFields(media)));
}

/**
 * INIT with source_url: a GIF chosen in X's GIF search. X fetches it itself, so there is no total_bytes, no APPEND
 * and no FINALIZE: the id is ready for STATUS polling at once.
 */
function initFromSource(
  ctx: Ctx,
  user: string,
  category: MediaCategory,
  params: Record<string, string>,
  reply: (status: number, json: string) => void,
  fail: (status: number, message: string) => void,
) {
  let url: URL;
  try {
    url = new URL(params.source_url ?? '');
  } catch {
    return fail(400, 'source_url is not a URL.');
  }
  if (url.protocol !== 'https:') return fail(400, 'source_url must be an https URL.');
  const media = ctx.state.media.create(user, category, params.media_type || 'image/gif', 0, 'web');
  media.sourceUrl = url.href;
  media.finalized = true;
  reply(200, mediaJson(media, {}));
}

/** Checks and stores one APPEND segment; returns what is wrong in plain words, or undefined. */
export function appendSegment(media: Media, segmentIndex: string | undefined, bytes: Buffer | undefined) {
  const segment = Number(segmentIndex);
  if (segmentIndex === undefined || !Number.isInteger(segment) || segment < 0 || segment > 999) {
    return 'segment_index is invalid.';
  }
  if (media.finalized) return 'Media is already finalized.';
  if (!bytes || bytes.length === 0) return 'media parameter is missing.';
  if (bytes.length > SEGMENT_LIMIT) return 'media segment is larger than 5 MB.';
  media.receivedBytes += bytes.length;
  media.segments.add(segment);
  if (segment === 0) media.head = Buffer.from(bytes.subarray(0, 65536));
  return undefined;
}

/** X's limit per APPEND segment. */
export const SEGMENT_LIMIT = 5 * 1024 * 1024;

export function finalizeMedia(media: Media): string | undefined {
  if (media.receivedBytes !== media.totalBytes) return 'Segments do not add up to provided total file size.';
  media.finalized = true;
  return undefined;
}

export function pollStatus(media: Media): void {
  if (isProcessed(media.category)) media.statusPolls++;
}

function appendedBytes(body: Buffer, contentType: string): Buffer | undefined {
  if (!contentType.toLowerCase().startsWith('multipart/form-data')) return body;
  const parts = parseMultipart(body, contentType);
  if (parts.files.media) return parts.files.media;
  const base64 = parts.fields.media_data;
  return base64 === undefined ? undefined : Buffer.from(base64, 'base64');
}

export function finalizeFields(media: Media): Record<string, unknown> {
  const fields: Record<string, unknown> = { size: media.totalBytes };
  if (!isProcessed(media.category)) {
    const size = media.head ? imageSize(media.head) : undefined;
    fields.image = { image_type: media.mediaType, w: size?.w ?? 0, h: size?.h ?? 0 };
    return fields;
  }
  const steps = [
    { state: 'pending', check_after_secs: 1 },
    { state: 'in_progress', check_after_secs: 1, progress_percent: 50 },
    { state: 'succeeded', progress_percent: 100 },
  ];
  const step = steps[Math.min(media.statusPolls, steps.length - 1)];
  fields.processing_info = step;
  if (step?.state === 'succeeded')
    fields.video = { video_type: media.category.endsWith('gif') ? 'video/mp4' : media.mediaType };
  return fields;
}

/** A finished upload owned by `user`, for API-level tests that skip the web page. */
export function uploadAs(
  ctx: Pick<Ctx, 'state'>,
  user: string,
  category: MediaCategory = 'tweet_image',
  uploadedBy: Uploader = 'web',
): string {
  ctx.state.auth.user(user);
  if (!CATEGORIES.includes(category)) throw new Error(`unknown media category ${category}`);
  const type = !isProcessed(category) ? 'image/png' : category.endsWith('gif') ? 'image/gif' : 'video/mp4';
  const media = ctx.state.media.create(user, category, type, 1024, uploadedBy);
  media.receivedBytes = 1024;
  media.segments.add(0);
  media.finalized = true;
  media.statusPolls = isProcessed(category) ? 2 : 0;
  return media.id;
}
