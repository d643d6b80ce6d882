import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { WebSwitches } from '../types';

// The simulated x.com web client: the HTML shell of every page route, the page's scripts and styles
// (plain ES modules under ./assets, no build step), and the internal APIs the page calls itself:
// GraphQL CreateTweet / CreateNoteTweet / CreateScheduledTweet and 1.1 media/metadata/create.json. The rest of x.com (OAuth pages, logging, faults)
// belongs to the server, which calls handleXWeb for every other https://x.com request.

const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSET_PATH = /^\/sim-assets\/([a-z][a-z0-9-]*\.(js|css))$/;
const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Client-side routes of the app; anything else on x.com is not ours (the server answers 404). */
const PAGE_ROUTES = [
  /^\/home\/?$/,
  /^\/compose\/(post|tweet)(\/[a-z/]*)?$/,
  /^\/[A-Za-z0-9_]{1,15}\/?$/, // a profile (links in posts)
  /^\/[A-Za-z0-9_]{1,15}\/status\/\d{1,20}(\/analytics)?\/?$/,
  /^\/messages(\/[A-Za-z0-9_-]{1,40})?\/?$/, // the DM composer (uploads that are not composer media)
  /^\/settings\/profile\/?$/, // profile banner upload
];
const LANGS = new Set(['en', 'fr', 'ja']);

/**
 * Modelled on X's own policy (self-hosted scripts, images from pbs.twimg.com, uploads to upload.x.com), so that
 * an extension which only works without a page CSP fails here as it would on x.com.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data: https://pbs.twimg.com",
  "media-src 'self' blob:",
  "connect-src 'self' blob: https://upload.x.com https://api.x.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const GRAPHQL_PATH = /^\/i\/api\/graphql\/[A-Za-z0-9_-]{1,64}\/(CreateTweet|CreateNoteTweet|CreateScheduledTweet)$/;
const METADATA_PATH = '/i/api/1.1/media/metadata/create.json';
/** X refuses a CreateTweet over 280 characters (longer posts go through CreateNoteTweet). */
const TWEET_LIMIT = 280;
const NOTE_TWEET_LIMIT = 25_000;

/** What the web handler may use of the simulator around it (the server builds it per request). */
export interface WebEnv {
  switches: WebSwitches;
  /** The session's user (sim_user cookie or setWebUser). */
  user: string;
  /** Stores X's own metadata write (source "web") if the media exists and `user` owns it. */
  recordMetadata(mediaId: string, metadata: Record<string, unknown>, user: string): 'ok' | 'missing' | 'not-owner';
  userId(username: string): string;
}

/** Serves the simulated x.com web client (pages, scripts, posting, metadata). Returns false when not handled. */
export async function handleXWeb(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  env: WebEnv,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'https://x.com');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  const operation = GRAPHQL_PATH.exec(path)?.[1];
  if (method === 'POST' && operation === 'CreateScheduledTweet') return createScheduledTweet(req, res, body);
  if (method === 'POST' && operation) return createTweet(req, res, body, operation === 'CreateNoteTweet');
  if (method === 'POST' && path === METADATA_PATH) return metadataCreate(req, res, body, env);
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (path === '/') {
    send(req, res, 302, { location: `/home${url.search}`, 'cache-control': 'no-store' }, '');
    return true;
  }
  if (path === '/favicon.ico') {
    send(req, res, 200, { 'content-type': 'image/x-icon', 'cache-control': 'max-age=86400' }, FAVICON);
    return true;
  }
  const asset = ASSET_PATH.exec(path);
  if (asset) return serveAsset(req, res, asset[1]!, asset[2]!);
  if (PAGE_ROUTES.some((route) => route.test(path))) {
    servePage(req, res, url, env);
    return true;
  }
  return false;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  payload: string | Buffer,
): void {
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): true {
  send(
    req,
    res,
    status,
    { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    JSON.stringify(value),
  );
  return true;
}

async function serveAsset(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  extension: string,
): Promise<boolean> {
  let content: Buffer;
  try {
    content = await readFile(ASSETS_DIR + name);
  } catch {
    return false;
  }
  // no-store: tests edit nothing at run time, but a stale module after a code change is a confusing failure.
  send(req, res, 200, { 'content-type': CONTENT_TYPES[extension]!, 'cache-control': 'no-store' }, content);
  return true;
}

function cookies(req: IncomingMessage): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) jar.set(part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim()));
  }
  return jar;
}

function servePage(req: IncomingMessage, res: ServerResponse, url: URL, env: WebEnv): void {
  const { switches } = env;
  const requested = url.searchParams.get('lang') ?? '';
  const lang = LANGS.has(requested) ? requested : 'en';
  const headers: Record<string, string | string[]> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  };
  // X's CSRF token: a readable ct0 cookie that the page echoes in x-csrf-token (set once per browser profile).
  const jar: string[] = [];
  if (!cookies(req).has('ct0')) {
    jar.push(`ct0=${randomBytes(16).toString('hex')}; Domain=x.com; Path=/; Secure; SameSite=Lax`);
  }
  // X's twid cookie names the signed-in account: "u=<user id>", URL-encoded (readable by the page).
  jar.push(`twid=${encodeURIComponent(`u=${env.userId(env.user)}`)}; Domain=x.com; Path=/; Secure; SameSite=None`);
  headers['set-cookie'] = jar;
  send(req, res, 200, headers, pageShell(lang, switches));
}

/**
 * The switches as a JSON data block: a <script> of a non-JavaScript type never runs, so the page CSP (no inline
 * script) allows it, and the app reads it with JSON.parse. "<" is escaped so no value can close the element.
 */
function configBlock(switches: WebSwitches): string {
  const json = JSON.stringify(switches).replace(/</g, '\\u003c');
  return `<script type="application/json" id="sim-config">${json}</script>`;
}

/** The page shell; the app fixes <html lang> from ?lang or the remembered choice on boot. */
function pageShell(lang: string, switches: WebSwitches): string {
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>X</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/sim-assets/styles.css">
<link rel="stylesheet" href="/sim-assets/composer.css">
<link rel="stylesheet" href="/sim-assets/layers.css">
${configBlock(switches)}
<script type="module" src="/sim-assets/app.js"></script>
</head>
<body>
<div id="react-root"></div>
</body>
</html>
`;
}

let tweetSequence = 0;

/** A 19-digit snowflake-like id (X ids are time-ordered; 1288834974657 is Twitter's epoch). */
function newTweetId(): string {
  tweetSequence = (tweetSequence + 1) & 0x3fffff;
  return ((BigInt(Date.now() - 1288834974657) << 22n) | BigInt(tweetSequence)).toString();
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** X rejects a cookie session whose x-csrf-token does not echo ct0 (error 353). */
function csrfMismatch(req: IncomingMessage): boolean {
  const cookie = cookies(req).get('ct0');
  return cookie !== undefined && req.headers['x-csrf-token'] !== cookie;
}

const CSRF_ERROR = { errors: [{ code: 353, message: 'This request requires a matching csrf cookie and header.' }] };

function invalidVariables(req: IncomingMessage, res: ServerResponse): true {
  return sendJson(req, res, 400, {
    errors: [{ message: 'Invalid variables', code: 214, kind: 'Validation', path: ['variables'] }],
  });
}

/** CreateTweet, and CreateNoteTweet for long posts: the same variables, a different result key and text limit. */
function createTweet(req: IncomingMessage, res: ServerResponse, body: Buffer, note: boolean): true {
  if (csrfMismatch(req)) return sendJson(req, res, 403, CSRF_ERROR);
  const parsed = parseJson(body);
  const variables = isRecord(parsed) ? parsed.variables : undefined;
  const entities = isRecord(variables) && isRecord(variables.media) ? variables.media.media_entities : [];
  const mediaIds = Array.isArray(entities)
    ? entities.map((entity) => (isRecord(entity) ? entity.media_id : undefined))
    : [];
  if (
    !isRecord(variables) ||
    typeof variables.tweet_text !== 'string' ||
    !mediaIds.every((id) => typeof id === 'string')
  ) {
    return invalidVariables(req, res);
  }
  const length = [...variables.tweet_text].length;
  if (length > (note ? NOTE_TWEET_LIMIT : TWEET_LIMIT)) {
    return sendJson(req, res, 403, { errors: [{ message: 'Tweet needs to be a bit shorter.', code: 186 }] });
  }
  const reply = isRecord(variables.reply) ? variables.reply.in_reply_to_tweet_id : undefined;
  const media = (mediaIds as string[]).map((id) => ({ id_str: id, media_key: `3_${id}`, type: 'photo' }));
  const restId = newTweetId();
  const result = {
    rest_id: restId,
    __typename: 'Tweet',
    legacy: {
      id_str: restId,
      full_text: variables.tweet_text,
      created_at: new Date().toUTCString(),
      in_reply_to_status_id_str: typeof reply === 'string' ? reply : null,
      entities: { media },
      extended_entities: { media },
    },
  };
  const key = note ? 'notetweet_create' : 'create_tweet';
  return sendJson(req, res, 200, { data: { [key]: { tweet_results: { result } } } });
}

/**
 * CreateScheduledTweet (from /compose/post/schedule): variables.post_tweet_request carries the post, execute_at
 * (top level, Unix seconds) when it goes out; the answer is the scheduled post's id.
 */
function createScheduledTweet(req: IncomingMessage, res: ServerResponse, body: Buffer): true {
  if (csrfMismatch(req)) return sendJson(req, res, 403, CSRF_ERROR);
  const parsed = parseJson(body);
  const variables = isRecord(parsed) ? parsed.variables : undefined;
  const request = isRecord(variables) ? variables.post_tweet_request : undefined;
  const executeAt = isRecord(parsed) ? parsed.execute_at : undefined;
  if (
    !isRecord(request) ||
    typeof request.status !== 'string' ||
    !Array.isArray(request.media_ids) ||
    !request.media_ids.every((id) => typeof id === 'string' && /^\d{1,19}$/.test(id)) ||
    typeof executeAt !== 'number' ||
    !Number.isInteger(executeAt)
  ) {
    return invalidVariables(req, res);
  }
  if (executeAt <= Date.now() / 1000) {
    return sendJson(req, res, 400, { errors: [{ message: 'The scheduled time must be in the future.', code: 214 }] });
  }
  return sendJson(req, res, 200, { data: { tweet: { rest_id: newTweetId() } } });
}

const WARNING_VALUES = ['adult_content', 'graphic_violence', 'other'];

/**
 * X's own metadata call at Post time: {media_id, alt_text: {text}, sensitive_media_warning: [...]}. Recorded in the
 * media store as a write from source "web", so tests can see which description X ends up with.
 */
function metadataCreate(req: IncomingMessage, res: ServerResponse, body: Buffer, env: WebEnv): true {
  if (csrfMismatch(req)) return sendJson(req, res, 403, CSRF_ERROR);
  const parsed = parseJson(body);
  if (!isRecord(parsed) || typeof parsed.media_id !== 'string' || !/^\d{1,19}$/.test(parsed.media_id)) {
    return sendJson(req, res, 400, { errors: [{ code: 38, message: 'media_id parameter is missing.' }] });
  }
  const alt = parsed.alt_text;
  const warnings = parsed.sensitive_media_warning;
  const altOk = alt === undefined || (isRecord(alt) && typeof alt.text === 'string' && alt.text.length <= 1000);
  const warningsOk =
    warnings === undefined ||
    (Array.isArray(warnings) && warnings.every((value) => WARNING_VALUES.includes(value as string)));
  if (!altOk || !warningsOk) {
    return sendJson(req, res, 400, {
      errors: [{ code: 44, message: 'alt_text or sensitive_media_warning is invalid.' }],
    });
  }
  const { media_id: mediaId, ...metadata } = parsed;
  const outcome = env.recordMetadata(mediaId, metadata, env.user);
  if (outcome === 'missing') {
    return sendJson(req, res, 400, { errors: [{ code: 324, message: `Invalid media id ${mediaId}.` }] });
  }
  if (outcome === 'not-owner') {
    const message = `User ${env.userId(env.user)} doesn't own media id ${mediaId}`;
    return sendJson(req, res, 403, { errors: [{ code: 324, message }] });
  }
  return sendJson(req, res, 200, {});
}

/** A 1×1 PNG wrapped in an ICO container: enough for the browser to stop asking. */
const FAVICON = (() => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(1, 6); // width
  header.writeUInt8(1, 7); // height
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
})();
