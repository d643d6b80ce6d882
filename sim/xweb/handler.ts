import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

// The simulated x.com web client: the HTML shell of every page route, the page's scripts and styles
// (plain ES modules under ./assets, no build step), and the two internal APIs the page calls itself:
// GraphQL CreateTweet and 1.1 media/metadata/create.json. The rest of x.com (OAuth pages, logging, faults)
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

const CREATE_TWEET_PATH = /^\/i\/api\/graphql\/[A-Za-z0-9_-]{1,64}\/CreateTweet$/;
const METADATA_PATH = '/i/api/1.1/media/metadata/create.json';

/** Serves the simulated x.com web client (composer pages, scripts, CreateTweet). Returns false when not handled. */
export async function handleXWeb(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'https://x.com');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (method === 'POST' && CREATE_TWEET_PATH.test(path)) return createTweet(req, res, body);
  if (method === 'POST' && path === METADATA_PATH) return metadataCreate(req, res, body);
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
    servePage(req, res, url);
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

function servePage(req: IncomingMessage, res: ServerResponse, url: URL): void {
  const requested = url.searchParams.get('lang') ?? '';
  const lang = LANGS.has(requested) ? requested : 'en';
  const headers: Record<string, string | string[]> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  };
  // X's CSRF token: a readable ct0 cookie that the page echoes in x-csrf-token (set once per browser profile).
  if (!cookies(req).has('ct0')) {
    headers['set-cookie'] = `ct0=${randomBytes(16).toString('hex')}; Domain=x.com; Path=/; Secure; SameSite=Lax`;
  }
  send(req, res, 200, headers, pageShell(lang));
}

/** The page shell; the app fixes <html lang> from ?lang or the remembered choice on boot. */
function pageShell(lang: string): string {
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

function createTweet(req: IncomingMessage, res: ServerResponse, body: Buffer): true {
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
    return sendJson(req, res, 400, {
      errors: [{ message: 'Invalid CreateTweet variables', code: 214, kind: 'Validation', path: ['variables'] }],
    });
  }
  const reply = isRecord(variables.reply) ? variables.reply.in_reply_to_tweet_id : undefined;
  const media = (mediaIds as string[]).map((id) => ({ id_str: id, media_key: `3_${id}`, type: 'photo' }));
  const restId = newTweetId();
  return sendJson(req, res, 200, {
    data: {
      create_tweet: {
        tweet_results: {
          result: {
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
          },
        },
      },
    },
  });
}

function metadataCreate(req: IncomingMessage, res: ServerResponse, body: Buffer): true {
  if (csrfMismatch(req)) return sendJson(req, res, 403, CSRF_ERROR);
  const parsed = parseJson(body);
  if (!isRecord(parsed) || typeof parsed.media_id !== 'string') {
    return sendJson(req, res, 400, { errors: [{ code: 38, message: 'media_id parameter is missing.' }] });
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
