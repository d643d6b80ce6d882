import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleMetadataV2, handleUsersMe } from './api';
import { handleMediaUploadV2 } from './api-media-upload';
import { handleMetadataV1 } from './api-v1';
import { classify, UPLOAD_HOSTS } from './classify';
import type { Ctx, SimState } from './context';
import { respondToFault, respondWhileClosed } from './fault-responses';
import { hostnameOf, readBody, sendJson } from './http';
import { handleImage } from './images';
import { nowMs } from './log';
import { handleAuthorize, handleRevoke, handleToken } from './oauth2';
import { handlePreflight, handleUpload, uploaderOf } from './upload';
import { handleXWeb, type WebEnv } from './xweb/handler';

// The request pipeline: log on arrival, read the body, classify, then faults, then the endpoint. Control requests
// and preflights skip faults: a test must always be able to reach the control API, and a fault aimed at an
// endpoint must hit the real request, not the browser's preflight for it.

export interface Pipeline {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Ends hung requests (on reset and close) and, on close, drops pending latency timers. */
  releaseAll(options?: { timers?: boolean }): void;
}

export type ControlHandler = (ctx: Ctx) => Promise<void>;

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Text bodies are logged as text; multipart and binary ones as a size, to keep the log readable. */
function describeBody(body: Buffer, contentType: string): string {
  if (body.length === 0) return '';
  const textual = /^(application\/(json|x-www-form-urlencoded|problem\+json)|text\/)/i.test(contentType);
  return textual || !contentType ? body.toString('utf8') : `<${body.length} bytes ${contentType}>`;
}

function parseJsonLoose(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the x.com web client's handler may see of the simulator: its switches, the media store, the user. */
function webEnv(ctx: Ctx): WebEnv {
  const { state } = ctx;
  return {
    switches: state.web,
    user: uploaderOf(ctx),
    recordMetadata(mediaId, metadata, user) {
      const media = state.media.get(mediaId);
      if (!media?.finalized) return 'missing';
      if (media.owner !== user) return 'not-owner';
      state.media.setMetadata(mediaId, { form: 'web', metadata, user, at: nowMs() });
      return 'ok';
    },
    userId: (username) => state.auth.user(username).id,
  };
}

export function createPipeline(state: SimState, control: ControlHandler, quiet: boolean): Pipeline {
  const hung = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function dispatch(ctx: Ctx): Promise<void> {
    switch (ctx.kind) {
      case 'metadata-v2':
      case 'metadata-v2-create':
        return handleMetadataV2(ctx);
      case 'metadata-v1':
        return handleMetadataV1(ctx);
      case 'users-me':
        return handleUsersMe(ctx);
      case 'oauth-authorize':
        return handleAuthorize(ctx);
      case 'oauth-token':
        return handleToken(ctx);
      case 'oauth-revoke':
        return handleRevoke(ctx);
      case 'upload-init':
      case 'upload-append':
      case 'upload-finalize':
      case 'upload-status':
        return handleUpload(ctx);
      case 'media-v2-init':
      case 'media-v2-append':
      case 'media-v2-finalize':
      case 'media-v2-status':
        return handleMediaUploadV2(ctx);
      case 'image':
        return handleImage(ctx);
      case 'create-tweet':
      case 'create-note-tweet':
      case 'create-scheduled-tweet':
      case 'metadata-web':
      case 'x-web': {
        // Tell the web client whose session this is, the same way uploads decide it.
        ctx.req.headers['x-sim-user'] = uploaderOf(ctx);
        ctx.entry.user = uploaderOf(ctx);
        if (await handleXWeb(ctx.req, ctx.res, ctx.body, webEnv(ctx))) return;
        break;
      }
      default:
        break;
    }
    if (!ctx.res.headersSent) {
      sendJson(ctx.res, 404, { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = nowMs();
    const host = hostnameOf(req);
    const url = new URL(req.url ?? '/', 'https://sim.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const contentType = req.headers['content-type'] ?? '';
    const shape = { host, method, path: url.pathname, query: url.searchParams, body: Buffer.alloc(0), contentType };
    const entry = state.log.add({
      startedAt,
      host,
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req),
      body: '',
      kind: classify(shape), // provisional: an upload's command may be in the body
    });
    // Ended when the answer was handed to the connection ('prefinish', inside res.end()), not when the socket's write
    // callback comes back ('finish'): that callback waits for the event loop's next turn, and on a loaded machine a
    // request the client sent after reading this answer was seen to start first (by 0.6–6.5 ms).
    res.on('prefinish', () => {
      entry.status = res.statusCode;
      entry.endedAt = nowMs();
      state.log.updated(entry);
    });
    const body = await readBody(req);
    entry.body = describeBody(body, contentType);
    entry.json = parseJsonLoose(entry.body);
    const v2CommandUpload = host === 'api.x.com' && url.pathname === '/2/media/upload';
    if (UPLOAD_HOSTS.includes(host) || v2CommandUpload) entry.kind = classify({ ...shape, body });
    state.log.updated(entry);
    const ctx: Ctx = { req, res, body, url, host, kind: entry.kind, entry, state };

    if (entry.kind === 'control') return control(ctx);
    if (method === 'OPTIONS') return handlePreflight(ctx);
    const plan = state.faults.take(entry.kind);
    if (plan.delayMs > 0) await delay(plan.delayMs);
    if (res.destroyed) return;
    if (plan.terminal) {
      const outcome = respondToFault(ctx, plan.terminal);
      if (outcome === 'hang') {
        hung.add(res);
        res.on('close', () => hung.delete(res));
      }
      if (outcome === 'drop') {
        entry.endedAt = nowMs();
        state.log.updated(entry);
      }
      return;
    }
    if (respondWhileClosed(ctx)) return;
    await dispatch(ctx);
  }

  return {
    handle(req, res) {
      handle(req, res).catch((error: unknown) => {
        if (!quiet) console.error('x simulator: request failed:', error);
        if (!res.headersSent && !res.destroyed)
          sendJson(res, 500, { errors: [{ code: 131, message: 'Internal error' }] });
      });
    },
    releaseAll(options) {
      for (const res of hung) res.destroy();
      hung.clear();
      if (!options?.timers) return;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
